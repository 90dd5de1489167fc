namespace LeakGate.Reports;

/// <summary>What every writer needs besides the findings: who wrote the report and whether secrets stay masked.</summary>
public sealed record ReportContext(string ToolVersion, bool Redact)
{
    /// <summary>Absolute directory that relative paths are under (SARIF's %SRCROOT%); null when unknown.</summary>
    public string? ScanRoot { get; init; }
    /// <summary>Write ANSI colors (text format, only when the output is a terminal).</summary>
    public bool UseColor { get; init; }
    /// <summary>Findings and errors only: no summary, no warnings (text format).</summary>
    public bool Quiet { get; init; }
    /// <summary>A stable id for the kind of scan (SARIF automationDetails.id), e.g. "leakgate/scan/".</summary>
    public string AutomationId { get; init; } = "leakgate/scan/";
    /// <summary>For git scans: the repository and revision scanned (SARIF versionControlProvenance); null otherwise.</summary>
    public RepositoryProvenance? VersionControl { get; init; }
}
