// GitHub annotations writer (--format github): golden step log and job summary, GitHub's escaping rules, redaction.
using LeakGate.Engine;

namespace LeakGate.Reports.Tests;

public sealed class GitHubAnnotationsReportWriterTests
{
    private static (string Log, string Summary) Write(ScanResult result, bool redact = true, string existingSummary = "")
    {
        var summaryPath = Path.Combine(Path.GetTempPath(), "leakgate-summary-" + Guid.NewGuid().ToString("N") + ".md");
        File.WriteAllText(summaryPath, existingSummary);
        try
        {
            var output = new StringWriter();
            new GitHubAnnotationsReportWriter(summaryPath).Write(result, SampleScan.Context(redact), output);
            return (output.ToString(), File.ReadAllText(summaryPath));
        }
        finally
        {
            File.Delete(summaryPath);
        }
    }

    [Fact]
    public void Step_log_matches_the_reviewed_golden_file() => GoldenFile.AssertMatches("report.github.txt", Write(SampleScan.Create()).Log);

    [Fact]
    public void Job_summary_matches_the_reviewed_golden_file() => GoldenFile.AssertMatches("report.github-summary.md", Write(SampleScan.Create()).Summary);

    [Fact]
    public void Annotations_and_summary_never_show_the_secret_by_default()
    {
        var (log, summary) = Write(SampleScan.Create());

        Assert.DoesNotContain(SampleScan.AwsKeyId, log + summary);
        Assert.DoesNotContain(SampleScan.Password, log + summary);
        Assert.Contains("AKIA*****", log);
        Assert.Contains("`AKIA*****`", summary);
        Assert.Contains(SampleScan.AwsKeyId, Write(SampleScan.Create(), redact: false).Log);
    }

    [Fact]
    public void One_annotation_per_finding_with_file_line_columns_and_title()
    {
        var lines = Write(SampleScan.Create()).Log.Split('\n');

        Assert.Contains("::error file=src/app config.py,line=3,col=22,endLine=3,endColumn=42,title=AWS access key ID (aws-access-key-id)::aws-access-key-id: AKIA*****, high severity", lines[0]);
        Assert.StartsWith("::error file=deploy/values.yaml,line=7,col=6,", lines[1]);
        Assert.Equal("::warning title=LeakGate::big.min.js: rule generic-api-key: regex timed out", lines[2]);
    }

    [Fact]
    public void Properties_escape_percent_CR_LF_colon_and_comma_and_messages_escape_percent_CR_LF()
    {
        Assert.Equal("a%3Ab%2Cc%25d%0De%0Af", GitHubAnnotationsReportWriter.EscapeProperty("a:b,c%d\re\nf"));
        Assert.Equal("a:b,c%25d%0De%0Af", GitHubAnnotationsReportWriter.EscapeData("a:b,c%d\re\nf"));
    }

    [Fact]
    public void A_hostile_path_cannot_end_the_command_or_start_another()
    {
        var sample = SampleScan.Create();
        var finding = sample.Findings[0] with { Origin = new Origin("x,line=1/a:b%0A\n::error::injected.py") };
        var result = sample with { Findings = [finding], Diagnostics = new ScanDiagnostics() };

        var log = Write(result).Log;

        var command = Assert.Single(log.Split('\n'), l => l.StartsWith("::", StringComparison.Ordinal));
        Assert.StartsWith("::error file=x%2Cline=1/a%3Ab%250A%0A%3A%3Aerror%3A%3Ainjected.py,line=3,", command);
    }

    [Fact]
    public void Summary_is_appended_to_what_earlier_steps_wrote()
    {
        var summary = Write(SampleScan.Create(), existingSummary: "## Build\n\nok\n\n").Summary;

        Assert.StartsWith("## Build\n\nok\n\n## LeakGate: 2 secret(s) found in 2 file(s).", summary);
    }

    [Fact]
    public void Without_a_summary_path_only_the_step_log_is_written()
    {
        var output = new StringWriter();
        new GitHubAnnotationsReportWriter().Write(SampleScan.Create() with { Findings = [] }, SampleScan.Context(), output);

        Assert.EndsWith("no secrets found.\n", output.ToString().ReplaceLineEndings("\n"));
    }
}
