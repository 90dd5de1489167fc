// End-to-end tests of `leakgate git` on real repositories: blob dedup, attribution, ranges, SARIF provenance.
namespace LeakGate.Git.Tests;

public sealed class GitHistoryCommandTests
{
    [Fact]
    public void Secret_added_then_deleted_three_commits_later_is_found_at_the_commit_and_author_that_added_it()
    {
        using var repo = new TempRepo();
        repo.Write("README.md", "hello\n");
        repo.Commit("initial");
        repo.Write("config/app.py", "DEBUG = True\n" + Secrets.AwsLine(Secrets.AwsKeyId) + "\n");
        var added = repo.Commit("Add app config\n\nLonger body that is not the summary.", "Mallory Leaker <mallory@example.test>");
        repo.Write("notes.txt", "one\n");
        repo.Commit("notes");
        repo.Write("notes.txt", "two\n");
        repo.Commit("more notes");
        File.Delete(Path.Combine(repo.Path, "config/app.py"));
        repo.Commit("Remove the key");

        var result = LeakGateProcess.Run(repo.Path, "git", "--format", "json").ExitsWith(1);

        var finding = Assert.Single(result.Findings);
        Assert.Equal("aws-access-key-id", finding.GetProperty("ruleId").GetString());
        Assert.Equal("config/app.py", finding.GetProperty("path").GetString());
        Assert.Equal(2, finding.GetProperty("startLine").GetInt32());
        var commit = finding.GetProperty("commit");
        Assert.Equal(added, commit.GetProperty("sha").GetString());
        Assert.Equal("Mallory Leaker", commit.GetProperty("author").GetString());
        Assert.Equal("mallory@example.test", commit.GetProperty("email").GetString());
        Assert.Equal("Add app config", commit.GetProperty("message").GetString());
        Assert.StartsWith("2024-01-01T01:00:00", commit.GetProperty("date").GetString());
        Assert.DoesNotContain(Secrets.AwsKeyId, result.StdOut + result.StdErr);
    }

    [Fact]
    public void Same_secret_in_two_branches_is_one_finding_with_two_places()
    {
        using var repo = new TempRepo();
        repo.Write("README.md", "hello\n");
        repo.Commit("initial");
        repo.Git("checkout", "-q", "-b", "feature-a");
        repo.Write("a/settings.py", Secrets.AwsLine(Secrets.AwsKeyId) + "\n");
        var first = repo.Commit("feature a");
        repo.Git("checkout", "-q", "main");
        repo.Git("checkout", "-q", "-b", "feature-b");
        repo.Write("b/other.py", "# copied\n" + Secrets.AwsLine(Secrets.AwsKeyId) + "\n");
        repo.Commit("feature b");

        var result = LeakGateProcess.Run(repo.Path, "git", "--format", "json").ExitsWith(1);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(first, finding.GetProperty("commit").GetProperty("sha").GetString());
        Assert.Equal(1, finding.GetProperty("otherPlaces").GetInt32());
    }

    [Fact]
    public void Identical_file_committed_on_two_branches_is_scanned_once_and_counted_twice()
    {
        using var repo = new TempRepo();
        repo.Write("README.md", "hello\n");
        repo.Commit("initial");
        repo.Git("checkout", "-q", "-b", "left");
        repo.Write("keys.env", Secrets.AwsLine(Secrets.AwsKeyId) + "\n");
        repo.Commit("left adds keys");
        repo.Git("checkout", "-q", "main");
        repo.Write("keys.env", Secrets.AwsLine(Secrets.AwsKeyId) + "\n");
        repo.Commit("main adds the same keys");

        var result = LeakGateProcess.Run(repo.Path, "git", "--format", "json").ExitsWith(1);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(1, finding.GetProperty("otherPlaces").GetInt32());
        Assert.Equal(2, result.Json.GetProperty("summary").GetProperty("itemsScanned").GetInt32());
    }

    [Fact]
    public void Rename_does_not_create_a_second_finding()
    {
        using var repo = new TempRepo();
        repo.Write("old/name.py", Secrets.AwsLine(Secrets.AwsKeyId) + "\n");
        var added = repo.Commit("add");
        Directory.CreateDirectory(Path.Combine(repo.Path, "new"));
        repo.Git("mv", "old/name.py", "new/name.py");
        repo.Commit("rename");
        repo.Write("new/name.py", Secrets.AwsLine(Secrets.AwsKeyId) + "\n# edited after the move\n");
        repo.Commit("edit");

        var result = LeakGateProcess.Run(repo.Path, "git", "--format", "json").ExitsWith(1);

        var finding = Assert.Single(result.Findings);
        Assert.Equal("old/name.py", finding.GetProperty("path").GetString());
        Assert.Equal(added, finding.GetProperty("commit").GetProperty("sha").GetString());
    }

