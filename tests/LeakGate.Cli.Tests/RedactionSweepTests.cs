// Issue 9: no output of a run shows a planted secret unless --no-redact is given: every report format on stdout
// and in a file, stderr, verbose mode, and the baseline file.
namespace LeakGate.Cli.Tests;

public sealed class RedactionSweepTests
{
    private static readonly string[] Planted = [Secrets.AwsKeyId, Secrets.PostgresPassword];

    private static TempDirectory PlantedTree()
    {
        var dir = new TempDirectory();
        dir.Write("app/settings.py", $"AWS_ACCESS_KEY_ID = \"{Secrets.AwsKeyId}\"\n");
        dir.Write("deploy/.env", $"DATABASE_URL={Secrets.PostgresUri}\n");
        return dir;
    }

    private static void AssertNoSecret(string where, string text)
    {
        foreach (var secret in Planted) Assert.False(text.Contains(secret, StringComparison.Ordinal), $"{where} shows a planted secret");
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("github")]
    public void Every_format_on_stdout_and_in_a_file_hides_the_secrets(string format)
    {
        using var dir = PlantedTree();
        var report = Path.Combine(dir.Path, "report.out");

        var toStdout = LeakGateProcess.Run(dir.Path, "scan", ".", "--format", format, "--verbose").ExitsWith(1);
        var toFile = LeakGateProcess.Run(dir.Path, "scan", "app", "deploy", "--format", format, "--output", report).ExitsWith(1);

        AssertNoSecret($"{format} stdout", toStdout.StdOut + toStdout.StdErr);
        AssertNoSecret($"{format} file", File.ReadAllText(report) + toFile.StdOut + toFile.StdErr);
    }

    [Fact]
    public void The_baseline_file_holds_fingerprints_only()
    {
        using var dir = PlantedTree();
        var baseline = Path.Combine(Path.GetTempPath(), $"redaction-baseline-{Guid.NewGuid():N}.json");
        try
        {
            var result = LeakGateProcess.Run(dir.Path, "baseline", "create", ".", "-o", baseline).ExitsWith(0);

            AssertNoSecret("baseline", File.ReadAllText(baseline) + result.StdOut + result.StdErr);
            Assert.Contains("fingerprint", File.ReadAllText(baseline));
        }
        finally
        {
            File.Delete(baseline);
        }
    }

    [Fact]
    public void No_redact_shows_the_secrets_so_the_sweep_can_fail()
    {
        using var dir = PlantedTree();

        var result = LeakGateProcess.Run(dir.Path, "scan", ".", "--format", "json", "--no-redact").ExitsWith(1);

        Assert.Contains(Secrets.AwsKeyId, result.StdOut);
        Assert.Contains(Secrets.PostgresPassword, result.StdOut);
    }
}
