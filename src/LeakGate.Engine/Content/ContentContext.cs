namespace LeakGate.Engine.Content;

/// <summary>What a handler needs while it expands one item: the limits, the budget left for the outermost file, the
/// archive nesting level, where problems go, and the largest entry worth reading.</summary>
public sealed record ContentContext(
    ContentLimits Limits,
    ExpansionBudget Budget,
    ScanDiagnostics Diagnostics,
    long? MaxEntryBytes,
    CancellationToken CancellationToken)
{
    /// <summary>How many archives enclose the item being expanded (0 for a file on disk).</summary>
    public int ArchiveDepth { get; init; }
}
