// Covers ScanPipeline: deduplication, stable ordering, the confidence filter, baseline suppression and cancellation.
using LeakGate.Rules;

namespace LeakGate.Engine.Tests;

public class ScanPipelineTests
{
    private static readonly string Token = TestRules.Token;
    private static readonly string OtherToken = TestRules.OtherToken;

    [Fact]
    public async Task Same_finding_from_two_sources_is_reported_once()
    {
        using var dir = new TempDirectory();
        dir.Write("app.env", "key = " + Token + "\n");
        var source = new CompositeSource([new FileTreeSource([dir.Path], dir.Path), new FileTreeSource([dir.Combine("app.env")], dir.Path)]);
        var pipeline = new ScanPipeline(TestRules.RuleSet, TestRules.Settings);

        var result = await pipeline.RunAsync(source, CancellationToken.None);

        Assert.Single(result.Findings);
        Assert.Equal(2, result.Diagnostics.ItemsScanned);
        Assert.Equal(2, result.Diagnostics.FindingsSoFar);
    }

    [Fact]
    public async Task Same_secret_at_two_places_is_reported_twice()
    {
        using var dir = new TempDirectory();
        dir.Write("a.env", "key = " + Token + "\nagain = " + Token + "\n");
        dir.Write("b.env", "key = " + Token + "\n");

        var result = await TestRules.ScanAsync(dir.Path);

        Assert.Equal([("a.env", 1), ("a.env", 2), ("b.env", 1)], result.Findings.Select(f => (f.Origin.Path, f.StartLine)));
        Assert.Single(result.Findings.Select(f => f.Fingerprint).Distinct());
    }

    [Fact]
    public async Task Findings_are_sorted_by_path_line_and_column()
    {
        using var dir = new TempDirectory();
        for (var i = 0; i < 12; i++)
        {
            dir.Write($"dir{i % 3}/file{i:00}.txt", $"x\nb = {OtherToken} a = {Token}\n");
        }

        var result = await TestRules.ScanAsync(dir.Path);

        Assert.Equal(24, result.Findings.Count);
        var expected = result.Findings
            .OrderBy(f => f.Origin.Path, StringComparer.Ordinal).ThenBy(f => f.StartLine).ThenBy(f => f.StartColumn)
            .Select(f => (f.Origin.Path, f.StartColumn));
        Assert.Equal(expected, result.Findings.Select(f => (f.Origin.Path, f.StartColumn)));
        Assert.Equal("dir0/file00.txt", result.Findings[0].Origin.Path);
        Assert.True(result.Findings[0].StartColumn < result.Findings[1].StartColumn);
        Assert.False(result.Interrupted);
    }

    [Fact]
    public async Task Findings_below_the_minimum_confidence_are_dropped()
    {
        using var dir = new TempDirectory();
        dir.Write("a.txt", "db_password = " + TestRules.Password + "\nkey = " + Token + "\n");

        var all = await TestRules.ScanAsync(dir.Path);
        var confident = await TestRules.ScanAsync(dir.Path, TestRules.Settings with { MinConfidence = Confidence.Medium });

        Assert.Equal(["test-password", "test-token"], all.Findings.Select(f => f.RuleId));
        Assert.Equal(["test-token"], confident.Findings.Select(f => f.RuleId));
    }

    [Fact]
    public async Task Baseline_suppresses_known_findings_and_reports_new_ones()
    {
        using var dir = new TempDirectory();
        dir.Write("a.env", "key = " + Token + "\n");
        var first = await TestRules.ScanAsync(dir.Path);
        var baselinePath = dir.Combine("baseline.json");
        using (var stream = File.Create(baselinePath))
        {
            Baseline.FromFindings(first.Findings).Save(stream);
        }
        var baseline = Baseline.Load(baselinePath);
        File.Delete(baselinePath);

        dir.Write("a.env", "# moved down\n\nkey = " + Token + "\nnew = " + OtherToken + "\n");
        dir.Write("copy.env", "key = " + Token + "\n");
        var second = await TestRules.ScanAsync(dir.Path, TestRules.Settings with { Baseline = baseline });

        Assert.Equal(1, second.SuppressedByBaseline);
        Assert.Equal([("a.env", OtherToken), ("copy.env", Token)], second.Findings.Select(f => (f.Origin.Path, f.Secret)));
    }

    [Fact]
    public async Task Cancelled_scan_is_marked_interrupted()
    {
        using var dir = new TempDirectory();
        dir.Write("a.env", "key = " + Token + "\n");
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        var result = await new ScanPipeline(TestRules.RuleSet, TestRules.Settings).RunAsync(new FileTreeSource([dir.Path], dir.Path), cancel.Token);

        Assert.True(result.Interrupted);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public async Task Read_error_is_reported_and_the_scan_goes_on()
    {
        var items = new[]
        {
            new ScanItem(new Origin("broken.txt"), () => throw new IOException("disk on fire"), 10),
            new ScanItem(new Origin("ok.txt"), () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes("k = " + Token)), null),
        };

        var result = await new ScanPipeline(TestRules.RuleSet, TestRules.Settings).RunAsync(new ListSource(items), CancellationToken.None);

        Assert.Equal("ok.txt", Assert.Single(result.Findings).Origin.Path);
        var error = Assert.Single(result.Diagnostics.Messages);
        Assert.Equal((ScanMessageLevel.Error, "broken.txt"), (error.Level, error.Path));
        Assert.Contains("disk on fire", error.Text);
        Assert.True(result.Diagnostics.HasErrors);
    }

    [Fact]
    public async Task Regex_timeout_becomes_a_warning_on_the_item()
    {
        var rules = TestRules.Build("""
            [[rules]]
            id = "runaway"
            regex = '''trigger=(?=(a+)+b)a+'''
            keywords = ["trigger="]
            """);
        var items = new[] { new ScanItem(new Origin("slow.txt"), () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes("trigger=" + new string('a', 64) + "!")), null) };

        var result = await new ScanPipeline(rules, TestRules.Settings).RunAsync(new ListSource(items), CancellationToken.None);

        var warning = Assert.Single(result.Diagnostics.Messages);
        Assert.Equal(ScanMessageLevel.Warning, warning.Level);
        Assert.Equal("slow.txt", warning.Path);
        Assert.Contains("runaway", warning.Text);
    }

    private sealed class ListSource(IEnumerable<ScanItem> items) : IScanSource
    {
        public async IAsyncEnumerable<ScanItem> ReadAsync(ScanDiagnostics diagnostics, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.Yield();
            foreach (var item in items) yield return item;
        }
    }

    [Fact]
    public async Task Two_rules_on_the_same_span_give_one_finding_from_the_most_specific_rule()
    {
        var rules = TestRules.Build(TestRules.Toml + "[[rules]]\nid = \"generic-token-assignment\"\nregex = '''key = (tok_[A-Za-z0-9]{24})'''\nkeywords = [\"key =\"]\nconfidence = \"high\"\ntags = [\"generic\"]\n");
        using var dir = new TempDirectory();
        dir.Write("app.env", "key = " + Token + "\n");

        var result = await TestRules.ScanAsync(dir.Path, rules: rules);

        Assert.Equal("test-token", Assert.Single(result.Findings).RuleId);
    }
}
