namespace LeakGate.Stores;

/// <summary>One line of a revocation run's outcome: an action on one leaked value and how it ended (an <see cref="AuditLog"/> result).</summary>
public sealed record RevocationStep(LeakedSecret Leak, StoreAction? Action, string Result, string Detail);
