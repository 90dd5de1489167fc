// Covers Re2GroupNumbering: a gitleaks numeric secretGroup picks the same group under .NET's numbering as under RE2's.
namespace LeakGate.Rules.Tests;

public class Re2GroupNumberingTests
{
    [Theory]
    [InlineData(@"(?P<key>[a-z]+)=(\d+)", 1, "key")]
    [InlineData(@"(?P<key>[a-z]+)=(\d+)", 2, "1")]
    [InlineData(@"(a)(?P<mid>b)(c)", 3, "2")]
    [InlineData(@"(a)(b)", 2, "2")]
    [InlineData(@"\((x)[(](?P<n>y)", 2, "n")]
    [InlineData(@"(?:a)(?i:b)(c)", 1, "1")]
    public void Maps_an_re2_group_number_to_the_dotnet_group(string pattern, int re2Number, string expected) =>
        Assert.Equal(expected, Re2GroupNumbering.ToDotNetGroup(pattern, re2Number));

    [Fact]
    public void A_gitleaks_rule_with_a_named_group_before_the_secret_reports_the_secret()
    {
        var config = RuleConfigLoader.Parse("[[rules]]\nid = \"r\"\nregex = '''(?P<name>vendor_[a-z]+) = ([A-Z0-9]{24})'''\nsecretGroup = 2\nkeywords = [\"vendor_\"]\n", "g.toml", defaultUseDefault: false, compileRegexes: true);
        var matcher = new SecretMatcher(new RuleSet(config.Rules, []));
        var text = "vendor_api = Q3EGWTAKMXFN7YH2B8RZ5LPV";
        var results = new List<SecretMatch>();

        matcher.Match(text, MatchOptions.Whole(text), results, []);

        Assert.Equal("Q3EGWTAKMXFN7YH2B8RZ5LPV", Assert.Single(results).Secret);
    }
}
