using LeakGate.Rules;

namespace LeakGate.Cli;

/// <summary>A scan as the user asked for it, validated: what <see cref="ScanRunner"/> executes.</summary>
public sealed record ScanRequest
{
    public string Format { get; init; } = "text";
    public string? OutputPath { get; init; }
    public string? ConfigPath { get; init; }
    public string? BaselinePath { get; init; }
    public bool Redact { get; init; } = true;
    public int Threads { get; init; } = Environment.ProcessorCount;
    public long? MaxFileSize { get; init; }
    public int FindingsExitCode { get; init; } = ExitCodes.Findings;
    public Confidence MinConfidence { get; init; } = Confidence.Low;
    public bool Quiet { get; init; }
    public bool Verbose { get; init; }
}
