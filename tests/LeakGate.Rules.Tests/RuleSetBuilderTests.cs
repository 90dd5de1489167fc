// Covers RuleSetBuilder: default pack, overrides by id, disabled rules, allowlist amendments and [extend] path chains.
namespace LeakGate.Rules.Tests;

public class RuleSetBuilderTests
{
    private static RuleConfig Config(string toml, string name = "user.toml", bool useDefault = true) =>
        RuleConfigLoader.Parse(toml, name, defaultUseDefault: useDefault, compileRegexes: true);

    private static string FirstDefaultId => DefaultRulePack.Load().Rules.First(r => r.Pattern is not null).Id;

    [Fact]
    public void Without_a_config_the_default_pack_is_used()
    {
        var pack = DefaultRulePack.Load();

        var set = RuleSetBuilder.Build(null);

        Assert.Equal(pack.Rules.Select(r => r.Id).Order(), set.Rules.Select(r => r.Id).Order());
        Assert.Equal(pack.Allowlists.Count, set.Allowlists.Count);
    }

    [Fact]
    public void Config_with_useDefault_false_has_only_its_own_rules()
    {
        var set = RuleSetBuilder.Build(Config("[extend]\nuseDefault = false\n[[rules]]\nid = \"mine\"\nregex = 'abc'\nkeywords = [\"abc\"]\n"));

        Assert.Equal(["mine"], set.Rules.Select(r => r.Id));
    }

    [Fact]
    public void User_rules_are_added_to_the_default_pack()
    {
        var set = RuleSetBuilder.Build(Config("[[rules]]\nid = \"team-only-rule\"\nregex = 'abc'\nkeywords = [\"abc\"]\n"));

        Assert.Equal(DefaultRulePack.Load().Rules.Count + 1, set.Rules.Count);
        Assert.Contains(set.Rules, r => r.Id == "team-only-rule");
    }

    [Fact]
    public void User_rule_overrides_default_rule_with_the_same_id()
    {
        var id = FirstDefaultId;
        var set = RuleSetBuilder.Build(Config($"[[rules]]\nid = \"{id}\"\ndescription = \"team override\"\nregex = 'team_[0-9]{{8}}'\nkeywords = [\"team_\"]\n"));

        var rules = set.Rules.Where(r => r.Id == id).ToList();
        var rule = Assert.Single(rules);
        Assert.Equal("team override", rule.Description);
        Assert.Equal("team_[0-9]{8}", rule.Pattern);
        Assert.Equal(DefaultRulePack.Load().Rules.Count, set.Rules.Count);
    }

    [Fact]
    public void Disabled_rules_are_removed()
    {
        var id = FirstDefaultId;

        var set = RuleSetBuilder.Build(Config($"[extend]\nuseDefault = true\ndisabledRules = [\"{id}\"]\n"));

        Assert.DoesNotContain(set.Rules, r => r.Id == id);
        Assert.Equal(DefaultRulePack.Load().Rules.Count - 1, set.Rules.Count);
    }

    [Fact]
    public void Amendment_with_only_id_and_allowlists_merges_into_the_existing_rule()
    {
        var id = FirstDefaultId;
        var original = DefaultRulePack.Load().Rules.First(r => r.Id == id);
        var config = Config($"""
            [[rules]]
            id = "{id}"

            [[rules.allowlists]]
            description = "team fixtures"
            paths = ['''^fixtures/''']
            """);
        Assert.True(Assert.Single(config.Rules).IsAmendment);

        var rule = RuleSetBuilder.Build(config).Rules.Single(r => r.Id == id);

        Assert.Equal(original.Pattern, rule.Pattern);
        Assert.Equal(original.Keywords, rule.Keywords);
        Assert.Equal(original.Description, rule.Description);
        Assert.Equal(original.Allowlists.Count + 1, rule.Allowlists.Count);
        Assert.Equal("team fixtures", rule.Allowlists[^1].Description);
        Assert.Equal(original.Allowlists.Count, DefaultRulePack.Load().Rules.First(r => r.Id == id).Allowlists.Count);
    }

    [Fact]
    public void Amendment_allowlist_suppresses_matches_of_the_amended_rule()
    {
        using var dir = new TempDirectory();
        dir.Write("base.toml", "[extend]\nuseDefault = false\n[[rules]]\nid = \"vendor\"\nregex = '''\\b(vnd_[A-Za-z0-9]{20})\\b'''\nkeywords = [\"vnd_\"]\n");
        var user = RuleConfigLoader.LoadFile(dir.Write("user.toml", """
            [extend]
            useDefault = false
            path = "base.toml"

            [[rules]]
            id = "vendor"
            [[rules.allowlists]]
            stopwords = ["Zq9"]
            """));
        var secret = "vnd_" + "Hq7Lw2Zp9Xc4Vb6Nm1Ks";
        var allowed = "vnd_" + "Hq7Lw2Zq9Xc4Vb6Nm1Ks";

        var matcher = new SecretMatcher(RuleSetBuilder.Build(user));

        Assert.Single(TestRules.Match(matcher, $"k = {secret}"));
        Assert.Empty(TestRules.Match(matcher, $"k = {allowed}"));
    }

