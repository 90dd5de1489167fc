// Issue 8: the NativeAOT gate (leakgate-gate) against real repositories: for every case, the same exit code, stdout and stderr
// as `leakgate staged` (findings, masking, messages), plus the expected outcome so that agreeing on a wrong answer fails too.
namespace LeakGate.Git.Tests;

public sealed class AotGateParityTests
{
    /// <summary>Runs <c>leakgate staged ARGS</c> and <c>leakgate-gate staged ARGS</c> in <paramref name="directory"/>; asserts they agree.</summary>
    private static ProcessResult BothAgree(string directory, params string[] args)
    {
        var cli = LeakGateProcess.Run(directory, ["staged", .. args]);
        var gate = AotGate.Run(directory, ["staged", .. args]);
        Assert.True(cli == gate, $"leakgate staged {string.Join(' ', args)} and leakgate-gate differ\n--- leakgate ({cli.ExitCode})\n{cli.StdOut}{cli.StdErr}\n--- leakgate-gate ({gate.ExitCode})\n{gate.StdOut}{gate.StdErr}");
        return gate;
    }

    [Fact]
    public void Staged_secret_same_findings_line_numbers_masking_and_exit_codes()
    {
        using var repo = StagedScenarios.OldLeakAndANewOneAtLine5();
        repo.Write("windows.ini", "[aws]\r\n" + Secrets.AwsLine(Secrets.AwsKeyId) + "\r\n");
        repo.Git("add", "-A");

        var blocked = BothAgree(repo.Path).ExitsWith(1);
        Assert.Contains("old.py:5", blocked.StdOut);
        Assert.Contains("windows.ini:2", blocked.StdOut);
        Assert.DoesNotContain("old.py:2", blocked.StdOut);
        Assert.DoesNotContain(Secrets.OtherAwsKeyId, blocked.StdOut + blocked.StdErr);
        Assert.Contains(Secrets.OtherAwsKeyId, BothAgree(repo.Path, "--no-redact").ExitsWith(1).StdOut);
        BothAgree(repo.Path, "--exit-code", "7", "-q").ExitsWith(7);
        BothAgree(repo.Path, "--min-confidence", "high", "--threads", "1", "--max-file-size", "1MB");
    }

    [Fact]
    public void Inline_allow_default_baseline_and_clean_changes_let_the_commit_through_alike()
    {
        using var repo = StagedScenarios.RepoWithCleanFile();
        repo.Write("allowed.py", Secrets.AwsLine(Secrets.AwsKeyId) + "  # leakgate:allow\n");
        repo.Git("add", "allowed.py");
        Assert.Contains("1 file(s) with added lines", BothAgree(repo.Path).ExitsWith(0).StdErr);

        repo.Write("known.py", Secrets.AwsLine(Secrets.OtherAwsKeyId) + "\n");
        repo.Git("add", "known.py");
        BothAgree(repo.Path).ExitsWith(1);
        LeakGateProcess.Run(repo.Path, "baseline", "create", ".", "-o", ".leakgate-baseline.json").ExitsWith(0);
        BothAgree(repo.Path).ExitsWith(0);
        repo.Write("broken-baseline.json", "{ not json");
        Assert.Contains("broken-baseline.json", BothAgree(repo.Path, "--baseline", "broken-baseline.json").ExitsWith(2).StdErr);
    }

    [Fact]
    public void Leakgate_toml_at_the_root_and_a_gitleaks_config_are_read_alike()
    {
        using var repo = StagedScenarios.RepoWithCleanFile();
        repo.Write(".leakgate.toml", "[[rules]]\nid = \"acme-token\"\ndescription = \"ACME internal token\"\nregex = '''acme_[a-z0-9]{20}'''\nkeywords = [\"acme_\"]\n");
        repo.Write("team.gitleaks.toml", "title = \"team\"\n[[rules]]\nid = \"internal-api-key\"\nregex = '''(?i)(?P<key>intk_[[:alnum:]]{24})'''\nsecretGroup = 1\nkeywords = [\"intk_\"]\n");
        repo.Write("app/tokens.txt", "token = acme_k2j4h5g6f7d8s9a0q1w2\nkey = intk_Zx9Qw2Er4Ty6Ui8Op0As3Df5\n" + Secrets.AwsLine(Secrets.AwsKeyId) + "\n");
        repo.Git("add", "app/tokens.txt");

        var extended = BothAgree(repo.Path).ExitsWith(1);
        Assert.Contains("acme-token", extended.StdOut);
        Assert.Contains("aws-access-key-id", extended.StdOut);
        var gitleaks = BothAgree(repo.Path, "-c", "team.gitleaks.toml").ExitsWith(1);
        Assert.Contains("internal-api-key", gitleaks.StdOut);
        Assert.DoesNotContain("aws-access-key-id", gitleaks.StdOut);
        repo.Write("bad.toml", "[[rules]]\nid = \"x\"\nregex = '''(unclosed'''\nkeywords = [\"xyz\"]\n");
        Assert.Contains("bad.toml", BothAgree(repo.Path, "--config", "bad.toml").ExitsWith(2).StdErr);
    }

