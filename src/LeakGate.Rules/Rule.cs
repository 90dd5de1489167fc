using System.Text.RegularExpressions;

namespace LeakGate.Rules;

/// <summary>
/// One detector, as loaded from TOML. The regex is compiled on first use so that loading the whole pack
/// stays cheap: most rules never see one of their keywords in a given scan.
/// </summary>
public sealed partial class Rule
{
    private readonly DeferredRegex? _regex;

    public Rule(string id, string? pattern)
    {
        Id = id;
        Pattern = pattern;
        LineSpan = pattern is null ? LineSpan.SingleLine : LineSpanning.Classify(pattern);
        _regex = pattern is null ? null : new DeferredRegex(pattern, () => BuiltIn);
    }

    public string Id { get; }
    /// <summary>The regex in .NET syntax (already translated from RE2 where needed); null for path-only rules.</summary>
    public string? Pattern { get; }
    public string Description { get; init; } = "";
    /// <summary>The capture group that holds the secret; null means "1 if the regex has groups, else 0".</summary>
    public string? SecretGroup { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public double? MinEntropy { get; init; }
    public DeferredRegex? PathFilter { get; init; }
    public IReadOnlyList<Allowlist> Allowlists { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    public Severity Severity { get; init; } = Severity.High;
    public Confidence Confidence { get; init; } = Confidence.Medium;
    public ChecksumKind Checksum { get; init; } = ChecksumKind.None;
    public IReadOnlyList<string> Examples { get; init; } = [];
    public IReadOnlyList<string> NegativeExamples { get; init; } = [];
    /// <summary>True for the default pack's rules, whose regexes are reviewed; user rules always run under a match timeout.</summary>
    public bool BuiltIn { get; init; }
    /// <summary>Where the rule was defined (file and line), for error messages.</summary>
    public string? Source { get; init; }

    /// <summary>True when the regex can match across a line break, so its search window must too.</summary>
    public LineSpan LineSpan { get; }

    /// <summary>The regex for the next search: interpreted while the rule is rarely used (a staged change, a small
    /// tree), compiled once it is used often (see <see cref="DeferredRegex"/>).</summary>
    public Regex? Regex => _regex?.Next();

    /// <summary>Parses the regex now, so a bad pattern surfaces at load time with the rule's location.</summary>
    public void EnsureCompiled() => _ = _regex?.Value;
}
