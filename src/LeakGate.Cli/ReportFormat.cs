using LeakGate.Reports;

namespace LeakGate.Cli;

/// <summary>The output formats by name, as the <c>--format</c> option accepts them.</summary>
public static class ReportFormat
{
    public static readonly string[] Names = ["text", "json", "sarif"];

    public static IReportWriter WriterFor(string name) => name switch
    {
        "text" => new TextReportWriter(),
        "json" => new JsonReportWriter(),
        "sarif" => new SarifReportWriter(),
        _ => throw new UsageException($"unknown format '{name}' (known: {string.Join(", ", Names)})"),
    };
}
