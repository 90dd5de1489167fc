// The real `pre-commit` tool (https://pre-commit.com) installing this repository's `leakgate` hook (language: dotnet)
// from a snapshot of the source tree, then refusing a commit with a secret and accepting a clean one.
namespace LeakGate.Git.Tests;

public sealed class PreCommitFrameworkTests
{
    [Fact]
    public void Pre_commit_framework_builds_the_hook_from_this_repository_and_blocks_a_secret()
    {
        Assert.True(TempRepo.Run("/", null, "sh", "-c", "command -v pre-commit").ExitCode == 0, "pre-commit is not installed (apt-get install pre-commit; .ci/run does this)");
        using var hookSource = new TempRepo();
        SourceTree.CopyTo(hookSource.Path);
        var rev = hookSource.Commit("snapshot of the LeakGate sources");
        using var home = new TempRepo(init: false);
        var environment = new Dictionary<string, string> { ["PRE_COMMIT_HOME"] = home.Path };

        using var repo = new TempRepo();
        repo.Write(".pre-commit-config.yaml", $"repos:\n  - repo: {hookSource.Path}\n    rev: {rev}\n    hooks:\n      - id: leakgate\n");
        repo.Write("README.md", "hello\n");
        TempRepo.Run(repo.Path, environment, "pre-commit", "install").ExitsWith(0);
        repo.Git("add", "-A");
        var first = TempRepo.Run(repo.Path, environment, "git", "commit", "-q", "-m", "clean first commit").ExitsWith(0);

        repo.Write("deploy/keys.env", "REGION=eu-west-1\n" + Secrets.AwsLine(Secrets.AwsKeyId) + "\n");
        repo.Git("add", "-A");
        var refused = TempRepo.Run(repo.Path, environment, "git", "commit", "-q", "-m", "leak");
        Assert.True(refused.ExitCode != 0, $"the commit with a secret was accepted\n{refused.StdOut}\n{refused.StdErr}\n{first.StdOut}");
        Assert.Contains("deploy/keys.env:2", refused.StdOut + refused.StdErr);
        Assert.DoesNotContain(Secrets.AwsKeyId, refused.StdOut + refused.StdErr);

        repo.Write("deploy/keys.env", "REGION=eu-west-1\naws_access_key_id = ${AWS_ACCESS_KEY_ID}\n");
        repo.Git("add", "-A");
        TempRepo.Run(repo.Path, environment, "git", "commit", "-q", "-m", "clean").ExitsWith(0);
        Assert.Equal("clean", repo.Git("log", "-1", "--format=%s").Trim());
    }
}
