namespace LeakGate.Rules;

/// <summary>
/// A rule's match that passed every validator. Offsets are in chars of the text given to the matcher.
/// <see cref="Secret"/> is the raw value: it stays in memory and leaves the process only when redaction is off.
/// </summary>
public sealed record SecretMatch(
    Rule Rule,
    int MatchStart,
    int MatchLength,
    int SecretStart,
    int SecretLength,
    string Secret,
    string Match,
    double Entropy)
{
    /// <summary>The rule's confidence, or Low when a high-confidence format holds an invented-looking value.</summary>
    public Confidence Confidence { get; init; } = Rule.Confidence;
}
