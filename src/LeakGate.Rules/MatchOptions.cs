namespace LeakGate.Rules;

/// <summary>Per-call context for the matcher: where the text came from and which part of it this call owns.</summary>
public readonly record struct MatchOptions(string? Path, string? Commit, int OwnedStart, int OwnedEnd)
{
    /// <summary>Apply rules regardless of their path filters (used when testing rule examples).</summary>
    public bool IgnorePathFilters { get; init; }

    public static MatchOptions Whole(string text, string? path = null) => new(path, null, 0, text.Length);
}
