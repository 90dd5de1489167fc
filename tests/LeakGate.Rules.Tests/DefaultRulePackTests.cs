// Covers DefaultRulePack: the embedded rules load, are numerous, every one proves its own examples (CI gate), and the compiled pack matches the TOML.
namespace LeakGate.Rules.Tests;

public class DefaultRulePackTests
{
    [Fact]
    public void Every_built_in_rule_passes_its_examples()
    {
        var pack = DefaultRulePack.LoadWithExamples();

        var failures = RuleExampleTester.Test(pack.Rules, pack.Allowlists, requireExamples: true);

        Assert.True(failures.Count == 0, string.Join("\n", failures.Select(f => $"{f.Rule.Id} ({f.Rule.Source}): {f.Message}")));
        Assert.True(pack.Rules.Count >= 80, $"the default pack has {pack.Rules.Count} rules, expected at least 80");
    }

    [Fact]
    public void Pack_is_loaded_from_embedded_rule_files_with_unique_ids()
    {
        var pack = DefaultRulePack.Load();

        Assert.NotEmpty(DefaultRulePack.ResourceNames());
        Assert.All(DefaultRulePack.ResourceNames(), n => Assert.EndsWith(".toml", n));
        Assert.Equal(pack.Rules.Count, pack.Rules.Select(r => r.Id).Distinct().Count());
        Assert.All(pack.Rules, r => Assert.StartsWith("rules/", r.Source));
        Assert.Same(pack, DefaultRulePack.Load());
    }

    [Fact]
    public void Every_built_in_regex_rule_has_keywords_for_the_prefilter()
    {
        var unkeyed = DefaultRulePack.Load().Rules.Where(r => r.Pattern is not null && r.Keywords.Count == 0).Select(r => r.Id).ToList();

        Assert.Empty(unkeyed);
    }

    [Fact]
    public void Compiled_pack_holds_the_same_detection_data_as_the_rule_files()
    {
        var compiled = DefaultRulePack.Load();
        var sources = DefaultRulePack.LoadWithExamples();

        Assert.NotSame(sources, compiled);
        Assert.Equal(sources.Rules.Select(Describe), compiled.Rules.Select(Describe));
        Assert.Equal(sources.Allowlists.Count, compiled.Allowlists.Count);
        Assert.All(compiled.Rules, r => Assert.Empty(r.Examples));
    }

    [Fact]
    public void Compiled_pack_round_trips()
    {
        var pack = DefaultRulePack.LoadWithExamples();
        using var stream = new MemoryStream();

        CompiledRulePack.Write(pack, stream);
        stream.Position = 0;
        var read = CompiledRulePack.Read(stream, "test");

        Assert.Equal(pack.Rules.Select(Describe), read.Rules.Select(Describe));
    }

    private static string Describe(Rule rule) => string.Join("|",
        rule.Id, rule.Pattern, rule.Description, rule.SecretGroup, string.Join(",", rule.Keywords), rule.MinEntropy, rule.PathFilter?.Pattern,
        string.Join(";", rule.Allowlists.Select(a => $"{a.RequireAll}:{a.RegexTarget}:{string.Join(",", a.Regexes.Select(r => r.Pattern))}:{string.Join(",", a.Paths.Select(r => r.Pattern))}:{string.Join(",", a.Stopwords)}:{string.Join(",", a.Commits)}")),
        string.Join(",", rule.Tags), rule.Severity, rule.Confidence, rule.Checksum, rule.Source);
}
