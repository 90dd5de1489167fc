// Covers NestedRepetition and RegexFactory's timeout choice: which regexes may backtrack catastrophically.
using System.Text.RegularExpressions;

namespace LeakGate.Rules.Tests;

public class NestedRepetitionTests
{
    [Theory]
    [InlineData(@"(a+)+b")]
    [InlineData(@"(?:\w+\s)*end")]
    [InlineData(@"(?:[A-Za-z][A-Za-z-]*: *[^\r\n]*\s+)*-----END")]
    [InlineData(@"((?:ab){2,})+")]
    [InlineData(@"(x[^\n]{0,60}y){2,}")]
    public void Repeated_groups_holding_open_ended_repetition_are_nested(string pattern) =>
        Assert.True(NestedRepetition.IsPresent(pattern));

    [Theory]
    [InlineData(@"(?im)(?:^|[^\w.-])([\w.-]*(?:password|pwd))[ \t]*=[ \t]*""([^\s""]{8,128})""")]
    [InlineData(@"(?:\s+(?:repository|username)\s*=\s*\S+){0,2}\s+password")]
    [InlineData(@"\b(AKIA[A-Z2-7]{16})\b")]
    [InlineData(@"(?:ab)+[(+)]*")]
    [InlineData(@"[(]a+[)]+")]
    [InlineData(@"\(a+\)+")]
    public void Single_level_or_small_repetition_is_not_nested(string pattern) =>
        Assert.False(NestedRepetition.IsPresent(pattern));

    [Fact]
    public void User_regexes_always_get_a_timeout_and_reviewed_built_in_ones_only_when_nested()
    {
        Assert.Equal(RegexFactory.MatchTimeout, RegexFactory.Create(@"\bAKIA[A-Z2-7]{16}\b").MatchTimeout);
        Assert.Equal(Regex.InfiniteMatchTimeout, RegexFactory.Create(@"\bAKIA[A-Z2-7]{16}\b", builtIn: true).MatchTimeout);
        Assert.Equal(RegexFactory.MatchTimeout, RegexFactory.Create(@"(a+)+b", builtIn: true).MatchTimeout);
    }

    [Fact]
    public void The_default_pack_is_built_in_and_a_user_config_is_not()
    {
        Assert.All(DefaultRulePack.Load().Rules, r => Assert.True(r.BuiltIn, r.Id));
        var user = RuleConfigLoader.Parse("[[rules]]\nid = \"x\"\nregex = '''x[0-9]{8}'''\nkeywords = [\"x\"]\n", "user.toml", defaultUseDefault: true, compileRegexes: true);
        Assert.False(user.Rules.Single().BuiltIn);
    }
}
