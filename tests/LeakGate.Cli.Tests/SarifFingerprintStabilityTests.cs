// Issue 7: a line inserted above a finding moves its SARIF region but not its partialFingerprints, so GitHub keeps one alert.
using System.Text.Json.Nodes;

namespace LeakGate.Cli.Tests;

public sealed class SarifFingerprintStabilityTests
{
    private static string Before => $"import os\n\nAWS_ACCESS_KEY_ID = \"{Secrets.AwsKeyId}\"\n";
    private static string After => $"import os\nimport sys  # a line inserted above the finding\n\nAWS_ACCESS_KEY_ID = \"{Secrets.AwsKeyId}\"\n";

    private static (int Line, string Fingerprints) AwsResult(TempDirectory dir, params string[] args)
    {
        var sarif = dir.Combine("out.sarif");
        LeakGateProcess.Run(dir.Path, [.. args, "--format", "sarif", "--output", sarif]).ExitsWith(1);
        var results = JsonNode.Parse(File.ReadAllText(sarif))!["runs"]![0]!["results"]!.AsArray();
        File.Delete(sarif);
        var result = Assert.Single(results, r => (string?)r!["ruleId"] == "aws-access-key-id")!;
        return ((int)result["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]!, result["partialFingerprints"]!.ToJsonString());
    }

    [Fact]
    public void Directory_scans_before_and_after_a_line_insert_give_the_same_partial_fingerprints()
    {
        using var dir = new TempDirectory();
        dir.Write("app/settings.py", Before);
        var before = AwsResult(dir, "scan", ".");
        dir.Write("app/settings.py", After);
        var after = AwsResult(dir, "scan", ".");

        Assert.Equal((3, 4), (before.Line, after.Line));
        Assert.Equal(before.Fingerprints, after.Fingerprints);
        Assert.Contains("leakgateFingerprint/v1", before.Fingerprints);
    }

    [Fact]
    public void Git_scans_of_the_commit_before_and_of_the_pushed_range_after_a_line_insert_give_the_same_partial_fingerprints()
    {
        using var dir = new TempDirectory();
        var git = new GitFixture(dir).Init();
        dir.Write("app/settings.py", Before);
        git.Commit("add settings");
        var before = AwsResult(dir, "git", ".");
        dir.Write("app/settings.py", After);
        git.Commit("import sys");
        var after = AwsResult(dir, "git", ".", "--range", "HEAD~1..HEAD");

        Assert.Equal((3, 4), (before.Line, after.Line));
        Assert.Equal(before.Fingerprints, after.Fingerprints);
    }
}
