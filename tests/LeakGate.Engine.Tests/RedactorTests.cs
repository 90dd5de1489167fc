// Covers Redactor: masked secrets never show more than 4 characters or a quarter of the secret, in values and in lines.
namespace LeakGate.Engine.Tests;

public class RedactorTests
{
    private const string Alphabet = "Hq7Lw2Zp9Xc4Vb6Nm1Ks8Dj3Fg5Rt0YaQ3EGWTAKMXFN7yh2b8Rz5LpVuiOoeBCdIJlPSUn";

    public static TheoryData<int> Lengths()
    {
        var data = new TheoryData<int>();
        foreach (var length in Enumerable.Range(0, 70)) data.Add(length);
        return data;
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Never_shows_more_than_four_characters_or_a_quarter(int length)
    {
        var secret = Alphabet[..length];

        var redacted = Redactor.Redact(secret);

        Assert.EndsWith(Redactor.Mask, redacted);
        var shown = redacted[..^Redactor.Mask.Length];
        Assert.True(shown.Length <= 4, $"shows {shown.Length} characters");
        Assert.True(shown.Length * 4 <= length, $"shows {shown.Length} of {length} characters");
        Assert.StartsWith(shown, secret);
    }

    [Fact]
    public void Long_secret_keeps_exactly_four_characters()
    {
        Assert.Equal(TestRules.Token[..4] + Redactor.Mask, Redactor.Redact(TestRules.Token));
        Assert.Equal("ab" + Redactor.Mask, Redactor.Redact("abcdefgh"));
    }

    [Fact]
    public void Redacted_line_hides_the_secret_and_its_other_copies()
    {
        var secret = TestRules.Token;
        var line = $"key = {secret} # was {secret}";
        var context = new LineContext(line, 6, secret.Length);

        var masked = Redactor.RedactLine(context, secret);

        Assert.Equal($"key = {Redactor.Redact(secret)} # was {Redactor.Redact(secret)}", masked);
        AssertNoFiveCharacterRun(secret, masked);
    }

    [Fact]
    public void First_line_of_a_multi_line_secret_is_masked()
    {
        var secret = "-----BEGIN TEST KEY-----\nMIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9\nCnzj4p4WGeKLs1Pt8QuKUpRKfFLfRYC9\n-----END TEST KEY-----";
        var text = "key: |\n  " + secret + "\nnext: 1\n";
        var start = text.IndexOf(secret, StringComparison.Ordinal);
        var context = LineContext.From(text, start, secret.Length);

        var masked = Redactor.RedactLine(context, secret);

        Assert.Equal("-----BEGIN TEST KEY-----".Length, context.SecretLength);
        Assert.DoesNotContain("BEGIN TEST KEY", masked);
        Assert.StartsWith("----", masked);
        Assert.EndsWith(Redactor.Mask, masked);
        foreach (var secretLine in secret.Split('\n')) AssertNoFiveCharacterRun(secretLine, masked);
    }

    [Fact]
    public void Present_redacts_unless_asked_not_to()
    {
        var secret = TestRules.Token;
        var finding = new Finding
        {
            Rule = TestRules.RuleSet.Rules[0], Confidence = TestRules.RuleSet.Rules[0].Confidence, Origin = new Origin("a.env"),
            StartLine = 1, StartColumn = 7, EndLine = 1, EndColumn = 7 + secret.Length,
            Secret = secret, Context = new LineContext("key = " + secret + "  ", 6, secret.Length),
            Fingerprint = Fingerprint.Of("test-token", secret), Entropy = 4,
        };

        var redacted = Redactor.Present(finding, redact: true);
        var raw = Redactor.Present(finding, redact: false);

        Assert.Equal((Redactor.Redact(secret), "key = " + Redactor.Redact(secret)), redacted);
        Assert.Equal((secret, "key = " + secret), raw);
    }

    private static void AssertNoFiveCharacterRun(string secret, string output)
    {
        for (var i = 0; i + 5 <= secret.Length; i++)
        {
            var piece = secret.Substring(i, 5);
            if (piece.All(c => c == '-')) continue;
            Assert.DoesNotContain(piece, output);
        }
    }
}
