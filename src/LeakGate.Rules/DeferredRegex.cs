using System.Text.RegularExpressions;

namespace LeakGate.Rules;

/// <summary>
/// A regex built on first use. The default pack holds a few thousand allowlist and path patterns that most
/// scans never evaluate; building them all up front would cost more than the rest of start-up together.
/// Interpreted at first, which is cheap to build; compiled once it has been used often enough for compiling
/// to pay off (text dense with near-miss candidates runs the same allowlists thousands of times).
/// </summary>
public sealed class DeferredRegex(string pattern, bool builtIn = false)
{
    private const int UsesBeforeCompiling = 64;
    private readonly Lazy<Regex> _interpreted = new(() => RegexFactory.Create(pattern, builtIn, compiled: false), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lazy<Regex> _compiled = new(() => RegexFactory.Create(pattern, builtIn), LazyThreadSafetyMode.ExecutionAndPublication);
    private int _uses;

    public string Pattern => pattern;

    public Regex Value => Volatile.Read(ref _uses) >= UsesBeforeCompiling ? _compiled.Value : _interpreted.Value;

    public bool IsMatch(string input)
    {
        if (_uses < UsesBeforeCompiling) Interlocked.Increment(ref _uses);
        return Value.IsMatch(input);
    }
}
