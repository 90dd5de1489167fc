// End-to-end tests of `leakgate baseline create`, `--baseline`, and `leakgate rules list|test`.
namespace LeakGate.Cli.Tests;

public sealed class BaselineAndRulesCommandTests
{
    [Fact]
    public void Baseline_suppresses_known_findings_holds_no_secret_and_lets_new_ones_through()
    {
        using var dir = new TempDirectory();
        dir.Write("old.txt", $"key={Secrets.AwsKeyId}\n");
        var baseline = Path.Combine(Path.GetTempPath(), $"baseline-{Guid.NewGuid():N}.json");
        try
        {
            var create = LeakGateProcess.Run(dir.Path, "baseline", "create", ".", "-o", baseline);
            create.ExitsWith(0);
            Assert.DoesNotContain(Secrets.AwsKeyId, File.ReadAllText(baseline));

            LeakGateProcess.Run(dir.Path, "scan", ".", "--baseline", baseline).ExitsWith(0);

            dir.Write("new.txt", $"DATABASE_URL={Secrets.PostgresUri}\n");
            var after = LeakGateProcess.Run(dir.Path, "scan", ".", "--baseline", baseline);
            after.ExitsWith(1);
            Assert.Contains("new.txt", after.StdOut);
            Assert.DoesNotContain("old.txt", after.StdOut);
            Assert.Contains("1 finding(s) suppressed by the baseline", after.StdOut);
        }
        finally
        {
            File.Delete(baseline);
        }
    }

    [Fact]
    public void Malformed_baseline_is_an_error()
    {
        using var dir = new TempDirectory();
        var baseline = dir.Write("b.json", "{ not json");

        var result = LeakGateProcess.Run(dir.Path, "scan", ".", "--baseline", baseline);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not a LeakGate baseline", result.StdErr);
    }

    [Fact]
    public void Rules_test_passes_on_the_built_in_pack()
    {
        var result = LeakGateProcess.Run(Path.GetTempPath(), "rules", "test");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("all passed", result.StdOut);
    }

    [Fact]
    public void Rules_test_fails_on_a_rule_whose_example_does_not_match()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("r.toml", """
            [[rules]]
            id = "weak"
            regex = '''weak_[0-9]{8}'''
            keywords = ["weak_"]
            examples = ["weak_12345678", "weak_1234"]
            negativeExamples = ["strong_12345678"]
            """);

        var result = LeakGateProcess.Run(dir.Path, "rules", "test", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("FAIL weak: example not detected: weak_1234", result.StdOut);
    }

    [Fact]
    public void Rules_list_markdown_has_one_row_per_rule()
    {
        var result = LeakGateProcess.Run(Path.GetTempPath(), "rules", "list", "--format", "markdown");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("| `aws-access-key-id` |", result.StdOut);
    }

    [Fact]
    public void Rules_readme_is_the_generated_rule_list()
    {
        var result = LeakGateProcess.Run(SourceTree.Root, "rules", "list", "--format", "markdown");

        Assert.Equal(0, result.ExitCode);
        Assert.True(result.StdOut.ReplaceLineEndings("\n") == File.ReadAllText(Path.Combine(SourceTree.Root, "rules", "README.md")).ReplaceLineEndings("\n"),
            "rules/README.md is stale: regenerate it with `leakgate rules list --format markdown > rules/README.md`");
    }
}
