// End-to-end tests of `leakgate diff A..B` and `leakgate diff --stdin-diff`.
namespace LeakGate.Git.Tests;

public sealed class DiffCommandTests
{
    [Fact]
    public void Commit_range_scans_only_the_lines_b_adds()
    {
        using var repo = new TempRepo();
        repo.Write("a.py", Secrets.AwsLine(Secrets.AwsKeyId) + "\n");
        var first = repo.Commit("old leak");
        repo.Write("a.py", Secrets.AwsLine(Secrets.AwsKeyId) + "\nx = 1\n");
        var second = repo.Commit("harmless change");
        repo.Write("b.py", "\n\n" + Secrets.AwsLine(Secrets.OtherAwsKeyId) + "\n");
        var third = repo.Commit("new leak");

        LeakGateProcess.Run(repo.Path, "diff", $"{first}..{second}").ExitsWith(0);
        var result = LeakGateProcess.Run(repo.Path, "diff", $"{second}..{third}", "--format", "json").ExitsWith(1);

        var finding = Assert.Single(result.Findings);
        Assert.Equal("b.py", finding.GetProperty("path").GetString());
        Assert.Equal(3, finding.GetProperty("startLine").GetInt32());
    }

    [Fact]
    public void Stdin_diff_scans_added_lines_at_their_new_line_numbers()
    {
        using var repo = new TempRepo();
        repo.Write("a.py", "one\ntwo\nthree\nfour\n");
        repo.Commit("base");
        repo.Write("a.py", "one\ntwo\n" + Secrets.AwsLine(Secrets.AwsKeyId) + "\nthree\nfour\n");
        var diff = repo.Git("diff");

        var result = LeakGateProcess.RunWithInput(repo.Path, diff, "diff", "--stdin-diff", "--format", "json").ExitsWith(1);

        var finding = Assert.Single(result.Findings);
        Assert.Equal("a.py", finding.GetProperty("path").GetString());
        Assert.Equal(3, finding.GetProperty("startLine").GetInt32());
    }

    [Fact]
    public void Removed_secret_in_a_diff_is_not_reported()
    {
        var diff = "--- a/x.py\n+++ b/x.py\n@@ -1,2 +1,1 @@\n-" + Secrets.AwsLine(Secrets.AwsKeyId) + "\n keep = 1\n";
        using var dir = new TempRepo(init: false);

        LeakGateProcess.RunWithInput(dir.Path, diff, "diff", "--stdin-diff").ExitsWith(0);
    }

    [Fact]
    public void Range_and_stdin_diff_together_are_a_usage_error()
    {
        using var dir = new TempRepo(init: false);

        LeakGateProcess.AssertOneLineError(LeakGateProcess.Run(dir.Path, "diff"), "either a range A..B or --stdin-diff");
    }
}