    [Fact]
    public void Amendment_of_an_unknown_rule_is_an_error()
    {
        var config = Config("""
            [[rules]]
            id = "no-such-rule-anywhere"
            [[rules.allowlists]]
            paths = ['''^x/''']
            """);

        var ex = Assert.Throws<RuleConfigException>(() => RuleSetBuilder.Build(config));

        Assert.Equal("no-such-rule-anywhere", ex.RuleId);
        Assert.Equal("user.toml", ex.File);
    }

    [Fact]
    public void Global_allowlists_accumulate_over_the_default_pack()
    {
        var set = RuleSetBuilder.Build(Config("[[allowlists]]\ndescription = \"team\"\npaths = ['''^vendor/''']\n"));

        Assert.Equal(DefaultRulePack.Load().Allowlists.Count + 1, set.Allowlists.Count);
        Assert.True(set.IsPathAllowlisted("vendor/lib.js"));
    }

    [Fact]
    public void Extend_path_chain_applies_each_level_in_order()
    {
        using var dir = new TempDirectory();
        dir.Write("root.toml", """
            [extend]
            useDefault = false

            [[rules]]
            id = "root-only"
            regex = 'root_[0-9]{6}'
            keywords = ["root_"]

            [[rules]]
            id = "shared"
            description = "from root"
            regex = 'shared_[0-9]{6}'
            keywords = ["shared_"]

            [[rules]]
            id = "dropped-later"
            regex = 'drop_[0-9]{6}'
            keywords = ["drop_"]
            """);
        Directory.CreateDirectory(Path.Combine(dir.Path, "team"));
        dir.Write(Path.Combine("team", "middle.toml"), """
            [extend]
            useDefault = false
            path = "../root.toml"

            [[rules]]
            id = "shared"
            description = "from middle"
            regex = 'shared_[a-z]{6}'
            keywords = ["shared_"]

            [[rules]]
            id = "middle-only"
            regex = 'middle_[0-9]{6}'
            keywords = ["middle_"]
            """);
        var top = RuleConfigLoader.LoadFile(dir.Write("top.toml", """
            [extend]
            useDefault = false
            path = "team/middle.toml"
            disabledRules = ["dropped-later"]

            [[rules]]
            id = "top-only"
            regex = 'top_[0-9]{6}'
            keywords = ["top_"]
            """));

        var set = RuleSetBuilder.Build(top);

        Assert.Equal(["middle-only", "root-only", "shared", "top-only"], set.Rules.Select(r => r.Id).Order());
        Assert.Equal("from middle", set.Rules.Single(r => r.Id == "shared").Description);
    }

    [Fact]
    public void Extend_path_cycle_is_an_error_not_a_hang()
    {
        using var dir = new TempDirectory();
        dir.Write("a.toml", "[extend]\nuseDefault = false\npath = \"b.toml\"\n");
        dir.Write("b.toml", "[extend]\nuseDefault = false\npath = \"a.toml\"\n");

        var ex = Assert.Throws<RuleConfigException>(() => RuleSetBuilder.Build(RuleConfigLoader.LoadFile(Path.Combine(dir.Path, "a.toml"))));

        Assert.Contains("too deep", ex.Message);
    }

    [Fact]
    public void Missing_extend_path_is_an_error_naming_the_file()
    {
        using var dir = new TempDirectory();
        var config = RuleConfigLoader.LoadFile(dir.Write("a.toml", "[extend]\nuseDefault = false\npath = \"missing.toml\"\n"));

        var ex = Assert.Throws<RuleConfigException>(() => RuleSetBuilder.Build(config));

        Assert.Equal(Path.Combine(dir.Path, "missing.toml"), ex.File);
    }

    [Fact]
    public void Gitleaks_config_extending_a_path_only_gets_that_file_rules()
    {
        using var dir = new TempDirectory();
        dir.Write("base.toml", "[extend]\nuseDefault = false\n[[rules]]\nid = \"base-rule\"\nregex = 'base_[0-9]{6}'\nkeywords = [\"base_\"]\n");
        var config = RuleConfigLoader.LoadFile(dir.Write(".gitleaks.toml", "[extend]\npath = \"base.toml\"\n[[rules]]\nid = \"own\"\nregex = 'own_[0-9]{6}'\nkeywords = [\"own_\"]\n"));

        var set = RuleSetBuilder.Build(config);

        Assert.Equal(["base-rule", "own"], set.Rules.Select(r => r.Id).Order());
    }
}
