namespace LeakGate.Git;

/// <summary>Which commits a history scan covers. With none set: every commit reachable from every ref (branches, tags, remotes, stash).</summary>
public sealed record GitHistoryOptions
{
    /// <summary>"A..B": commits reachable from B but not from A (e.g. a pull request's commits).</summary>
    public string? Range { get; init; }
    /// <summary>Only commits whose committer date is at or after this.</summary>
    public DateTimeOffset? Since { get; init; }
    /// <summary>Only commits reachable from this branch (or any revision).</summary>
    public string? Branch { get; init; }
    /// <summary>At most this many commits, the newest ones.</summary>
    public int? MaxCommits { get; init; }
    /// <summary>Also scan blobs no selected commit reaches (dangling and unreachable objects).</summary>
    public bool AllBlobs { get; init; }
}
