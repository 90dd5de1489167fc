using System.Text.RegularExpressions;

namespace LeakGate.Rules;

/// <summary>
/// A regex built on first use. The default pack holds a few thousand allowlist and path patterns that most
/// scans never evaluate; building them all up front would cost more than the rest of start-up together.
/// Interpreted, not compiled: they run on the rare candidate that reaches an allowlist.
/// </summary>
public sealed class DeferredRegex(string pattern)
{
    private readonly Lazy<Regex> _regex = new(() => new Regex(pattern, RegexOptions.CultureInvariant, RegexFactory.MatchTimeout), LazyThreadSafetyMode.ExecutionAndPublication);

    public string Pattern => pattern;

    public Regex Value => _regex.Value;

    public bool IsMatch(string input) => _regex.Value.IsMatch(input);
}
