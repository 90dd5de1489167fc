// Repositories in unusual states: not a repository, bare, shallow, unborn or detached HEAD, LFS pointers, binary blobs, corrupt objects.
namespace LeakGate.Git.Tests;

public sealed class GitEdgeCaseTests
{
    [Fact]
    public void Not_a_repository_is_a_one_line_error_with_exit_code_2()
    {
        using var dir = new TempRepo(init: false);

        LeakGateProcess.AssertOneLineError(LeakGateProcess.Run(dir.Path, "git"), "not a git repository");
        LeakGateProcess.AssertOneLineError(LeakGateProcess.Run(dir.Path, "staged"), "not a git repository");
        LeakGateProcess.AssertOneLineError(LeakGateProcess.Run(dir.Path, "install-hook"), "not a git repository");
        LeakGateProcess.AssertOneLineError(LeakGateProcess.Run(dir.Path, "diff", "HEAD~1..HEAD"), "not a git repository");
    }

    [Fact]
    public void Bare_repository_history_is_scanned_but_the_staged_gate_refuses_it()
    {
        using var repo = new TempRepo();
        repo.Write("k.py", Secrets.AwsLine(Secrets.AwsKeyId) + "\n");
        repo.Commit("leak");
        using var bare = new TempRepo(init: false);
        TempRepo.RunGit(bare.Path, null, "clone", "-q", "--bare", repo.Path, "repo.git");
        var barePath = Path.Combine(bare.Path, "repo.git");

        LeakGateProcess.Run(barePath, "git").ExitsWith(1);
        LeakGateProcess.AssertOneLineError(LeakGateProcess.Run(barePath, "staged"), "bare repository");
    }

    [Fact]
    public void Shallow_clone_is_scanned_and_says_history_is_truncated()
    {
        using var repo = new TempRepo();
        repo.Write("old.py", Secrets.AwsLine(Secrets.AwsKeyId) + "\n");
        repo.Commit("old");
        repo.Write("new.py", Secrets.AwsLine(Secrets.OtherAwsKeyId) + "\n");
        repo.Commit("new");
        using var clone = new TempRepo(init: false);
        TempRepo.RunGit(clone.Path, null, "clone", "-q", "--depth", "1", "file://" + repo.Path, "shallow");

        var result = LeakGateProcess.Run(Path.Combine(clone.Path, "shallow"), "git", "--format", "json").ExitsWith(1);

        Assert.Contains("history is truncated", result.StdErr);
        Assert.Equal(2, result.Findings.Count);
    }

    [Fact]
    public void Unborn_head_has_no_history_and_the_staged_gate_still_works()
    {
        using var repo = new TempRepo();
        repo.Write("k.py", Secrets.AwsLine(Secrets.AwsKeyId) + "\n");

        var history = LeakGateProcess.Run(repo.Path, "git").ExitsWith(0);
        Assert.Contains("no commits to scan", history.StdOut);
        repo.Git("add", "k.py");
        LeakGateProcess.Run(repo.Path, "staged").ExitsWith(1);
    }

    [Fact]
    public void Detached_head_is_scanned_like_any_commit()
    {
        using var repo = new TempRepo();
        repo.Write("k.py", Secrets.AwsLine(Secrets.AwsKeyId) + "\n");
        var leak = repo.Commit("leak");
        repo.Write("k.py", "clean\n");
        repo.Commit("clean");
        repo.Git("checkout", "-q", "--detach", leak);
        repo.Write("more.py", Secrets.AwsLine(Secrets.OtherAwsKeyId) + "\n");
        repo.Git("add", "more.py");

        LeakGateProcess.Run(repo.Path, "git").ExitsWith(1);
        var staged = LeakGateProcess.Run(repo.Path, "staged").ExitsWith(1);
        Assert.Contains("more.py:1", staged.StdOut);
        Assert.DoesNotContain("k.py", staged.StdOut);
    }

    [Fact]
    public void Lfs_pointers_and_binary_blobs_are_skipped_and_counted()
    {
        using var repo = new TempRepo();
        repo.Write("model.bin", "version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n");
        File.WriteAllBytes(Path.Combine(repo.Path, "blob.dat"), [0, 1, 2, 0, .. System.Text.Encoding.ASCII.GetBytes(Secrets.AwsKeyId)]);
        repo.Commit("binary things");

        var result = LeakGateProcess.Run(repo.Path, "git", "--format", "json").ExitsWith(0);

        var summary = result.Json.GetProperty("summary");
        Assert.Equal(1, summary.GetProperty("skippedBinary").GetInt32());
        Assert.Equal(1, summary.GetProperty("skippedOther").GetInt32());
        Assert.Contains("Git LFS pointer", result.Json.GetProperty("messages").ToString());
    }

    [Fact]
    public void Blob_over_max_file_size_is_skipped_and_counted()
    {
        using var repo = new TempRepo();
        repo.Write("big.txt", new string('x', 4000) + "\n" + Secrets.AwsLine(Secrets.AwsKeyId) + "\n");
        repo.Commit("big");

        var result = LeakGateProcess.Run(repo.Path, "git", "--max-file-size", "2KB", "--format", "json").ExitsWith(0);

        Assert.Equal(1, result.Json.GetProperty("summary").GetProperty("skippedTooLarge").GetInt32());
    }

    [Fact]
    public void Corrupt_object_is_reported_the_rest_is_scanned_and_the_exit_code_is_2()
    {
        using var repo = new TempRepo();
        repo.Write("good.py", Secrets.AwsLine(Secrets.AwsKeyId) + "\n");
        repo.Write("victim.txt", "this blob will be corrupted " + new string('z', 2000) + "\n");
        repo.Commit("two files");
        var victim = repo.Git("rev-parse", "HEAD:victim.txt").Trim();
        var objectFile = Path.Combine(repo.Path, ".git", "objects", victim[..2], victim[2..]);
        File.SetAttributes(objectFile, FileAttributes.Normal);
        File.WriteAllBytes(objectFile, [0x78, 0x9c, 1, 2, 3, 4, 5, 6, 7, 8]);

        var result = LeakGateProcess.Run(repo.Path, "git", "--format", "json").ExitsWith(2);

        Assert.Single(result.Findings);
        Assert.Contains(victim, result.StdErr);
        Assert.Contains("corrupt", result.StdErr);
        Assert.DoesNotContain("   at ", result.StdErr);
    }

    [Fact]
    public void Bad_range_is_a_one_line_error()
    {
        using var repo = new TempRepo();
        repo.Write("a.txt", "a\n");
        repo.Commit("a");

        LeakGateProcess.AssertOneLineError(LeakGateProcess.Run(repo.Path, "git", "--range", "HEAD"), "must look like A..B");
        LeakGateProcess.AssertOneLineError(LeakGateProcess.Run(repo.Path, "git", "--range", "nope..HEAD"), "'nope'");
    }
}
