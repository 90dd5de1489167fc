namespace LeakGate.Stores;

/// <summary>What an applied action left behind: the new version written (if any) and a sentence about it.</summary>
public sealed record ActionOutcome(string? NewVersion, string Detail);
