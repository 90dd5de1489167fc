namespace LeakGate.Rules;

/// <summary>One way a rule failed its own examples.</summary>
public sealed record RuleTestFailure(Rule Rule, string Message);
