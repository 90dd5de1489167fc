namespace LeakGate.Engine;

/// <summary>
/// Where scanned content came from. <see cref="Path"/> is relative to the scan root with '/' separators
/// (what reports print and SARIF URIs use); git sources add the commit and blob.
/// </summary>
public sealed record Origin(string Path)
{
    public CommitInfo? Commit { get; init; }
    public string? BlobId { get; init; }
    /// <summary>How many other places (commits/paths) hold the same content, for history scans.</summary>
    public int OtherPlaces { get; init; }
    /// <summary>The place inside a structured file (manifest, state, image, CI definition), outermost first; empty for plain text.</summary>
    public IReadOnlyList<OriginDetail> Details { get; init; } = [];
}
