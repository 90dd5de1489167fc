// Text and JSON writers: golden output, redaction, and the summary counts.
using System.Text.Json;

namespace LeakGate.Reports.Tests;

public sealed class TextAndJsonReportWriterTests
{
    private static string Write(IReportWriter writer, bool redact = true)
    {
        var output = new StringWriter();
        writer.Write(SampleScan.Create(), SampleScan.Context(redact), output);
        return output.ToString();
    }

    [Fact]
    public void Text_report_matches_the_reviewed_golden_file() => GoldenFile.AssertMatches("report.txt", Write(new TextReportWriter()));

    [Fact]
    public void Json_report_matches_the_reviewed_golden_file() => GoldenFile.AssertMatches("report.json", Write(new JsonReportWriter()));

    [Fact]
    public void Text_report_never_shows_the_secret_by_default()
    {
        var text = Write(new TextReportWriter());

        Assert.DoesNotContain(SampleScan.AwsKeyId, text);
        Assert.Contains("AKIA*****", text);
        Assert.Contains("2 secret(s) found in 2 file(s).", text);
        Assert.Contains("skipped 1 binary", text);
        Assert.Contains("warning: big.min.js: rule generic-api-key: regex timed out", text);
    }

    [Fact]
    public void Json_report_shows_raw_secret_only_without_redaction()
    {
        var redacted = JsonDocument.Parse(Write(new JsonReportWriter())).RootElement;
        var clear = JsonDocument.Parse(Write(new JsonReportWriter(), redact: false)).RootElement;

        Assert.True(redacted.GetProperty("redacted").GetBoolean());
        Assert.Equal("AKIA*****", redacted.GetProperty("findings")[0].GetProperty("secret").GetString());
        Assert.Equal(SampleScan.AwsKeyId, clear.GetProperty("findings")[0].GetProperty("secret").GetString());
        Assert.Equal(2, redacted.GetProperty("summary").GetProperty("itemsScanned").GetInt32());
    }

    [Fact]
    public void Quiet_text_report_has_findings_but_no_summary_or_warnings()
    {
        var output = new StringWriter();
        new TextReportWriter().Write(SampleScan.Create(), SampleScan.Context() with { Quiet = true }, output);

        Assert.Contains("aws-access-key-id", output.ToString());
        Assert.DoesNotContain("secret(s) found", output.ToString());
        Assert.DoesNotContain("warning:", output.ToString());
    }
}
