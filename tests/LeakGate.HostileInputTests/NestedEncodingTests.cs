// Issue 9, item 1 (encodings): base64 inside base64, on ordinary and on very long lines, found without blow-up.
using System.Text;

namespace LeakGate.HostileInputTests;

public sealed class NestedEncodingTests
{
    [Fact]
    public void Base64_inside_base64_is_found_at_the_outer_run_with_both_layers_named()
    {
        using var dir = new TempDirectory();
        dir.Write(Secrets.PlantedFile, Secrets.PlantedContent);
        dir.Write("secret.yaml", $"kind: Secret\ndata:\n  config: {Twice($"aws_access_key_id = {Secrets.Second}\n")}\n");

        var result = HostileScan.Run(dir.Path, 1);

        HostileScan.AssertPlantedFound(result);
        var finding = HostileScan.FindingOf(result, "secret.yaml", Secrets.Second);
        HostileScan.AssertAt(finding, 3, 11);
        Assert.Equal(["base64", "base64"], finding.GetProperty("encodings").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void A_5_MB_line_of_40000_nested_base64_values_finishes_and_finds_the_secret_at_each_place()
    {
        using var dir = new TempDirectory();
        dir.Write(Secrets.PlantedFile, Secrets.PlantedContent);
        const int values = 40_000;
        int[] withSecret = [0, values / 2, values - 1];
        var filler = Twice("region = eu-west-1, retries = 3, endpoint = https://example.test/api\n");
        var line = new StringBuilder("{");
        var columns = new List<int>();
        for (var i = 0; i < values; i++)
        {
            line.Append($"\"v{i}\":\"");
            if (withSecret.Contains(i))
            {
                columns.Add(line.Length + 1);
                line.Append(Twice($"aws_access_key_id = {Secrets.Second}\n"));
            }
            else
            {
                line.Append(filler);
            }
            line.Append("\",");
        }
        line.Append("\"end\":0}\n");
        Assert.True(line.Length > 5_000_000);
        dir.Write("minified.json", line.ToString());

        var result = HostileScan.Run(dir.Path, 1);

        HostileScan.AssertPlantedFound(result);
        var found = result.Findings.Where(f => f.GetProperty("path").GetString() == "minified.json").ToList();
        Assert.Equal(columns, found.Select(f => f.GetProperty("startColumn").GetInt32()).Order());
        Assert.All(found, f => Assert.Equal(Secrets.Second, f.GetProperty("secret").GetString()));
    }

    [Fact]
    public void Base64_nested_beyond_the_depth_limit_is_not_decoded_and_does_not_slow_the_scan()
    {
        using var dir = new TempDirectory();
        dir.Write(Secrets.PlantedFile, Secrets.PlantedContent);
        var layered = $"aws_access_key_id = {Secrets.Second}\n";
        for (var depth = 0; depth < 34; depth++) layered = Base64(layered);
        Assert.True(layered.Length > 500_000);
        dir.Write("onion.txt", layered + "\n");

        var result = HostileScan.Run(dir.Path, 1);

        HostileScan.AssertPlantedFound(result);
        Assert.DoesNotContain(result.Findings, f => f.GetProperty("path").GetString() == "onion.txt");
    }

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    private static string Twice(string text) => Base64(Base64(text));
}
