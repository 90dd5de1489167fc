// `leakgate install-hook` with real `git commit`: secrets refused, clean commits pass, existing hooks chained and restored.
namespace LeakGate.Git.Tests;

public sealed class InstallHookTests
{
    private static ProcessResult GitCommit(TempRepo repo, params string[] extra) =>
        TempRepo.Run(repo.Path, null, "git", ["commit", "-q", "-m", "attempt", .. extra]);

    private static TempRepo RepoWithHook()
    {
        var repo = new TempRepo();
        repo.Write("README.md", "hello\n");
        repo.Commit("initial");
        LeakGateProcess.Run(repo.Path, "install-hook").ExitsWith(0);
        return repo;
    }

    [Fact]
    public void Installed_hook_refuses_a_commit_with_a_secret_and_lets_a_clean_one_through()
    {
        using var repo = RepoWithHook();
        var before = repo.Git("rev-parse", "HEAD").Trim();
        repo.Write("keys.py", Secrets.AwsLine(Secrets.AwsKeyId) + "\n");
        repo.Git("add", "keys.py");

        var refused = GitCommit(repo);
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("keys.py:1", refused.StdOut + refused.StdErr);
        Assert.Equal(before, repo.Git("rev-parse", "HEAD").Trim());

        repo.Write("keys.py", "aws_access_key_id = os.environ['AWS_ACCESS_KEY_ID']\n");
        repo.Git("add", "keys.py");
        Assert.Equal(0, GitCommit(repo).ExitCode);
        Assert.NotEqual(before, repo.Git("rev-parse", "HEAD").Trim());
    }

    [Fact]
    public void Hook_sees_what_commit_a_stages_into_its_temporary_index()
    {
        using var repo = RepoWithHook();
        repo.Write("README.md", "hello\n" + Secrets.AwsLine(Secrets.AwsKeyId) + "\n");

        var refused = GitCommit(repo, "-a");

        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("README.md:2", refused.StdOut + refused.StdErr);
    }

    [Fact]
    public void Install_is_idempotent_chains_an_existing_hook_and_uninstall_restores_it()
    {
        using var repo = new TempRepo();
        var hook = Path.Combine(repo.Path, ".git", "hooks", "pre-commit");
        Directory.CreateDirectory(Path.GetDirectoryName(hook)!);
        var marker = Path.Combine(repo.Path, "previous-hook-ran");
        var original = $"#!/bin/sh\ntouch '{marker}'\n";
        File.WriteAllText(hook, original);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(hook, (UnixFileMode)0b111_101_101);

        LeakGateProcess.Run(repo.Path, "install-hook").ExitsWith(0);
        LeakGateProcess.Run(repo.Path, "install-hook").ExitsWith(0);
        Assert.Equal(original, File.ReadAllText(hook + ".leakgate-previous"));
        Assert.Contains("leakgate pre-commit hook", File.ReadAllText(hook));

        repo.Write("a.txt", "clean\n");
        repo.Git("add", "a.txt");
        Assert.Equal(0, GitCommit(repo).ExitCode);
        Assert.True(File.Exists(marker), "the previous hook did not run");

        LeakGateProcess.Run(repo.Path, "install-hook", "--uninstall").ExitsWith(0);
        Assert.Equal(original, File.ReadAllText(hook));
        Assert.False(File.Exists(hook + ".leakgate-previous"));
    }

    [Fact]
    public void Core_hooks_path_is_respected()
    {
        using var repo = new TempRepo();
        repo.Git("config", "core.hooksPath", "githooks");
        repo.Write("README.md", "hello\n");
        repo.Commit("initial");

        LeakGateProcess.Run(repo.Path, "install-hook").ExitsWith(0);
        Assert.True(File.Exists(Path.Combine(repo.Path, "githooks", "pre-commit")));
        Assert.False(File.Exists(Path.Combine(repo.Path, ".git", "hooks", "pre-commit")));

        repo.Write("keys.py", Secrets.AwsLine(Secrets.AwsKeyId) + "\n");
        repo.Git("add", "keys.py");
        Assert.NotEqual(0, GitCommit(repo).ExitCode);
    }
}
