namespace LeakGate.Engine;

/// <summary>What a scan produced: the findings to report (after dedup, confidence filter and baseline) and its diagnostics.</summary>
public sealed record ScanResult(
    IReadOnlyList<Finding> Findings,
    int SuppressedByBaseline,
    ScanDiagnostics Diagnostics,
    TimeSpan Elapsed,
    bool Interrupted);
