using System.Text.RegularExpressions;

namespace LeakGate.Rules;

/// <summary>
/// Recognises values that are templates or documentation rather than credentials: EXAMPLE keys,
/// runs of x, angle-bracket and variable placeholders, "changeme", and single repeated characters.
/// </summary>
public static partial class PlaceholderFilter
{
    [GeneratedRegex(@"(?i)example|x{5,}|\*{4,}|\.{4,}|<[^<>\s]{1,60}>|\$\{[^}]*\}|\{\{[^}]*\}\}|\$\([^)]*\)|%[A-Z_][A-Z0-9_]*%|change[-_]?me|replace[-_]?me|your[-_ ]?(?:api[-_ ]?)?(?:key|token|secret|password|pass)|(?:^|[^a-z])placeholder|insert[-_ ]?(?:key|token|here)|redacted|^(?:dummy|fake|sample)[-_]")]
    private static partial Regex TemplatePattern();

    public static bool IsPlaceholder(string secret)
    {
        if (secret.Length == 0) return true;
        if (IsOneRepeatedCharacter(secret) || IsSequential(secret)) return true;
        return TemplatePattern().IsMatch(secret);
    }

    private static bool IsOneRepeatedCharacter(string secret)
    {
        var distinct = new HashSet<char>();
        foreach (var c in secret)
        {
            if (char.IsLetterOrDigit(c)) distinct.Add(char.ToLowerInvariant(c));
        }
        return distinct.Count <= 1;
    }

    /// <summary>Runs of 8+ consecutive alphabet or digit characters ("ABCDEFGH", "1234567890"): typed by a
    /// person filling in a template, vanishingly rare (about 36^-7) in a random token.</summary>
    private static bool IsSequential(string secret)
    {
        const int MinimumRun = 8;
        var run = 1;
        for (var i = 1; i < secret.Length; i++)
        {
            char previous = char.ToLowerInvariant(secret[i - 1]), current = char.ToLowerInvariant(secret[i]);
            var ascending = char.IsAsciiLetterOrDigit(previous) && (current == previous + 1 || (previous == '9' && current == '0'));
            run = ascending ? run + 1 : 1;
            if (run >= MinimumRun) return true;
        }
        return false;
    }
}
