namespace LeakGate.Stores;

/// <summary>
/// One thing a store will do (or did) about one leaked value: which store, what kind of action, on which
/// path and version. It names places, never values, so it can be printed and written to the audit log.
/// </summary>
public sealed record StoreAction(string Store, string Kind, string Path, string? Version, string Description);
