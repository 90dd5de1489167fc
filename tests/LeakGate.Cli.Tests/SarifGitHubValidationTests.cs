// Issue 7: the SARIF of realistic scans, written by the real CLI, passes Microsoft's SARIF Multitool with its GitHub ingestion rules.
using System.Text.Json.Nodes;

namespace LeakGate.Cli.Tests;

public sealed class SarifGitHubValidationTests
{
    private static readonly string PemKey = "-----BEGIN " + "RSA PRIVATE KEY-----\n" +
        "MIIEowIBAAKCAQEA7Lh3mQ8Jk2b9vXcZ1N0sPqRtUvWxYz1234567890abcdefGhIjKl\n" +
        "MnOpQrStUvWxYz0123456789abcdefABCDEFghijklmnopqrstuvwxyz012345678\n" +
        "-----END " + "RSA PRIVATE KEY-----\n";

    /// <summary>A small project: secrets in code, config, an encoded value and a key file; awkward file names; a binary and a symlink (warnings).</summary>
    private static void WriteProject(TempDirectory dir)
    {
        dir.Write("README.md", "# Demo service\n\nRun `make`.\n");
        dir.Write("src/my app/settings.py", $"import os\n\nDEBUG = False\nAWS_ACCESS_KEY_ID = \"{Secrets.AwsKeyId}\"\n");
        dir.Write("deploy/prod #1.env", $"DATABASE_URL={Secrets.PostgresUri}\n");
        dir.Write("config/naïve 100%.yaml", "db:\n  url: " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(Secrets.PostgresUri)) + "\n");
        dir.Write("keys/id_rsa", PemKey);
        dir.WriteBytes("assets/logo.bin", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02]);
        File.CreateSymbolicLink(dir.Combine("current"), "/nonexistent/target");
    }

    private static string ScanToSarif(TempDirectory dir, string command)
    {
        var sarif = Path.Combine(Path.GetTempPath(), "leakgate-" + Guid.NewGuid().ToString("N") + ".sarif");
        var args = command == "git" ? new[] { "git", ".", "--format", "sarif", "--output", sarif } : ["scan", ".", "--format", "sarif", "--output", sarif];
        LeakGateProcess.Run(dir.Path, args).ExitsWith(1);
        return sarif;
    }

    [Theory]
    [InlineData("scan")]
    [InlineData("git")]
    public void Sarif_of_a_realistic_scan_has_no_Multitool_errors_or_warnings_with_GitHub_rules(string command)
    {
        using var dir = new TempDirectory();
        WriteProject(dir);
        if (command == "git")
        {
            var git = new GitFixture(dir).Init();
            git.Commit("first version");
        }
        var sarif = ScanToSarif(dir, command);
        try
        {
            var log = JsonNode.Parse(File.ReadAllText(sarif))!;
            var run = log["runs"]![0]!;
            Assert.True(run["results"]!.AsArray().Count >= 3, run["results"]!.ToJsonString());
            Assert.Equal(command == "git", run["versionControlProvenance"] is not null);
            Assert.DoesNotContain(Secrets.AwsKeyId, log.ToJsonString());
            Assert.DoesNotContain(Secrets.PostgresPassword, log.ToJsonString());

            var problems = SarifMultitool.Validate(sarif);

            Assert.True(problems.Count == 0, $"{problems.Count} Multitool errors/warnings:\n" + string.Join("\n", problems));
        }
        finally
        {
            File.Delete(sarif);
        }
    }

    /// <summary>The check above can fail: the same SARIF without what GitHub asks for is reported.</summary>
    [Fact]
    public void The_Multitool_check_reports_SARIF_that_breaks_GitHub_rules()
    {
        using var dir = new TempDirectory();
        WriteProject(dir);
        var sarif = ScanToSarif(dir, "scan");
        try
        {
            var log = JsonNode.Parse(File.ReadAllText(sarif))!;
            var run = log["runs"]![0]!;
            run["tool"]!["driver"]!.AsObject().Remove("informationUri");
            run["results"]![0]!["locations"]![0]!["physicalLocation"]!.AsObject().Remove("region");
            run["results"]![1]!.AsObject().Remove("locations");
            File.WriteAllText(sarif, log.ToJsonString());

            var problems = SarifMultitool.Validate(sarif);

            Assert.Contains(problems, p => p.StartsWith("warning SARIF2005", StringComparison.Ordinal)); // no informationUri
            Assert.Contains(problems, p => p.StartsWith("warning SARIF2017", StringComparison.Ordinal)); // no region
            Assert.Contains(problems, p => p.StartsWith("error GH", StringComparison.Ordinal));          // GitHub: no locations
        }
        finally
        {
            File.Delete(sarif);
        }
    }
}
