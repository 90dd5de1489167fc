using System.Text.RegularExpressions;

namespace LeakGate.Rules;

/// <summary>
/// A regex built on first use, in two tiers. The default pack holds a few thousand patterns that most scans never
/// evaluate, so none is built up front. A pattern is interpreted at first, which is cheap to build (a staged change
/// meets a handful of rules a few times each), and compiled once it has been used often enough for compiling to
/// pay off (a large tree or history runs the same regexes thousands of times).
/// </summary>
public sealed class DeferredRegex
{
    private const int UsesBeforeCompiling = 64;
    private readonly Lazy<Regex> _interpreted;
    private readonly Lazy<Regex> _compiled;
    /// <summary>Counted without synchronisation: a lost increment only delays compiling by a use.</summary>
    private int _uses;

    public DeferredRegex(string pattern, bool builtIn = false) : this(pattern, () => builtIn)
    {
    }

    /// <param name="pattern">The .NET regex.</param>
    /// <param name="builtIn">Read when the regex is built: whether it belongs to the reviewed default pack.</param>
    public DeferredRegex(string pattern, Func<bool> builtIn)
    {
        Pattern = pattern;
        _interpreted = new(() => RegexFactory.Create(pattern, builtIn(), compiled: false), LazyThreadSafetyMode.ExecutionAndPublication);
        _compiled = new(() => RegexFactory.Create(pattern, builtIn()), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Pattern { get; }

    /// <summary>The regex as built so far, without counting a use.</summary>
    public Regex Value => _uses >= UsesBeforeCompiling ? _compiled.Value : _interpreted.Value;

    /// <summary>The regex for one more use.</summary>
    public Regex Next()
    {
        if (_uses < UsesBeforeCompiling) _uses++;
        return Value;
    }

    public bool IsMatch(string input) => Next().IsMatch(input);
}
