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

    /// <summary>"0123456789abcdef…" style fillers.</summary>
    private static bool IsSequential(string secret)
    {
        var tail = secret.Length > 12 ? secret[^12..] : secret;
        return tail.Length >= 10 && ("0123456789abcdefghijklmnopqrstuvwxyz0123456789".Contains(tail, StringComparison.OrdinalIgnoreCase)
            || "abcdefghijklmnopqrstuvwxyz".Contains(tail, StringComparison.OrdinalIgnoreCase));
    }
}
