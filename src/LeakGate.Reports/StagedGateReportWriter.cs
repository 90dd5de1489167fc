using LeakGate.Engine;

namespace LeakGate.Reports;

/// <summary>
/// The pre-commit gate's text output, for a person in a hurry: each staged secret as file, line, rule and
/// the masked secret, then the three ways forward. Nothing else unless something went wrong.
/// </summary>
public sealed class StagedGateReportWriter : IReportWriter
{
    public void Write(ScanResult result, ReportContext context, TextWriter output)
    {
        var paint = new AnsiPaint(context.UseColor);
        foreach (var message in result.Diagnostics.Messages.Where(m => m.Level == ScanMessageLevel.Error))
        {
            output.WriteLine($"{paint.Red("error")}: {(message.Path is null ? "" : message.Path + ": ")}{message.Text}");
        }
        if (result.Interrupted) output.WriteLine(paint.Red("leakgate: scan interrupted: the staged changes were only partly checked"));
        if (result.Findings.Count == 0) return;
        output.WriteLine(paint.Red($"leakgate: commit blocked: {result.Findings.Count} secret(s) in the staged changes"));
        output.WriteLine();
        var width = result.Findings.Max(f => $"{f.Origin.Path}:{f.StartLine}".Length);
        foreach (var finding in result.Findings)
        {
            var (secret, line) = Redactor.Present(finding, context.Redact);
            output.WriteLine($"  {paint.Cyan($"{finding.Origin.Path}:{finding.StartLine}".PadRight(width))}  {paint.Bold(finding.RuleId)}  {secret}");
            output.WriteLine($"  {new string(' ', width)}  {paint.Dim(line)}");
        }
        output.WriteLine();
        output.WriteLine("Ways forward:");
        output.WriteLine("  1. It is a real secret: remove it, read it from a secret store or the environment, stage again (git add) and commit.");
        output.WriteLine("     If it was ever pushed or shared, revoke it at the provider too.");
        output.WriteLine("  2. It is not a secret: add 'leakgate:allow' in a comment on that line.");
        output.WriteLine("  3. Accept it as known: leakgate baseline create . -o .leakgate-baseline.json (the gate reads that file).");
    }
}
