using LeakGate.Engine;

namespace LeakGate.Reports;

/// <summary>
/// The default, human report: one block per finding (where, which rule, the masked secret and its line),
/// then a summary with counts of what was scanned and skipped and a table of findings by rule.
/// </summary>
public sealed class TextReportWriter : IReportWriter
{
    public void Write(ScanResult result, ReportContext context, TextWriter output)
    {
        var paint = new AnsiPaint(context.UseColor);
        foreach (var finding in result.Findings)
        {
            var (secret, line) = Redactor.Present(finding, context.Redact);
            output.WriteLine($"{paint.Red("Finding")}  {paint.Bold(finding.RuleId)}  {SeverityScale.Name(finding.Severity)} severity, {SeverityScale.Name(finding.Confidence)} confidence");
            output.WriteLine($"  {finding.Rule.Description}");
            output.WriteLine($"  at      {paint.Cyan($"{finding.Origin.Path}:{finding.StartLine}:{finding.StartColumn}")}");
            if (finding.Origin.Details.Count > 0) output.WriteLine($"  in      {string.Join(", ", finding.Origin.Details.Select(d => $"{d.Name} {d.Value}"))}");
            if (finding.Origin.Commit is { } commit)
            {
                output.WriteLine($"  commit  {commit.Sha[..Math.Min(12, commit.Sha.Length)]} by {commit.AuthorName} <{commit.AuthorEmail}> on {commit.Date:yyyy-MM-dd}: {commit.MessageSummary}");
                if (finding.Origin.OtherPlaces > 0) output.WriteLine($"  also in {finding.Origin.OtherPlaces} other place(s) in history");
            }
            output.WriteLine($"  secret  {secret}{(finding.Encodings.Count > 0 ? $"  (decoded from {string.Join(" → ", finding.Encodings)})" : "")}");
            output.WriteLine($"  line    {paint.Dim(line)}");
            output.WriteLine($"  id      {finding.Fingerprint[..16]}");
            output.WriteLine();
        }
        WriteMessages(result, output, paint, context.Quiet);
        if (!context.Quiet) WriteSummary(result, output, paint);
    }

    private static void WriteMessages(ScanResult result, TextWriter output, AnsiPaint paint, bool errorsOnly)
    {
        foreach (var message in result.Diagnostics.Messages.OrderBy(m => m.Path, StringComparer.Ordinal))
        {
            if (errorsOnly && message.Level != ScanMessageLevel.Error) continue;
            var label = message.Level == ScanMessageLevel.Error ? paint.Red("error") : paint.Yellow("warning");
            output.WriteLine(message.Path is null ? $"{label}: {message.Text}" : $"{label}: {message.Path}: {message.Text}");
        }
    }

    private static void WriteSummary(ScanResult result, TextWriter output, AnsiPaint paint)
    {
        var d = result.Diagnostics;
        var files = result.Findings.Select(f => f.Origin.Path).Distinct().Count();
        var headline = result.Findings.Count == 0
            ? paint.Green("No secrets found.")
            : paint.Red($"{result.Findings.Count} secret(s) found in {files} file(s).");
        output.WriteLine(headline + (result.Interrupted ? " (scan interrupted: results are partial)" : ""));
        output.WriteLine($"Scanned {d.ItemsScanned} item(s), {FormatBytes(d.BytesScanned)} in {result.Elapsed.TotalSeconds:0.00}s; " +
            $"skipped {d.SkippedBinary} binary, {d.SkippedTooLarge} too large, {d.SkippedAllowlisted} allowlisted, {d.SkippedOther} other" +
            (result.SuppressedByBaseline > 0 ? $"; {result.SuppressedByBaseline} finding(s) suppressed by the baseline." : "."));
        if (result.Findings.Count == 0) return;
        var byRule = result.Findings.GroupBy(f => f.RuleId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        var width = Math.Max(4, byRule.Max(g => g.Key.Length));
        output.WriteLine();
        output.WriteLine($"  {"rule".PadRight(width)}  findings");
        foreach (var group in byRule) output.WriteLine($"  {group.Key.PadRight(width)}  {group.Count(),8}");
    }

    private static string FormatBytes(long bytes) => bytes switch
    {
        >= 1L << 30 => $"{bytes / (double)(1L << 30):0.0} GiB",
        >= 1L << 20 => $"{bytes / (double)(1L << 20):0.0} MiB",
        >= 1L << 10 => $"{bytes / 1024.0:0.0} KiB",
        _ => $"{bytes} B",
    };
}
