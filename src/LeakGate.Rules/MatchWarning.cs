namespace LeakGate.Rules;

/// <summary>Something the matcher could not do, e.g. a regex that timed out on a window; reported, never swallowed.</summary>
public sealed record MatchWarning(string RuleId, string Message);
