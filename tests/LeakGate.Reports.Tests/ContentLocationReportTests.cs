// Covers the place inside a structured file (Origin.Details) in the JSON, SARIF and text reports.
using System.Text.Json;
using LeakGate.Engine;

namespace LeakGate.Reports.Tests;

public class ContentLocationReportTests
{
    private static ScanResult WithDetails()
    {
        var sample = SampleScan.Create();
        var layered = sample.Findings[0] with
        {
            Origin = new Origin("app.tar!blobs/sha256/abc!app/.env") { Details = [new("layer", "sha256:abc"), new("deleted", "true")] },
        };
        return sample with { Findings = [layered, sample.Findings[1]] };
    }

    private static string Write(IReportWriter writer)
    {
        var output = new StringWriter();
        writer.Write(WithDetails(), SampleScan.Context(), output);
        return output.ToString();
    }

    [Fact]
    public void Json_findings_carry_the_location_inside_the_file_and_plain_ones_none()
    {
        var findings = JsonDocument.Parse(Write(new JsonReportWriter())).RootElement.GetProperty("findings");

        var location = findings[0].GetProperty("location");
        Assert.Equal(("sha256:abc", "true"), (location.GetProperty("layer").GetString(), location.GetProperty("deleted").GetString()));
        Assert.Equal("app.tar!blobs/sha256/abc!app/.env", findings[0].GetProperty("path").GetString());
        Assert.False(findings[1].TryGetProperty("location", out _));
    }

    [Fact]
    public void Sarif_results_carry_the_location_as_a_property()
    {
        var results = JsonDocument.Parse(Write(new SarifReportWriter())).RootElement.GetProperty("runs")[0].GetProperty("results");

        var location = results[0].GetProperty("properties").GetProperty("location");
        Assert.Equal(("sha256:abc", "true"), (location.GetProperty("layer").GetString(), location.GetProperty("deleted").GetString()));
        Assert.False(results[1].GetProperty("properties").TryGetProperty("location", out _));
    }

    [Fact]
    public void Text_findings_show_the_location_on_their_own_line()
    {
        Assert.Contains("  in      layer sha256:abc, deleted true", Write(new TextReportWriter()));
    }
}
