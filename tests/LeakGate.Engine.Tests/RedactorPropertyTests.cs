// Issue 9, properties of Redactor: whatever the secret and whatever surrounds it (copies of it included), no more than its short prefix is shown.
using System.Text.RegularExpressions;
using CsCheck;

namespace LeakGate.Engine.Tests;

public partial class RedactorPropertyTests
{
    // Secrets use upper case and digits, everything around them lower case and punctuation: any run of
    // secret characters in the output can only have come from a secret.
    private static readonly Gen<string> Secret = Gen.String[Gen.Char["ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"], 1, 120];
    private static readonly Gen<string> Filler = Gen.String[Gen.Char["abc =:\"'#"], 0, 150];

    [Fact]
    public void Redact_keeps_at_most_four_characters_and_a_quarter_of_the_secret()
    {
        Secret.Sample(secret =>
        {
            var shown = Redactor.Redact(secret);
            Assert.EndsWith(Redactor.Mask, shown);
            var kept = shown[..^Redactor.Mask.Length];
            Assert.StartsWith(kept, secret);
            Assert.True(kept.Length <= 4 && kept.Length <= secret.Length / 4, $"'{shown}' keeps too much of a {secret.Length}-character secret");
        }, iter: 2000);
    }

    [Fact]
    public void A_redacted_line_shows_no_more_than_the_prefix_of_any_copy_of_the_secret()
    {
        var gen = Secret.Where(s => s.Length >= 8).SelectMany(secret =>
            Gen.Select(Filler, Filler, Gen.Int[0, 3], Gen.Int[0, 3], Gen.Bool).Select(parts => (secret, parts.Item1, parts.Item2, parts.Item3, parts.Item4, parts.Item5)));
        gen.Sample((secret, before, after, copiesBefore, copiesAfter, adjacent) =>
        {
            var separator = adjacent ? "" : " ";
            var prefix = string.Concat(Enumerable.Repeat(secret + separator, copiesBefore)) + before;
            var line = prefix + secret + after + string.Concat(Enumerable.Repeat(separator + secret, copiesAfter));
            var context = LineContext.From(line, prefix.Length, secret.Length);

            var redacted = Redactor.RedactLine(context, secret);

            var keep = Math.Min(4, secret.Length / 4);
            foreach (Match run in SecretCharacters().Matches(redacted))
            {
                Assert.True(run.Length <= keep,
                    $"'{redacted}' shows {run.Length} characters of secret '{secret}' (line '{line}')");
            }
        }, iter: 3000);
    }

    [GeneratedRegex("[A-Z0-9]+")]
    private static partial Regex SecretCharacters();
}
