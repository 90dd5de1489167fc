namespace LeakGate.Rules;

public sealed partial class Rule
{
    /// <summary>A copy of this rule with more allowlists: how a config adds exceptions to a rule it extends.</summary>
    public Rule WithExtraAllowlists(IEnumerable<Allowlist> extra) => new(Id, Pattern)
    {
        Description = Description, SecretGroup = SecretGroup, Keywords = Keywords, MinEntropy = MinEntropy,
        PathFilter = PathFilter, Allowlists = [.. Allowlists, .. extra], Tags = Tags, Severity = Severity,
        Confidence = Confidence, Checksum = Checksum, Examples = Examples, NegativeExamples = NegativeExamples,
        Source = Source,
    };

    /// <summary>True when the config gave only an id and allowlists: an amendment to a rule defined elsewhere.</summary>
    public bool IsAmendment => Pattern is null && PathFilter is null;
}
