// Issue 9: the redaction sweep beyond the scan reports: the staged gate's output, the GitHub step summary, and the
// error paths (bad config, bad baseline, --verbose exception details) never show a planted secret.
using System.Diagnostics;

namespace LeakGate.Cli.Tests;

public sealed class RedactionSweepGateAndErrorTests
{
    private static readonly string[] Planted = [Secrets.AwsKeyId, Secrets.PostgresPassword];

    private static void AssertNoSecret(string where, string text)
    {
        foreach (var secret in Planted) Assert.False(text.Contains(secret, StringComparison.Ordinal), $"{where} shows a planted secret:\n{text}");
    }

    [Fact]
    public void The_staged_gate_hides_the_secrets_on_stdout_in_a_file_and_when_verbose()
    {
        using var dir = new TempDirectory();
        var git = new GitFixture(dir).Init();
        dir.Write("README.md", "demo\n");
        git.Commit("initial");
        dir.Write("app/settings.py", $"AWS_ACCESS_KEY_ID = \"{Secrets.AwsKeyId}\"\n");
        dir.Write("deploy/.env", $"DATABASE_URL={Secrets.PostgresUri}\n");
        git.Git("add", "-A");
        var report = dir.Combine(".git/gate.txt");

        var toStdout = LeakGateProcess.Run(dir.Path, "staged", "--verbose").ExitsWith(1);
        var toFile = LeakGateProcess.Run(dir.Path, "staged", "--output", report).ExitsWith(1);

        Assert.Contains("commit blocked", toStdout.StdOut);
        AssertNoSecret("staged gate stdout", toStdout.StdOut + toStdout.StdErr);
        AssertNoSecret("staged gate file", File.ReadAllText(report) + toFile.StdOut + toFile.StdErr);
        var unredacted = LeakGateProcess.Run(dir.Path, "staged", "--no-redact").ExitsWith(1);
        Assert.Contains(Secrets.AwsKeyId, unredacted.StdOut);
    }

    [Fact]
    public void The_GitHub_step_summary_and_annotations_hide_the_secrets()
    {
        using var dir = new TempDirectory();
        dir.Write("app/settings.py", $"AWS_ACCESS_KEY_ID = \"{Secrets.AwsKeyId}\"\n");
        dir.Write("deploy/.env", $"DATABASE_URL={Secrets.PostgresUri}\n");
        var summary = dir.Combine("../summary-" + Guid.NewGuid().ToString("N") + ".md");
        try
        {
            var (exitCode, output) = RunWithStepSummary(dir.Path, summary, "scan", ".", "--format", "github", "--verbose");

            Assert.Equal(1, exitCode);
            Assert.Contains("| ", File.ReadAllText(summary));
            AssertNoSecret("GitHub step summary", File.ReadAllText(summary));
            AssertNoSecret("GitHub annotations", output);
        }
        finally
        {
            File.Delete(summary);
        }
    }

    [Fact]
    public void A_config_that_is_not_TOML_on_the_line_with_a_secret_does_not_echo_it()
    {
        using var dir = new TempDirectory();
        dir.Write("app.txt", "nothing\n");
        dir.Write(".leakgate.toml", $"[[rules]]\nid = \"x\"\ntoken = {Secrets.AwsKeyId}\npassword = {Secrets.PostgresPassword}\n");

        var result = LeakGateProcess.Run(dir.Path, "scan", ".", "--verbose").ExitsWith(2);

        Assert.Contains(".leakgate.toml", result.StdErr);
        AssertNoSecret("config error", result.StdOut + result.StdErr);
    }

    [Fact]
    public void A_baseline_that_is_not_JSON_does_not_echo_the_secret_it_holds()
    {
        using var dir = new TempDirectory();
        dir.Write("app.txt", "nothing\n");
        var baseline = dir.Write("baseline.json", $"{{ \"findings\": [ {Secrets.AwsKeyId} {Secrets.PostgresPassword} ] }}");

        var result = LeakGateProcess.Run(dir.Path, "scan", ".", "--baseline", baseline, "--verbose").ExitsWith(2);

        AssertNoSecret("baseline error", result.StdOut + result.StdErr);
    }

    [Fact]
    public void A_stdin_diff_with_an_impossible_hunk_is_a_one_line_error_that_does_not_echo_the_added_lines()
    {
        using var dir = new TempDirectory();
        var diff = $"diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -1 +2000000000 @@\n+key = {Secrets.AwsKeyId}\n";

        var result = LeakGateProcess.RunWithInput(dir.Path, diff, "diff", "--stdin-diff");

        LeakGateProcess.AssertOneLineError(result, "hunk header names line 2000000000");
        AssertNoSecret("diff error", result.StdOut + result.StdErr);
    }

    /// <summary>Runs the CLI as GitHub Actions would, with GITHUB_STEP_SUMMARY naming <paramref name="summaryPath"/>.</summary>
    private static (int ExitCode, string Output) RunWithStepSummary(string workingDirectory, string summaryPath, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(LeakGateProcess.CliAssembly);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["NO_COLOR"] = "1";
        start.Environment["GITHUB_STEP_SUMMARY"] = summaryPath;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "leakgate did not finish");
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
