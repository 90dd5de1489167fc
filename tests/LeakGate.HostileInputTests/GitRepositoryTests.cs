// Issue 9, item 1 (git): corrupt objects, a truncated pack and 10,000 refs; `leakgate git` gives a clear error or the full result, never a crash.
namespace LeakGate.HostileInputTests;

public sealed class GitRepositoryTests
{
    [Fact]
    public void A_corrupt_small_blob_is_reported_by_id_and_every_other_secret_is_found()
    {
        using var dir = new TempDirectory();
        var repo = HostileRepo.Init(dir.Path);
        dir.Write(Secrets.PlantedFile, Secrets.PlantedContent);
        dir.Write("victim.txt", $"key = {Secrets.Second}\n");
        repo.Commit("two files");
        dir.Write("later.txt", $"key = {Secrets.Third}\n");
        repo.Commit("one more");
        var victim = repo.Git("rev-parse HEAD~1:victim.txt");
        repo.Corrupt(victim);

        var result = HostileScan.RunCommand(dir.Path, 2, "git", ".");

        HostileScan.AssertPlantedFound(result);
        HostileScan.FindingOf(result, "later.txt", Secrets.Third);
        Assert.DoesNotContain(result.Findings, f => f.GetProperty("path").GetString() == "victim.txt");
        Assert.Contains(HostileScan.Messages(result), m => m.Level == "error" && m.Text.Contains(victim) && m.Text.Contains("corrupt"));
        Assert.Contains(victim, result.StdErr);
        Assert.DoesNotContain("   at ", result.StdErr);
    }

    [Fact]
    public void A_corrupt_tree_is_reported_by_commit_and_the_other_commits_are_scanned()
    {
        using var dir = new TempDirectory();
        var repo = HostileRepo.Init(dir.Path);
        dir.Write(Secrets.PlantedFile, Secrets.PlantedContent);
        repo.Commit("planted");
        dir.Write("sub/creds.txt", $"key = {Secrets.Second}\n");
        repo.Commit("a folder only this commit names");
        var brokenCommit = repo.Git("rev-parse HEAD");
        repo.Corrupt(repo.Git("rev-parse HEAD:sub"));

        var result = HostileScan.RunCommand(dir.Path, 2, "git", ".");

        HostileScan.AssertPlantedFound(result);
        Assert.Contains(HostileScan.Messages(result), m => m.Level == "error" && m.Path == $"commit {brokenCommit}" && m.Text.Contains("corrupt"));
        Assert.DoesNotContain("   at ", result.StdErr);
    }

    [Fact]
    public void A_corrupt_commit_is_a_one_line_error_with_exit_code_2()
    {
        using var dir = new TempDirectory();
        var repo = HostileRepo.Init(dir.Path);
        dir.Write(Secrets.PlantedFile, Secrets.PlantedContent);
        repo.Commit("planted");
        dir.Write("other.txt", "nothing here\n");
        repo.Commit("second");
        repo.Corrupt(repo.Git("rev-parse HEAD~1"));

        var result = HostileScan.RunCommand(dir.Path, 2, "git", ".");

        // The walk cannot go past a commit it cannot read: no report, a message that says why, no stack trace.
        Assert.Equal("", result.StdOut);
        Assert.Matches("^leakgate: error: .*corrupt.+\n$", result.StdErr);
        Assert.DoesNotContain("internal error", result.StdErr);
    }

    [Fact]
    public void A_truncated_pack_is_a_clear_error_with_exit_code_2()
    {
        using var dir = new TempDirectory();
        var repo = HostileRepo.Init(dir.Path);
        for (var i = 0; i < 20; i++)
        {
            dir.Write($"file{i}.txt", $"content {i} " + new string((char)('a' + i), 5000) + "\n");
            repo.Commit($"commit {i}");
        }
        dir.Write(Secrets.PlantedFile, Secrets.PlantedContent);
        repo.Commit("planted");
        repo.Git("gc -q");
        var pack = Directory.GetFiles(dir.Combine(".git/objects/pack"), "*.pack").Single();
        HostileScan.Shell(dir.Path, $"chmod u+w '{pack}' && truncate -s {new FileInfo(pack).Length / 2} '{pack}'");

        var result = HostileScan.RunCommand(dir.Path, 2, "git", ".");

        // Every commit is in the broken pack: the error names the branch whose history cannot be read, so the scan never looks clean.
        Assert.Contains(HostileScan.Messages(result), m => m.Level == "error" && m.Text.StartsWith("ref refs/heads/main: ") && m.Text.Contains("corrupt or missing object"));
        Assert.Contains("leakgate: error: ref refs/heads/main: ", result.StdErr);
        Assert.DoesNotContain("internal error", result.StdErr);
        Assert.DoesNotContain("   at ", result.StdErr);
    }

    [Fact]
    public void A_repository_with_10000_refs_is_scanned_in_full()
    {
        using var dir = new TempDirectory();
        var repo = HostileRepo.Init(dir.Path);
        dir.Write(Secrets.PlantedFile, Secrets.PlantedContent);
        repo.Commit("planted");
        // One secret only a tag reaches, then 10,000 more refs (branches and tags) on the same commits.
        repo.Git("checkout -q -b side");
        dir.Write("side.txt", $"key = {Secrets.Second}\n");
        repo.Commit("side");
        repo.Git("tag only-here");
        repo.Git("checkout -q main");
        repo.Git("branch -D side");
        var commands = Enumerable.Range(0, 10_000).Select(i => $"create refs/{(i % 2 == 0 ? "heads/b" : "tags/t")}{i:D5} {(i % 3 == 0 ? "only-here" : "main")}");
        File.WriteAllLines(dir.Combine(".git/new-refs"), commands);
        repo.Git("update-ref --stdin < .git/new-refs");
        Assert.Equal(10_002, repo.Git("for-each-ref").Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        var result = HostileScan.RunCommand(dir.Path, 1, "git", ".");

        HostileScan.AssertPlantedFound(result);
        HostileScan.FindingOf(result, "side.txt", Secrets.Second);
        Assert.Equal(2, result.Findings.Count);
    }
}
