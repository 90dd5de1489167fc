using LeakGate.Reports;

namespace LeakGate.Cli;

/// <summary>The output formats by name, as the <c>--format</c> option accepts them.</summary>
public static class ReportFormat
{
    public static readonly string[] Names = ["text", "json", "sarif", "github"];

    public static IReportWriter WriterFor(string name) => name switch
    {
        "text" => new TextReportWriter(),
        "json" => new JsonReportWriter(),
        "sarif" => new SarifReportWriter(),
        // Workflow-command annotations for the step log; the Markdown summary goes where GitHub Actions says.
        "github" => new GitHubAnnotationsReportWriter(Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY")),
        _ => throw new UsageException($"unknown format '{name}' (known: {string.Join(", ", Names)})"),
    };
}
