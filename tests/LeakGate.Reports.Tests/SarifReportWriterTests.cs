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
    public void Matches_the_reviewed_golden_file() => GoldenFile.AssertMatches("report.sarif", Write());
}
