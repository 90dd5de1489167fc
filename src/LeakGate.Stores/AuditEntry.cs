namespace LeakGate.Stores;

/// <summary>
/// One line of the audit log: who did what to which stored secret, when, and how it ended. It names the
/// finding by fingerprint and the secret by store, path and version, never by value.
/// </summary>
public sealed record AuditEntry
{
    public required DateTimeOffset Time { get; init; }
    public required string Who { get; init; }
    public required string Fingerprint { get; init; }
    public required string RuleId { get; init; }
    public required string Store { get; init; }
    public required string Action { get; init; }
    public required string Path { get; init; }
    public string? Version { get; init; }
    public string? NewVersion { get; init; }
    /// <summary>planned, applied, skipped (already applied), or failed.</summary>
    public required string Result { get; init; }
    public string? Detail { get; init; }
    /// <summary>For failures: what state the secret was left in.</summary>
    public string? State { get; init; }
}
