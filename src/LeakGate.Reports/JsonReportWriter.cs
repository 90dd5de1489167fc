using System.Text.Encodings.Web;
using System.Text.Json;
using LeakGate.Engine;

namespace LeakGate.Reports;

/// <summary>
/// The machine-readable report: one object with the findings, the scan summary and its messages. With
/// redaction off, <c>secret</c> holds the raw value, which is what <c>leakgate revoke</c> reads.
/// </summary>
public sealed class JsonReportWriter : IReportWriter
{
    public void Write(ScanResult result, ReportContext context, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("tool", "leakgate");
            json.WriteString("version", context.ToolVersion);
            json.WriteBoolean("redacted", context.Redact);
            json.WriteBoolean("partial", result.Interrupted);
            json.WriteStartArray("findings");
            foreach (var finding in result.Findings) WriteFinding(json, finding, context);
            json.WriteEndArray();
            WriteSummary(json, result);
            json.WriteStartArray("messages");
            foreach (var message in result.Diagnostics.Messages)
            {
                json.WriteStartObject();
                json.WriteString("level", message.Level.ToString().ToLowerInvariant());
                if (message.Path is not null) json.WriteString("path", message.Path);
                json.WriteString("text", message.Text);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        output.WriteLine();
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding finding, ReportContext context)
    {
        var (secret, line) = Redactor.Present(finding, context.Redact);
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteString("description", finding.Rule.Description);
        json.WriteString("severity", SeverityScale.Name(finding.Severity));
        json.WriteString("confidence", SeverityScale.Name(finding.Confidence));
        json.WriteStartArray("tags");
        foreach (var tag in finding.Rule.Tags) json.WriteStringValue(tag);
        json.WriteEndArray();
        json.WriteString("path", finding.Origin.Path);
        json.WriteNumber("startLine", finding.StartLine);
        json.WriteNumber("startColumn", finding.StartColumn);
        json.WriteNumber("endLine", finding.EndLine);
        json.WriteNumber("endColumn", finding.EndColumn);
        json.WriteString("secret", secret);
        json.WriteString("line", line);
        json.WriteString("fingerprint", finding.Fingerprint);
        json.WriteNumber("entropy", Math.Round(finding.Entropy, 3));
        if (finding.Encodings.Count > 0)
        {
            json.WriteStartArray("encodings");
            foreach (var encoding in finding.Encodings) json.WriteStringValue(encoding);
            json.WriteEndArray();
        }
        if (finding.Origin.Details.Count > 0)
        {
            json.WriteStartObject("location");
            foreach (var detail in finding.Origin.Details) json.WriteString(detail.Name, detail.Value);
            json.WriteEndObject();
        }
        if (finding.Origin.Commit is { } commit)
        {
            json.WriteStartObject("commit");
            json.WriteString("sha", commit.Sha);
            json.WriteString("author", commit.AuthorName);
            json.WriteString("email", commit.AuthorEmail);
            json.WriteString("date", commit.Date.ToString("O"));
            json.WriteString("message", commit.MessageSummary);
            json.WriteEndObject();
            json.WriteNumber("otherPlaces", finding.Origin.OtherPlaces);
        }
        json.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter json, ScanResult result)
    {
        var d = result.Diagnostics;
        json.WriteStartObject("summary");
        json.WriteNumber("findings", result.Findings.Count);
        json.WriteNumber("suppressedByBaseline", result.SuppressedByBaseline);
        json.WriteNumber("itemsScanned", d.ItemsScanned);
        json.WriteNumber("bytesScanned", d.BytesScanned);
        json.WriteNumber("skippedBinary", d.SkippedBinary);
        json.WriteNumber("skippedTooLarge", d.SkippedTooLarge);
        json.WriteNumber("skippedAllowlisted", d.SkippedAllowlisted);
        json.WriteNumber("skippedOther", d.SkippedOther);
        json.WriteNumber("elapsedMs", (long)result.Elapsed.TotalMilliseconds);
        json.WriteEndObject();
    }
}
