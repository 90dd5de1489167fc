using System.Text.RegularExpressions;

namespace LeakGate.Rules;

/// <summary>
/// Recognises values that are not live credentials. A <see cref="PlaceholderKind.Template"/> is a slot to be
/// filled (<c>${VAR}</c>, <c>&lt;your-key&gt;</c>, <c>changeme</c>, a masked <c>****</c> or <c>1111</c> (one character
/// repeated), a value that only names its slot such as <c>password</c>): never a secret. An
/// <see cref="PlaceholderKind.Invented"/> value was typed by a person (<c>EXAMPLE</c>, <c>xxxxx</c> inside a token,
/// <c>ABCDEFGH</c> runs, a default password such as <c>secret</c> or <c>admin123</c>): in a provider's exact
/// format or a connection string it may still be a real, if lazy, secret.
/// </summary>
public static partial class PlaceholderFilter
{
    private const string TemplateSource = @"(?i)\*{4,}|\.{4,}|<[^<>\s]{1,60}>|\$\{[^}]*\}|\{\{[^}]*\}\}|\$\([^)]*\)|%[A-Z_][A-Z0-9_]*%|change[-_]?me|replace[-_]?(?:me|with)|your[-_ ]?(?:api[-_ ]?)?(?:key|token|secret|password|pass)|(?:^|[^a-z])placeholder|insert[-_ ]?(?:key|token|here)|redacted|^(?:(?:my|your)?[-_]?passw(?:or)?d|pass|pwd)$";
    private const string InventedSource = @"(?i)example|x{5,}|([A-Za-z0-9])\1{7,}|^(?:dummy|fake|sample)[-_]|^(?:my|default|test)?[-_]?(?:pass(?:wd|word)?|pwd|secret|admin|root|guest|test|user|qwerty|letmein|welcome|changeit|postgres|mysql|mongo|redis|rabbitmq|sa)\d{0,4}$";

#if NETSTANDARD2_0
    private static readonly Regex Template = new(TemplateSource, RegexOptions.CultureInvariant);
    private static readonly Regex Invented = new(InventedSource, RegexOptions.CultureInvariant);
    private static Regex TemplatePattern() => Template;
    private static Regex InventedPattern() => Invented;
#else
    [GeneratedRegex(TemplateSource)]
    private static partial Regex TemplatePattern();

    [GeneratedRegex(InventedSource)]
    private static partial Regex InventedPattern();
#endif

    public static PlaceholderKind Classify(string secret)
    {
        if (secret.Length == 0 || IsOneRepeatedCharacter(secret) || TemplatePattern().IsMatch(secret)) return PlaceholderKind.Template;
        if (IsSequential(secret) || InventedPattern().IsMatch(secret)) return PlaceholderKind.Invented;
        return PlaceholderKind.None;
    }

    public static bool IsPlaceholder(string secret) => Classify(secret) != PlaceholderKind.None;

    private static bool IsOneRepeatedCharacter(string secret)
    {
        var distinct = new HashSet<char>();
        foreach (var c in secret)
        {
            if (char.IsLetterOrDigit(c)) distinct.Add(char.ToLowerInvariant(c));
        }
        return distinct.Count <= 1;
    }

    /// <summary>Runs of 8+ consecutive alphabet or digit characters ("ABCDEFGH", "1234567890", "aAbBcCdD"): typed by a
    /// person filling in a template, vanishingly rare (about 36^-7) in a random token.</summary>
    private static bool IsSequential(string secret)
    {
        const int MinimumRun = 8;
        var run = 1;
        for (var i = 1; i < secret.Length; i++)
        {
            char previous = char.ToLowerInvariant(secret[i - 1]), current = char.ToLowerInvariant(secret[i]);
            var caseTwin = current == previous && secret[i] != secret[i - 1];
            var ascending = char.IsAsciiLetterOrDigit(previous) && (current == previous + 1 || (previous == '9' && current == '0') || caseTwin);
            run = ascending ? run + 1 : 1;
            if (run >= MinimumRun) return true;
        }
        return false;
    }
}
