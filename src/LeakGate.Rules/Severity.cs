namespace LeakGate.Rules;

/// <summary>What an attacker gains from the leaked value; drives SARIF security-severity.</summary>
public enum Severity
{
    Low = 0,
    Medium = 1,
    High = 2,
    Critical = 3,
}
