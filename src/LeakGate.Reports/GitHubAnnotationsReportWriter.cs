using System.Text;
using LeakGate.Engine;

namespace LeakGate.Reports;

/// <summary>
/// The GitHub Actions step log: one workflow command per finding (<c>::error file=…,line=…::…</c>), which
/// GitHub turns into an annotation on the file and line, and, when <paramref name="stepSummaryPath"/> is
/// given (the <c>GITHUB_STEP_SUMMARY</c> file), a Markdown table of the findings appended to the job summary.
/// Secrets are masked like in every other format; values are escaped as GitHub's toolkit escapes them, so a
/// path or message can never end a command early or start a new one.
/// </summary>
public sealed class GitHubAnnotationsReportWriter(string? stepSummaryPath = null) : IReportWriter
{
    /// <summary>More rows than this make the summary unreadable (and GitHub caps a step summary at 1 MiB).</summary>
    public const int MaxSummaryRows = 500;

    public void Write(ScanResult result, ReportContext context, TextWriter output)
    {
        foreach (var finding in result.Findings)
        {
            var (secret, _) = Redactor.Present(finding, context.Redact);
            var properties = new List<string>
            {
                $"file={EscapeProperty(finding.Origin.Path)}",
                $"line={finding.StartLine}",
                $"col={finding.StartColumn}",
                $"endLine={finding.EndLine}",
            };
            if (finding.EndLine == finding.StartLine) properties.Add($"endColumn={Math.Max(finding.EndColumn, finding.StartColumn + 1)}");
            properties.Add($"title={EscapeProperty($"{finding.Rule.Description} ({finding.RuleId})")}");
            var message = $"{finding.RuleId}: {secret}" + (finding.Encodings.Count > 0 ? $" (decoded from {string.Join(" in ", finding.Encodings)})" : "") +
                $", {SeverityScale.Name(finding.Severity)} severity, {SeverityScale.Name(finding.Confidence)} confidence, fingerprint {finding.Fingerprint[..16]}" +
                (finding.Origin.Commit is { } commit ? $", introduced in {commit.Sha[..Math.Min(12, commit.Sha.Length)]} by {commit.AuthorName}" : "") +
                ".\nRevoke or rotate it, then remove it from the code; if it is not a secret, mark the line leakgate:allow or add it to the baseline.";
            output.WriteLine($"::{CommandOf(finding.Severity)} {string.Join(',', properties)}::{EscapeData(message)}");
        }
        foreach (var m in result.Diagnostics.Messages)
        {
            var level = m.Level == ScanMessageLevel.Error ? "error" : "warning";
            output.WriteLine($"::{level} title=LeakGate::{EscapeData(m.Path is null ? m.Text : $"{m.Path}: {m.Text}")}");
        }
        output.WriteLine(Headline(result) + (result.Interrupted ? " (scan interrupted: results are partial)" : ""));
        if (!string.IsNullOrEmpty(stepSummaryPath))
        {
            File.AppendAllText(stepSummaryPath, Summary(result, context), new UTF8Encoding(false));
        }
    }

    /// <summary>The Markdown job summary: a headline, a table of findings (masked) and the scan counts.</summary>
    public static string Summary(ScanResult result, ReportContext context)
    {
        var md = new StringBuilder();
        md.Append("## LeakGate: ").Append(Headline(result)).Append("\n\n");
        if (result.Findings.Count > 0)
        {
            var history = result.Findings.Any(f => f.Origin.Commit is not null);
            md.Append(history ? "| severity | rule | location | secret | commit | fingerprint |\n| --- | --- | --- | --- | --- | --- |\n"
                              : "| severity | rule | location | secret | fingerprint |\n| --- | --- | --- | --- | --- |\n");
            foreach (var finding in result.Findings.Take(MaxSummaryRows))
            {
                var (secret, _) = Redactor.Present(finding, context.Redact);
                md.Append("| ").Append(SeverityScale.Name(finding.Severity))
                  .Append(" | ").Append(Code(finding.RuleId))
                  .Append(" | ").Append(Code($"{finding.Origin.Path}:{finding.StartLine}:{finding.StartColumn}"))
                  .Append(" | ").Append(Code(secret));
                if (history) md.Append(" | ").Append(finding.Origin.Commit is { } c ? Code(c.Sha[..Math.Min(12, c.Sha.Length)]) : "");
                md.Append(" | ").Append(Code(finding.Fingerprint[..16])).Append(" |\n");
            }
            if (result.Findings.Count > MaxSummaryRows)
            {
                md.Append($"\n{result.Findings.Count - MaxSummaryRows} more finding(s) are not shown here; the SARIF or JSON report has them all.\n");
            }
            md.Append("\nTreat each secret as leaked: revoke or rotate it at the provider, then remove it from the code. ")
              .Append("If a value is not a secret, mark its line `leakgate:allow` or accept it in the baseline (`leakgate baseline create`).\n");
        }
        var d = result.Diagnostics;
        md.Append($"\nScanned {d.ItemsScanned} item(s) in {result.Elapsed.TotalSeconds:0.00}s; skipped {d.SkippedBinary} binary, {d.SkippedTooLarge} too large, {d.SkippedOther} other");
        md.Append(result.SuppressedByBaseline > 0 ? $"; {result.SuppressedByBaseline} finding(s) suppressed by the baseline.\n" : ".\n");
        var warnings = result.Diagnostics.Messages.Count;
        if (warnings > 0) md.Append($"{warnings} warning(s) or error(s); see the step log.\n");
        return md.Append('\n').ToString();
    }

    /// <summary>GitHub's toolkit escaping of a command's message: <c>%</c>, CR and LF.</summary>
    public static string EscapeData(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>GitHub's toolkit escaping of a command property: the message escapes plus <c>:</c> and <c>,</c>.</summary>
    public static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    private static string CommandOf(LeakGate.Rules.Severity severity) =>
        severity >= LeakGate.Rules.Severity.High ? "error" : severity == LeakGate.Rules.Severity.Medium ? "warning" : "notice";

    private static string Headline(ScanResult result) => result.Findings.Count == 0
        ? "no secrets found."
        : $"{result.Findings.Count} secret(s) found in {result.Findings.Select(f => f.Origin.Path).Distinct().Count()} file(s).";

    /// <summary>A table cell in code style: pipes escaped, line breaks flattened, backticks fenced by a longer run.</summary>
    private static string Code(string text)
    {
        var cell = text.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal);
        return cell.Contains('`') ? $"`` {cell} ``" : $"`{cell}`";
    }
}
