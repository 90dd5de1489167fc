namespace LeakGate.Engine;

/// <summary>The validated knobs of a scan; built once from the command line, then read-only.</summary>
public sealed record ScanSettings
{
    public int Threads { get; init; } = Environment.ProcessorCount;
    /// <summary>Items larger than this are skipped and counted; null scans everything.</summary>
    public long? MaxFileSize { get; init; } = 100L * 1024 * 1024;
    /// <summary>How many layers of base64/hex/percent encoding are peeled off to look inside.</summary>
    public int MaxDecodeDepth { get; init; } = 2;
    public string? FingerprintSalt { get; init; }
    public Baseline? Baseline { get; init; }
    public LeakGate.Rules.Confidence MinConfidence { get; init; } = LeakGate.Rules.Confidence.Low;
    /// <summary>How far archives and other structured files may expand (bombs and deep nesting are reported, not opened).</summary>
    public Content.ContentLimits ContentLimits { get; init; } = new();
}
