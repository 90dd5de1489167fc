using System.Text.RegularExpressions;

namespace LeakGate.Rules;

/// <summary>
/// Builds rule regexes that cannot hang: the non-backtracking engine where the pattern allows it (linear
/// time), otherwise the backtracking engine with a match timeout that the caller reports as a warning.
/// </summary>
public static class RegexFactory
{
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(500);

    public static Regex Create(string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (NotSupportedException)
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, MatchTimeout);
        }
    }
}
