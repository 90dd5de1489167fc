namespace LeakGate.Engine.Content;

/// <summary>
/// How far content handlers may expand one item, so a zip bomb or an archive nested a hundred levels deep is
/// reported instead of filling memory or disk. The defaults let real jars, wheels and image layers through.
/// </summary>
public sealed record ContentLimits
{
    /// <summary>Archives inside archives are opened this many levels deep (the outermost file is level 1).</summary>
    public int MaxArchiveDepth { get; init; } = 10;
    /// <summary>Bytes one scanned file may expand to, over all its nested entries.</summary>
    public long MaxExpandedBytes { get; init; } = 2L * 1024 * 1024 * 1024;
    /// <summary>Entries one scanned file may hold, over all its nested archives.</summary>
    public int MaxEntries { get; init; } = 100_000;
    /// <summary>Expanded size over compressed size above which an entry is treated as a bomb (text compresses about 10:1).</summary>
    public int MaxCompressionRatio { get; init; } = 200;
    /// <summary>Entries smaller than this are not judged by their ratio (a tiny file of one repeated byte is harmless).</summary>
    public long RatioFloorBytes { get; init; } = 1024 * 1024;
}
