// `leakgate scan` inside a git work tree: .gitignore honoured unless --no-git, tracked files always scanned, submodules skipped by path.
namespace LeakGate.Git.Tests;

public sealed class WorkTreeScanTests
{
    [Fact]
    public void Ignored_files_are_left_out_unless_no_git_is_given()
    {
        using var repo = new TempRepo();
        repo.Write(".gitignore", "secrets/\n*.local\n");
        repo.Write("secrets/prod.env", Secrets.AwsLine(Secrets.AwsKeyId) + "\n");
        repo.Write("settings.local", Secrets.AwsLine(Secrets.OtherAwsKeyId) + "\n");
        repo.Write("app.py", "print('hi')\n");

        LeakGateProcess.Run(repo.Path, "scan", ".").ExitsWith(0);
        var all = LeakGateProcess.Run(repo.Path, "scan", ".", "--no-git", "--format", "json").ExitsWith(1);
        Assert.Equal(2, all.Findings.Count);
    }

    [Fact]
    public void Tracked_file_matching_an_ignore_pattern_is_still_scanned()
    {
        using var repo = new TempRepo();
        repo.Write("forced.local", Secrets.AwsLine(Secrets.AwsKeyId) + "\n");
        repo.Commit("tracked before the ignore rule");
        repo.Write(".gitignore", "*.local\n");

        var result = LeakGateProcess.Run(repo.Path, "scan", ".", "--format", "json").ExitsWith(1);
        Assert.Equal("forced.local", Assert.Single(result.Findings).GetProperty("path").GetString());
    }

    [Fact]
    public void Submodule_is_reported_as_skipped_with_its_path()
    {
        using var inner = new TempRepo();
        inner.Write("k.py", Secrets.AwsLine(Secrets.AwsKeyId) + "\n");
        inner.Commit("inner");
        using var repo = new TempRepo();
        repo.Write("README.md", "outer\n");
        repo.Commit("outer");
        TempRepo.RunGit(repo.Path, null, "-c", "protocol.file.allow=always", "submodule", "add", "-q", inner.Path, "vendor/inner");

        var result = LeakGateProcess.Run(repo.Path, "scan", ".", "--format", "json").ExitsWith(0);

        Assert.Contains("vendor/inner", result.Json.GetProperty("messages").ToString());
        Assert.Contains("submodule", result.Json.GetProperty("messages").ToString());
    }
}
