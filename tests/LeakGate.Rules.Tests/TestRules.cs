// Test support: rule sets built from TOML text and matcher calls, so tests never depend on the default pack.
namespace LeakGate.Rules.Tests;

internal static class TestRules
{
    public static RuleConfig Parse(string toml, string sourceName = "test.toml") =>
        RuleConfigLoader.Parse(toml, sourceName, defaultUseDefault: false, compileRegexes: true);

    public static RuleSet Build(string toml)
    {
        var config = Parse(toml);
        return new RuleSet(config.Rules, config.Allowlists);
    }

    public static SecretMatcher Matcher(string toml) => new(Build(toml));

    public static List<SecretMatch> Match(SecretMatcher matcher, string text, string? path = null, string? commit = null)
    {
        var results = new List<SecretMatch>();
        var warnings = new List<MatchWarning>();
        matcher.Match(text, new MatchOptions(path, commit, 0, text.Length), results, warnings);
        Assert.Empty(warnings);
        return results;
    }
}
