// End-to-end tests of `leakgate staged`, the pre-commit gate: only what the index adds relative to HEAD is judged.
namespace LeakGate.Git.Tests;

public sealed class StagedCommandTests
{
    [Fact]
    public void Staged_secret_blocks_with_file_line_rule_masked_secret_and_three_ways_forward()
    {
        using var repo = StagedScenarios.RepoWithCleanFile();
        repo.Write("app/settings.py", "DEBUG = False\nNAME = 'app'\n" + Secrets.AwsLine(Secrets.AwsKeyId) + "\n");
        repo.Git("add", "app/settings.py");

        var result = LeakGateProcess.Run(repo.Path, "staged").ExitsWith(1);

        Assert.Contains("app/settings.py:3", result.StdOut);
        Assert.Contains("aws-access-key-id", result.StdOut);
        Assert.Contains("AKIA*****", result.StdOut);
        Assert.Contains("secret store", result.StdOut);
        Assert.Contains("leakgate:allow", result.StdOut);
        Assert.Contains("baseline", result.StdOut);
        Assert.DoesNotContain(Secrets.AwsKeyId, result.StdOut + result.StdErr);
    }

    [Fact]
    public void Unstaged_secret_does_not_block()
    {
        using var repo = StagedScenarios.RepoWithCleanFile();
        repo.Write("app/settings.py", "DEBUG = False\nNAME = 'app'\n" + Secrets.AwsLine(Secrets.AwsKeyId) + "\n");
        repo.Write("untracked.py", Secrets.AwsLine(Secrets.OtherAwsKeyId) + "\n");

        LeakGateProcess.Run(repo.Path, "staged").ExitsWith(0);
    }

    [Fact]
    public void Partially_staged_file_is_judged_by_its_staged_content()
    {
        using var clean = StagedScenarios.RepoWithCleanFile();
        clean.Write("app/settings.py", "DEBUG = False\nNAME = 'app'\nTIMEOUT = 30\n");
        clean.Git("add", "app/settings.py");
        clean.Write("app/settings.py", "DEBUG = False\nNAME = 'app'\nTIMEOUT = 30\n" + Secrets.AwsLine(Secrets.AwsKeyId) + "\n");
        using var leaky = StagedScenarios.RepoWithCleanFile();
        leaky.Write("app/settings.py", "DEBUG = False\n" + Secrets.AwsLine(Secrets.AwsKeyId) + "\nNAME = 'app'\n");
        leaky.Git("add", "app/settings.py");
        leaky.Write("app/settings.py", "DEBUG = False\nNAME = 'app'\n");

        LeakGateProcess.Run(clean.Path, "staged").ExitsWith(0);
        var blocked = LeakGateProcess.Run(leaky.Path, "staged").ExitsWith(1);
        Assert.Contains("app/settings.py:2", blocked.StdOut);
    }

    [Fact]
    public void Only_added_lines_are_judged_and_line_numbers_are_those_of_the_staged_file()
    {
        using var repo = StagedScenarios.OldLeakAndANewOneAtLine5();

        var result = LeakGateProcess.Run(repo.Path, "staged", "--format", "json").ExitsWith(1);

        var finding = Assert.Single(result.Findings);
        Assert.Equal("old.py", finding.GetProperty("path").GetString());
        Assert.Equal(5, finding.GetProperty("startLine").GetInt32());
    }

    [Fact]
    public void New_repository_with_no_commits_works()
    {
        using var repo = new TempRepo();
        repo.Write("first.py", "print('hi')\n");
        repo.Git("add", "first.py");
        LeakGateProcess.Run(repo.Path, "staged").ExitsWith(0);

        repo.Write("keys.py", Secrets.AwsLine(Secrets.AwsKeyId) + "\n");
        repo.Git("add", "keys.py");
        Assert.Contains("keys.py:1", LeakGateProcess.Run(repo.Path, "staged").ExitsWith(1).StdOut);
    }

    [Fact]
    public void Rename_of_a_committed_file_adds_nothing()
    {
        using var repo = StagedScenarios.RenameOfACommittedSecret();

        LeakGateProcess.Run(repo.Path, "staged").ExitsWith(0);
    }

    [Fact]
    public void Merge_in_progress_judges_what_the_other_branch_brings()
    {
        using var repo = StagedScenarios.MergeInProgressBringingAKeyIn("feature.py");

        var result = LeakGateProcess.Run(repo.Path, "staged").ExitsWith(1);

        Assert.Contains("feature.py:1", result.StdOut);
    }

    [Fact]
    public void Inline_allow_and_the_default_baseline_file_let_the_commit_through()
    {
        using var repo = StagedScenarios.RepoWithCleanFile();
        repo.Write("allowed.py", Secrets.AwsLine(Secrets.AwsKeyId) + "  # leakgate:allow\n");
        repo.Git("add", "allowed.py");
        LeakGateProcess.Run(repo.Path, "staged").ExitsWith(0);

        repo.Write("known.py", Secrets.AwsLine(Secrets.OtherAwsKeyId) + "\n");
        repo.Git("add", "known.py");
        LeakGateProcess.Run(repo.Path, "staged").ExitsWith(1);
        LeakGateProcess.Run(repo.Path, "baseline", "create", ".", "-o", ".leakgate-baseline.json").ExitsWith(0);
        LeakGateProcess.Run(repo.Path, "staged").ExitsWith(0);
    }

    [Fact]
    public void Staged_scan_works_from_a_subdirectory_and_reports_repository_relative_paths()
    {
        using var repo = StagedScenarios.RepoWithCleanFile();
        repo.Write("app/keys.py", Secrets.AwsLine(Secrets.AwsKeyId) + "\n");
        repo.Git("add", "app/keys.py");

        var result = LeakGateProcess.Run(Path.Combine(repo.Path, "app"), "staged").ExitsWith(1);

        Assert.Contains("app/keys.py:1", result.StdOut);
    }
}
