// SARIF writer: schema-valid SARIF 2.1.0, redaction, stable location-independent fingerprints, golden output.
using System.Text.Json.Nodes;
using Json.Schema;

namespace LeakGate.Reports.Tests;

public sealed class SarifReportWriterTests
{
    private static string Write(bool redact = true)
    {
        var output = new StringWriter();
        new SarifReportWriter().Write(SampleScan.Create(), SampleScan.Context(redact), output);
        return output.ToString();
    }

    [Fact]
    public void Output_validates_against_the_SARIF_2_1_0_schema()
    {
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "sarif-2.1.0.json")));

        var evaluation = schema.Evaluate(JsonNode.Parse(Write()), new EvaluationOptions { OutputFormat = OutputFormat.List });

        var errors = evaluation.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.True(evaluation.IsValid, string.Join("\n", errors));
    }

    [Fact]
    public void Secrets_are_masked_unless_redaction_is_off()
    {
        Assert.DoesNotContain(SampleScan.AwsKeyId, Write());
        Assert.DoesNotContain(SampleScan.Password, Write());
        Assert.Contains(SampleScan.AwsKeyId, Write(redact: false));
    }

    [Fact]
    public void Results_carry_relative_uri_region_rule_metadata_and_fingerprint()
    {
        var log = JsonNode.Parse(Write())!;
        var run = log["runs"]![0]!;
        var result = run["results"]![0]!;
        var location = result["locations"]![0]!["physicalLocation"]!;

        Assert.Equal("src/app%20config.py", (string?)location["artifactLocation"]!["uri"]);
        Assert.Equal("%SRCROOT%", (string?)location["artifactLocation"]!["uriBaseId"]);
        Assert.Equal(3, (int?)location["region"]!["startLine"]);
        Assert.Equal(22, (int?)location["region"]!["startColumn"]);
        Assert.Equal("file:///work/repo/", (string?)run["originalUriBaseIds"]!["%SRCROOT%"]!["uri"]);
        Assert.Equal(LeakGate.Engine.Fingerprint.Of("aws-access-key-id", SampleScan.AwsKeyId), (string?)result["partialFingerprints"]![SarifReportWriter.FingerprintKey]);
        var rule = run["tool"]!["driver"]!["rules"]![0]!;
        Assert.Equal("aws-access-key-id", (string?)rule["id"]);
        Assert.Equal("8.0", (string?)rule["properties"]!["security-severity"]);
        Assert.Equal("leakgate/scan/", (string?)run["automationDetails"]!["id"]);
    }

    [Fact]
    public void Results_over_the_cap_keep_the_most_severe_and_say_so_in_a_warning_notification()
    {
        var output = new StringWriter();
        new SarifReportWriter(maxResults: 1).Write(SampleScan.Create(), SampleScan.Context(), output);
        var run = JsonNode.Parse(output.ToString())!["runs"]![0]!;

        var result = Assert.Single(run["results"]!.AsArray())!;
        Assert.Equal("postgres-uri-password", (string?)result["ruleId"]); // critical beats high
        Assert.Equal(0, (int?)result["ruleIndex"]);
        Assert.Single(run["tool"]!["driver"]!["rules"]!.AsArray());
        var notifications = run["invocations"]![0]!["toolExecutionNotifications"]!.AsArray().Select(n => (string?)n!["message"]!["text"]).ToList();
        Assert.Contains(notifications, n => n!.StartsWith("SARIF results truncated: 1 of 2 findings written", StringComparison.Ordinal) && n.Contains("25000"));
    }

    [Fact]
    public void Under_the_cap_nothing_is_dropped_and_no_truncation_warning_is_written()
    {
        var text = Write();

        Assert.Equal(2, JsonNode.Parse(text)!["runs"]![0]!["results"]!.AsArray().Count);
        Assert.DoesNotContain("truncated", text);
        Assert.Equal(25_000, SarifReportWriter.MaxResultsPerRun);
    }

    [Fact]
    public void Matches_the_reviewed_golden_file() => GoldenFile.AssertMatches("report.sarif", Write());
}
