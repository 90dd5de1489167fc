// Issue 7: the action's scan step (tools/github-action-scan.sh) on a real repository with the real CLI: which commits each mode scans, the step outputs, the job summary.
using System.Diagnostics;

namespace LeakGate.Cli.Tests;

public sealed class GitHubActionScanScriptTests
{
    private const string Zero = "0000000000000000000000000000000000000000";

    private sealed record StepRun(int ExitCode, string Log, IReadOnlyDictionary<string, string> Outputs, string Summary);

    /// <summary>A repository whose first commit leaks an AWS key and whose second (the "pull request") leaks a database password.</summary>
    private static (GitFixture Git, string Base, string Head) TwoCommits(TempDirectory dir)
    {
        var git = new GitFixture(dir).Init();
        dir.Write("old.py", $"AWS_ACCESS_KEY_ID = \"{Secrets.AwsKeyId}\"\n");
        var first = git.Commit("old leak");
        dir.Write("db.env", $"DATABASE_URL={Secrets.PostgresUri}\n");
        return (git, first, git.Commit("new leak"));
    }

    private static StepRun RunStep(TempDirectory dir, params (string Name, string Value)[] environment)
    {
        var outputFile = dir.Combine(".gh-output");
        var summaryFile = dir.Combine(".gh-summary");
        var wrapper = dir.Write(".bin/leakgate", $"#!/bin/sh\nexec dotnet \"{LeakGateProcess.CliAssembly}\" \"$@\"\n");
        File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var start = new ProcessStartInfo("bash") { WorkingDirectory = dir.Path, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(SourceTree.Root, "tools", "github-action-scan.sh"));
        start.Environment["LEAKGATE_BIN"] = wrapper;
        start.Environment["GITHUB_OUTPUT"] = outputFile;
        start.Environment["GITHUB_STEP_SUMMARY"] = summaryFile;
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "the scan step did not finish");
        var outputs = File.Exists(outputFile)
            ? File.ReadAllLines(outputFile).Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1])
            : new Dictionary<string, string>();
        return new StepRun(process.ExitCode, stdout.Result + stderr.Result, outputs, File.Exists(summaryFile) ? File.ReadAllText(summaryFile) : "");
    }

    [Fact]
    public void Pr_mode_scans_only_the_pull_request_commits_and_fails_the_step_with_outputs_set()
    {
        using var dir = new TempDirectory();
        var (_, first, head) = TwoCommits(dir);

        var step = RunStep(dir, ("LEAKGATE_MODE", "pr"), ("LEAKGATE_PR_BASE", first), ("LEAKGATE_PR_HEAD", head), ("LEAKGATE_SARIF_PATH", "out/leakgate.sarif"));

        Assert.True(step.ExitCode == 1, step.Log);
        Assert.Equal("1", step.Outputs["findings"]);
        Assert.Equal("1", step.Outputs["exit-code"]);
        Assert.Equal("out/leakgate.sarif", step.Outputs["sarif-path"]);
        Assert.True(File.Exists(dir.Combine("out/leakgate.sarif")));
        Assert.Contains("::error file=db.env,line=1,", step.Log);
        Assert.DoesNotContain("old.py", step.Log);
        Assert.Contains("| `postgres-uri-password` | `db.env:1:", step.Summary);
        Assert.DoesNotContain(Secrets.PostgresPassword, step.Log + step.Summary + File.ReadAllText(dir.Combine("out/leakgate.sarif")));
    }

    [Fact]
    public void Push_of_a_new_branch_scans_its_history_and_fail_on_findings_false_keeps_the_step_green()
    {
        using var dir = new TempDirectory();
        var (_, _, head) = TwoCommits(dir);

        var step = RunStep(dir, ("LEAKGATE_MODE", "push"), ("LEAKGATE_PUSH_BEFORE", Zero), ("LEAKGATE_PUSH_AFTER", head), ("LEAKGATE_FAIL_ON_FINDINGS", "false"));

        Assert.True(step.ExitCode == 0, step.Log);
        Assert.Equal("2", step.Outputs["findings"]);
        Assert.Equal("leakgate.sarif", step.Outputs["sarif-path"]);
    }

    [Fact]
    public void Push_mode_scans_before_to_after_and_a_clean_push_passes()
    {
        using var dir = new TempDirectory();
        var (git, _, head) = TwoCommits(dir);
        dir.Write("README.md", "# nothing secret\n");
        var clean = git.Commit("docs");

        var step = RunStep(dir, ("LEAKGATE_MODE", "push"), ("LEAKGATE_PUSH_BEFORE", head), ("LEAKGATE_PUSH_AFTER", clean));

        Assert.True(step.ExitCode == 0, step.Log);
        Assert.Equal("0", step.Outputs["findings"]);
        Assert.Contains("## LeakGate: no secrets found.", step.Summary);
    }

    [Fact]
    public void A_bad_mode_or_a_missing_baseline_fails_the_step_with_exit_code_2_and_no_report()
    {
        using var dir = new TempDirectory();
        var (_, _, head) = TwoCommits(dir);

        var badMode = RunStep(dir, ("LEAKGATE_MODE", "everything"));
        var missingBaseline = RunStep(dir, ("LEAKGATE_MODE", "full"), ("LEAKGATE_BASELINE", "missing.json"));

        Assert.Equal(2, badMode.ExitCode);
        Assert.Contains("::error title=LeakGate::mode must be pr, push or full", badMode.Log);
        Assert.Equal(2, missingBaseline.ExitCode);
        Assert.Equal("2", missingBaseline.Outputs["exit-code"]);
        Assert.False(missingBaseline.Outputs.ContainsKey("sarif-path"));
    }
}
