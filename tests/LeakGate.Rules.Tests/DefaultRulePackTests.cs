// Covers DefaultRulePack: the embedded rules load, are numerous, and every one proves its own examples (CI gate).
namespace LeakGate.Rules.Tests;

public class DefaultRulePackTests
{
    [Fact]
    public void Every_built_in_rule_passes_its_examples()
    {
        var pack = DefaultRulePack.Load();

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
}