    [Fact]
    public void Unborn_head_rename_merge_in_progress_and_subdirectory_are_judged_alike()
    {
        using var unborn = new TempRepo();
        unborn.Write("keys.py", Secrets.AwsLine(Secrets.AwsKeyId) + "\n");
        unborn.Git("add", "keys.py");
        Assert.Contains("keys.py:1", BothAgree(unborn.Path).ExitsWith(1).StdOut);

        using var renamed = StagedScenarios.RenameOfACommittedSecret();
        BothAgree(renamed.Path).ExitsWith(0);

        using var merging = StagedScenarios.MergeInProgressBringingAKeyIn("feature/feature.py");
        Assert.Contains("feature/feature.py:1", BothAgree(merging.Path).ExitsWith(1).StdOut);
        Assert.Contains("feature/feature.py:1", BothAgree(Path.Combine(merging.Path, "feature")).ExitsWith(1).StdOut);
    }

    [Fact]
    public void Binary_files_lfs_pointers_and_submodules_are_skipped_alike()
    {
        using var inner = new TempRepo();
        inner.Write("inner.txt", Secrets.AwsLine(Secrets.AwsKeyId) + "\n");
        inner.Commit("inner");
        using var repo = StagedScenarios.RepoWithCleanFile();
        File.WriteAllBytes(Path.Combine(repo.Path, "blob.bin"), [0, 1, 2, .. System.Text.Encoding.ASCII.GetBytes(Secrets.AwsLine(Secrets.AwsKeyId)), 0]);
        repo.Write("model.bin", "version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n");
        TempRepo.RunGit(repo.Path, null, "-c", "protocol.file.allow=always", "submodule", "add", "-q", inner.Path, "vendor/inner");
        repo.Write("app/settings.py", "DEBUG = False\nNAME = 'app'\nTIMEOUT = 30\n");
        repo.Git("add", "-A");

        Assert.Contains("(2 file(s) with added lines)", BothAgree(repo.Path).ExitsWith(0).StdErr);
    }

    [Fact]
    public void Conflicts_bare_and_missing_repositories_and_bad_options_are_the_same_one_line_errors()
    {
        using var conflicted = StagedScenarios.RepoWithCleanFile();
        conflicted.Git("checkout", "-q", "-b", "other");
        conflicted.Write("app/settings.py", "DEBUG = True\n");
        conflicted.Commit("other");
        conflicted.Git("checkout", "-q", "main");
        conflicted.Write("app/settings.py", "DEBUG = None\n");
        conflicted.Commit("main");
        TempRepo.Run(conflicted.Path, null, "git", "merge", "-q", "other");
        Assert.Contains("unresolved merge conflicts in app/settings.py", BothAgree(conflicted.Path).ExitsWith(2).StdErr);

        using var bare = new TempRepo(init: false);
        bare.Git("init", "-q", "--bare");
        Assert.Contains("is a bare repository", BothAgree(bare.Path).ExitsWith(2).StdErr);
        using var plain = new TempDirectory();
        Assert.Contains("not a git repository", BothAgree(plain.Path).ExitsWith(2).StdErr);
        Assert.Contains("no such directory", BothAgree(plain.Path, "missing").ExitsWith(2).StdErr);

        using var repo = StagedScenarios.RepoWithCleanFile();
        Assert.Contains("--threads must be at least 1", BothAgree(repo.Path, "--threads", "0").ExitsWith(2).StdErr);
        Assert.Contains("--min-confidence must be", BothAgree(repo.Path, "--min-confidence", "3").ExitsWith(2).StdErr);
        Assert.Contains("config file not found", BothAgree(repo.Path, "-c", "nope.toml").ExitsWith(2).StdErr);
        Assert.Contains("baseline file not found", BothAgree(repo.Path, "--baseline", "nope.json").ExitsWith(2).StdErr);
        Assert.Contains("is not a size", BothAgree(repo.Path, "--max-file-size", "huge").ExitsWith(2).StdErr);
    }

    [Fact]
    public void Options_of_the_full_cli_only_are_a_one_line_usage_error_of_the_gate()
    {
        using var repo = StagedScenarios.RepoWithCleanFile();

        string[][] fullCliOnly = [["staged", "--format", "json"], ["staged", "-o", "report.txt"], ["scan", "."], ["staged", "--threads"]];
        foreach (var args in fullCliOnly)
        {
            var result = AotGate.Run(repo.Path, args);
            LeakGateProcess.AssertOneLineError(result, "leakgate: ");
            Assert.Contains("usage: leakgate-gate staged", result.StdErr);
        }
    }

    [Fact]
    public void Hook_running_the_gate_refuses_what_commit_a_stages_and_lets_a_clean_commit_through()
    {
        using var repo = StagedScenarios.RepoWithCleanFile();
        LeakGateProcess.Run(repo.Path, "install-hook", "--command", AotGate.Binary).ExitsWith(0);
        repo.Write("app/settings.py", "DEBUG = False\nNAME = 'app'\n" + Secrets.AwsLine(Secrets.AwsKeyId) + "\n");

        var refused = TempRepo.Run(repo.Path, null, "git", "commit", "-q", "-a", "-m", "attempt");

        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("app/settings.py:3", refused.StdOut + refused.StdErr);
        repo.Write("app/settings.py", "DEBUG = False\nNAME = 'app'\nKEY = os.environ['AWS_ACCESS_KEY_ID']\n");
        Assert.Equal(0, TempRepo.Run(repo.Path, null, "git", "commit", "-q", "-a", "-m", "clean").ExitCode);
    }
}
