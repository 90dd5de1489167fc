using System.Text.RegularExpressions;

namespace LeakGate.Rules;

/// <summary>
/// Builds rule regexes that cannot hang: compiled backtracking regexes with a match timeout, which the matcher
/// reports as a warning. The non-backtracking engine was measured and rejected for the pack: the bounded
/// repetitions token formats need (<c>[A-Za-z0-9]{20,300}</c>) grow its state graphs to hundreds of MB
/// (636 MB peak vs 125 MB on 91 MB of text) and it was no faster on the short windows the prefilter leaves.
/// </summary>
public static class RegexFactory
{
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(500);

    public static Regex Create(string pattern) => new(pattern, Options, MatchTimeout);

#if NETSTANDARD2_0
    // In the analyzer each regex sees a few short source lines: compiling the ones a build touches cost 1.5 s there,
    // more than interpreting them ever does.
    private const RegexOptions Options = RegexOptions.CultureInvariant;
#else
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;
#endif
}
