using System.Text.RegularExpressions;

namespace LeakGate.Rules;

/// <summary>
/// Builds rule regexes that cannot hang. A user's regex, or a built-in one with nested repetition, gets a match
/// timeout, which the matcher reports as a warning. A built-in regex without nested repetition (reviewed, and
/// checked by <see cref="NestedRepetition"/>) runs without one: its work is bounded by the search window, and the
/// timeout's clock checks made such regexes about three times slower.
/// The non-backtracking engine was measured and rejected for the pack: the bounded
/// repetitions token formats need (<c>[A-Za-z0-9]{20,300}</c>) grow its state graphs to hundreds of MB
/// (636 MB peak vs 125 MB on 91 MB of text) and it was no faster on the short windows the prefilter leaves.
/// </summary>
public static class RegexFactory
{
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(500);

    public static Regex Create(string pattern, bool builtIn = false, bool compiled = true) =>
        new(pattern, RegexOptions.CultureInvariant | (compiled && CanCompile ? RegexOptions.Compiled : RegexOptions.None),
            NeedsTimeout(pattern, builtIn) ? MatchTimeout : Regex.InfiniteMatchTimeout);

    public static bool NeedsTimeout(string pattern, bool builtIn) => !builtIn || NestedRepetition.IsPresent(pattern);

#if NETSTANDARD2_0
    // In the analyzer each regex sees a few short source lines: compiling the ones a build touches cost 1.5 s there,
    // more than interpreting them ever does.
    private const bool CanCompile = false;
#else
    private const bool CanCompile = true;
#endif
}
