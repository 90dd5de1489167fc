namespace LeakGate.Rules;

/// <summary>How sure a rule is that what it matched is a real credential.</summary>
public enum Confidence
{
    /// <summary>A generic assignment: the name says credential, the value might be anything.</summary>
    Low = 0,
    /// <summary>A provider keyword next to a random-looking value.</summary>
    Medium = 1,
    /// <summary>A prefixed or checksummed format that is hard to hit by chance.</summary>
    High = 2,
}