    [Fact]
    public void Range_limits_the_scan_to_the_commits_it_names()
    {
        using var repo = new TempRepo();
        repo.Write("old.py", Secrets.AwsLine(Secrets.AwsKeyId) + "\n");
        var before = repo.Commit("old secret");
        repo.Write("unrelated.txt", "x\n");
        var boundary = repo.Commit("boundary");
        repo.Write("new.py", Secrets.AwsLine(Secrets.OtherAwsKeyId) + "\n");
        var inRange = repo.Commit("new secret");

        var ranged = LeakGateProcess.Run(repo.Path, "git", "--range", $"{boundary}..HEAD", "--format", "json").ExitsWith(1);
        var everything = LeakGateProcess.Run(repo.Path, "git", "--format", "json").ExitsWith(1);
        var empty = LeakGateProcess.Run(repo.Path, "git", "--range", $"{before}..{boundary}").ExitsWith(0);

        var finding = Assert.Single(ranged.Findings);
        Assert.Equal("new.py", finding.GetProperty("path").GetString());
        Assert.Equal(inRange, finding.GetProperty("commit").GetProperty("sha").GetString());
        Assert.Equal(2, everything.Findings.Count);
        Assert.Contains("No secrets found.", empty.StdOut);
    }

    [Fact]
    public void Max_commits_and_since_keep_only_the_newest_commits()
    {
        using var repo = new TempRepo();
        repo.Write("old.py", Secrets.AwsLine(Secrets.AwsKeyId) + "\n");
        repo.Commit("old secret");
        repo.Write("new.py", Secrets.AwsLine(Secrets.OtherAwsKeyId) + "\n");
        repo.Commit("new secret");

        var newest = LeakGateProcess.Run(repo.Path, "git", "--max-commits", "1", "--format", "json").ExitsWith(1);
        var since = LeakGateProcess.Run(repo.Path, "git", "--since", "2024-01-01T00:30:00Z", "--format", "json").ExitsWith(1);

        Assert.Equal("new.py", Assert.Single(newest.Findings).GetProperty("path").GetString());
        Assert.Equal("new.py", Assert.Single(since.Findings).GetProperty("path").GetString());
    }

    [Fact]
    public void Branch_option_scans_only_that_branch()
    {
        using var repo = new TempRepo();
        repo.Write("README.md", "hello\n");
        repo.Commit("initial");
        repo.Git("checkout", "-q", "-b", "leaky");
        repo.Write("k.py", Secrets.AwsLine(Secrets.AwsKeyId) + "\n");
        repo.Commit("leak");
        repo.Git("checkout", "-q", "main");

        LeakGateProcess.Run(repo.Path, "git", "--branch", "main").ExitsWith(0);
        LeakGateProcess.Run(repo.Path, "git", "--branch", "leaky").ExitsWith(1);
        LeakGateProcess.AssertOneLineError(LeakGateProcess.Run(repo.Path, "git", "--branch", "no-such-branch"), "unknown revision 'no-such-branch'");
    }

    [Fact]
    public void All_blobs_also_finds_a_dangling_blob_no_commit_reaches()
    {
        using var repo = new TempRepo();
        repo.Write("README.md", "hello\n");
        repo.Commit("initial");
        repo.Write("stash-me.py", Secrets.AwsLine(Secrets.AwsKeyId) + "\n");
        repo.Git("add", "stash-me.py");
        repo.Git("rm", "-q", "--cached", "stash-me.py");
        File.Delete(Path.Combine(repo.Path, "stash-me.py"));

        LeakGateProcess.Run(repo.Path, "git").ExitsWith(0);
        var all = LeakGateProcess.Run(repo.Path, "git", "--all-blobs", "--format", "json").ExitsWith(1);

        Assert.StartsWith("(unreachable blob ", Assert.Single(all.Findings).GetProperty("path").GetString());
    }

    [Fact]
    public void Sarif_carries_the_commit_per_result_and_version_control_provenance_for_the_run()
    {
        using var repo = new TempRepo();
        repo.Write("k.py", Secrets.AwsLine(Secrets.AwsKeyId) + "\n");
        var sha = repo.Commit("leak");

        var sarif = LeakGateProcess.Run(repo.Path, "git", "--format", "sarif").ExitsWith(1).Json;

        var run = sarif.GetProperty("runs")[0];
        var provenance = run.GetProperty("versionControlProvenance")[0];
        Assert.Equal(sha, provenance.GetProperty("revisionId").GetString());
        Assert.Equal("main", provenance.GetProperty("branch").GetString());
        Assert.StartsWith("file://", provenance.GetProperty("repositoryUri").GetString());
        Assert.Equal("leakgate/git/", run.GetProperty("automationDetails").GetProperty("id").GetString());
        var result = run.GetProperty("results")[0];
        Assert.Equal(sha, result.GetProperty("properties").GetProperty("commit").GetString());
        Assert.Equal(64, result.GetProperty("partialFingerprints").GetProperty("leakgateFingerprint/v1").GetString()!.Length);
    }

    [Fact]
    public void Text_report_names_the_commit_author_and_other_places()
    {
        using var repo = new TempRepo();
        repo.Write("a.py", Secrets.AwsLine(Secrets.AwsKeyId) + "\n");
        var sha = repo.Commit("leak", "Mallory Leaker <mallory@example.test>");
        repo.Git("mv", "a.py", "b.py");
        repo.Commit("move");

        var result = LeakGateProcess.Run(repo.Path, "git").ExitsWith(1);

        Assert.Contains($"commit  {sha[..12]} by Mallory Leaker <mallory@example.test> on 2024-01-01: leak", result.StdOut);
        Assert.Contains("also in 1 other place(s) in history", result.StdOut);
        Assert.Contains("AKIA*****", result.StdOut);
    }
}
