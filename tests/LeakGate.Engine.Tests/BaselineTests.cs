// Covers Baseline: the saved file holds no secrets, loads back intact, suppresses by fingerprint and path, and rejects malformed input.
using System.Text;
using LeakGate.Rules;

namespace LeakGate.Engine.Tests;

public class BaselineTests
{
    private static readonly Rule TokenRule = TestRules.RuleSet.Rules.Single(r => r.Id == "test-token");

    private static Finding FindingOf(string secret, string path, int line = 3, string? commit = null) => new()
    {
        Rule = TokenRule, Confidence = TokenRule.Confidence,
        Origin = new Origin(path) { Commit = commit is null ? null : new CommitInfo(commit, "A. Author", "a@host.test", DateTimeOffset.UnixEpoch, "add config") },
        StartLine = line, StartColumn = 7, EndLine = line, EndColumn = 7 + secret.Length,
        Secret = secret,
        Context = new LineContext("key = " + secret, 6, secret.Length),
        Fingerprint = Fingerprint.Of(TokenRule.Id, secret),
        Entropy = 4.2,
    };

    [Fact]
    public void Save_and_load_round_trip_without_the_secret()
    {
        using var dir = new TempDirectory();
        var findings = new[] { FindingOf(TestRules.Token, "src/a.env", 3, "0123abcd"), FindingOf(TestRules.OtherToken, "b.env", 9) };
        var path = dir.Combine("baseline.json");

        using (var stream = File.Create(path))
        {
            Baseline.FromFindings(findings).Save(stream);
        }
        var json = File.ReadAllText(path);
        var loaded = Baseline.Load(path);

        Assert.DoesNotContain(TestRules.Token, json);
        Assert.DoesNotContain(TestRules.OtherToken, json);
        Assert.DoesNotContain(TestRules.Token[4..12], json);
        Assert.Contains("\"version\": 1", json);
        Assert.Equal(
            [new BaselineEntry(findings[0].Fingerprint, "test-token", "src/a.env", 3, "0123abcd"), new BaselineEntry(findings[1].Fingerprint, "test-token", "b.env", 9, null)],
            loaded.Entries);
        Assert.True(loaded.Contains(findings[0]));
        Assert.True(loaded.Contains(findings[1]));
    }

    [Fact]
    public void Suppresses_by_fingerprint_and_path_not_by_line()
    {
        var baseline = Baseline.FromFindings([FindingOf(TestRules.Token, "a.env", 3)]);

        Assert.True(baseline.Contains(FindingOf(TestRules.Token, "a.env", 40)));
        Assert.False(baseline.Contains(FindingOf(TestRules.Token, "copy/a.env", 3)));
        Assert.False(baseline.Contains(FindingOf(TestRules.OtherToken, "a.env", 3)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json at all")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"version\": 2, \"findings\": []}")]
    [InlineData("{\"version\": 1}")]
    [InlineData("{\"version\": 1, \"findings\": [{\"ruleId\": \"x\", \"path\": \"a\", \"line\": 1}]}")]
    [InlineData("{\"version\": 1, \"findings\": [{\"fingerprint\": \"ab\", \"ruleId\": \"x\", \"line\": 1}]}")]
    [InlineData("{\"version\": 1, \"findings\": [{\"fingerprint\": \"ab\", \"path\": \"a\", \"line\": \"one\"}]}")]
    public void Malformed_file_is_invalid_data_naming_the_file(string content)
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("bad-baseline.json");
        File.WriteAllText(path, content, new UTF8Encoding(false));

        var ex = Assert.Throws<InvalidDataException>(() => Baseline.Load(path));

        Assert.Contains(path, ex.Message);
    }

    [Fact]
    public void Empty_findings_list_is_a_valid_baseline()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("empty.json");
        File.WriteAllText(path, "{\"version\": 1, \"findings\": []}");

        var baseline = Baseline.Load(path);

        Assert.Empty(baseline.Entries);
        Assert.False(baseline.Contains(FindingOf(TestRules.Token, "a.env")));
    }
}
