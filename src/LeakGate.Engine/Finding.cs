using LeakGate.Rules;

namespace LeakGate.Engine;

/// <summary>
/// A detected secret and where it is. Lines and columns are 1-based, columns in UTF-16 code units, and
/// point at the secret itself (for decoded secrets: at the encoded run that holds it). <see cref="Secret"/>
/// and <see cref="Context"/> are raw: sinks must redact them unless the user turned redaction off.
/// </summary>
public sealed record Finding
{
    public required Rule Rule { get; init; }
    public required Origin Origin { get; init; }
    public required int StartLine { get; init; }
    public required int StartColumn { get; init; }
    public required int EndLine { get; init; }
    public required int EndColumn { get; init; }
    public required string Secret { get; init; }
    /// <summary>The line around the secret (clipped on long lines), raw.</summary>
    public required LineContext Context { get; init; }
    public required string Fingerprint { get; init; }
    public required double Entropy { get; init; }
    /// <summary>The encodings peeled off to reach the secret, outermost first (e.g. "base64"); empty for plain text.</summary>
    public IReadOnlyList<string> Encodings { get; init; } = [];

    public string RuleId => Rule.Id;
    /// <summary>The rule's confidence, lowered when the value looks typed by hand rather than generated.</summary>
    public required Confidence Confidence { get; init; }
    public Severity Severity => Rule.Severity;
}
