// Covers RuleExampleTester: rules are proved against their own examples and negative examples.
namespace LeakGate.Rules.Tests;

public class RuleExampleTesterTests
{
    private static IReadOnlyList<RuleTestFailure> Test(string toml, bool requireExamples = true, IReadOnlyList<Allowlist>? globalAllowlists = null)
    {
        var config = TestRules.Parse(toml);
        return RuleExampleTester.Test(config.Rules, globalAllowlists ?? config.Allowlists, requireExamples);
    }

    private const string GoodRule = """
        [[rules]]
        id = "vendor-token"
        regex = '''\b(vnd_[A-Za-z0-9]{20})\b'''
        keywords = ["vnd_"]
        examples = ['''token = vnd_Hq7Lw2Zp9Xc4Vb6Nm1Ks''', '''"vnd_Q3EGWTAKMXFN7YH2b8Rz"''']
        negativeExamples = ['''token = vnd_short''']
        """;

    [Fact]
    public void Rule_that_proves_its_examples_has_no_failures()
    {
        Assert.Empty(Test(GoodRule));
    }

    [Fact]
    public void Example_that_does_not_match_is_reported()
    {
        var failures = Test(GoodRule.Replace("vnd_Q3EGWTAKMXFN7YH2b8Rz", "vnd_Q3EG-WTAKMXFN7YH2b8Rz"));

        var failure = Assert.Single(failures);
        Assert.Equal("vendor-token", failure.Rule.Id);
        Assert.Contains("example not detected", failure.Message);
        Assert.Contains("vnd_Q3EG-WTAKMXFN7YH2b8Rz", failure.Message);
    }

    [Fact]
    public void Negative_example_that_matches_is_reported()
    {
        var failures = Test(GoodRule.Replace("token = vnd_short", "token = vnd_Zz9Lw2Zp9Xc4Vb6Nm1Ks"));

        var failure = Assert.Single(failures);
        Assert.Contains("negative example detected", failure.Message);
    }

    [Fact]
    public void Rule_with_too_few_examples_is_reported()
    {
        var toml = """
            [[rules]]
            id = "thin"
            regex = '''\b(vnd_[A-Za-z0-9]{20})\b'''
            keywords = ["vnd_"]
            examples = ['''token = vnd_Hq7Lw2Zp9Xc4Vb6Nm1Ks''']
            """;

        var failures = Test(toml);

        Assert.Equal(2, failures.Count);
        Assert.Contains(failures, f => f.Message.Contains($"has 1 examples, needs at least {RuleExampleTester.MinimumExamples}"));
        Assert.Contains(failures, f => f.Message.Contains("negative examples"));
        Assert.Empty(Test(toml, requireExamples: false));
    }

    [Fact]
    public void Rule_without_keywords_is_reported_when_examples_are_required()
    {
        var failures = Test(GoodRule.Replace("keywords = [\"vnd_\"]", ""));

        Assert.Contains("no keywords", Assert.Single(failures).Message);
    }

    [Fact]
    public void Examples_are_tested_regardless_of_the_rule_path_filter()
    {
        Assert.Empty(Test(GoodRule + "\npath = '''\\.env$'''\n"));
    }

    [Fact]
    public void Global_allowlists_are_applied_to_examples()
    {
        var failures = Test(GoodRule + "\n[[allowlists]]\nstopwords = [\"Hq7L\"]\n");

        Assert.Contains("example not detected", Assert.Single(failures).Message);
    }

    [Fact]
    public void Regex_that_does_not_compile_is_reported_not_thrown()
    {
        var config = RuleConfigLoader.Parse("[[rules]]\nid = \"broken\"\nregex = '(vnd_'\nkeywords = [\"vnd_\"]\n", "c.toml", false, compileRegexes: false);

        var failure = Assert.Single(RuleExampleTester.Test(config.Rules, [], requireExamples: false));

        Assert.Contains("does not compile", failure.Message);
    }

    [Fact]
    public void Amendments_are_not_tested()
    {
        var config = TestRules.Parse("[[rules]]\nid = \"amend\"\n[[rules.allowlists]]\npaths = ['x']\n");

        Assert.Empty(RuleExampleTester.Test(config.Rules, [], requireExamples: true));
    }

    [Fact]
    public void Path_only_rule_needs_examples_but_no_keywords()
    {
        var config = TestRules.Parse("[[rules]]\nid = \"jks\"\npath = '''\\.jks$'''\n");

        var failures = RuleExampleTester.Test(config.Rules, [], requireExamples: true);

        Assert.Equal(2, failures.Count);
        Assert.DoesNotContain(failures, f => f.Message.Contains("keywords"));
    }
}
