using System.Text.RegularExpressions;
using LeakGate.Rules;

namespace LeakGate.Analyzers;

/// <summary>
/// Decides whether a literal given to a credential-named symbol looks like a real credential: long and varied
/// enough, and none of the things such symbols legitimately hold (placeholders, configuration keys,
/// environment-variable names, format strings, sentences, URLs, or the credential's own name).
/// </summary>
internal static class CredentialValue
{
    public const int MinimumLength = 6;
    public const double MinimumEntropy = 2.5;

    private static readonly Regex ConfigurationKey = new(@"^[A-Za-z_][\w.\-]*(?::[\w.\-]+|__[\w.\-]+)+$", RegexOptions.CultureInvariant);
    private static readonly Regex EnvironmentVariableName = new(@"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$", RegexOptions.CultureInvariant);
    private static readonly Regex FormatItem = new(@"\{\d+(?:,-?\d+)?(?::[^}]*)?\}|\{[A-Za-z_]\w*\}|%[sd]", RegexOptions.CultureInvariant);

    public static bool IsSecretLike(string value, IReadOnlyList<string> credentialTerms)
    {
        if (value.Length < MinimumLength || ShannonEntropy.Of(value.AsSpan()) < MinimumEntropy) return false;
        if (value.Any(char.IsWhiteSpace) || value.Contains("://")) return false;
        if (PlaceholderFilter.IsPlaceholder(value)) return false;
        if (ConfigurationKey.IsMatch(value) || EnvironmentVariableName.IsMatch(value) || FormatItem.IsMatch(value)) return false;
        var lower = value.ToLowerInvariant();
        return !credentialTerms.Any(term => term.Length >= 4 && lower.Contains(term));
    }
}
