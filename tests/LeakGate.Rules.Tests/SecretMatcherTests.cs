// Covers SecretMatcher: keyword windows, secret groups, validators (entropy, checksum, placeholders), inline allow, allowlists, ownership, and regex timeouts.
using System.Diagnostics;

namespace LeakGate.Rules.Tests;

public class SecretMatcherTests
{
    // Invented values, assembled so this file does not itself look like it holds keys.
    private static readonly string Value = "Q3EGWTAKMXFN" + "7YH2B8RZ5LPV";
    private static readonly string OtherValue = "H7QL2ZP9XC4V" + "B6NM1KS8DJ3F";

    private const string VendorRule = """
        [[rules]]
        id = "vendor-key"
        regex = '''\b([A-Z0-9]{24})\b'''
        keywords = ["vendor"]
        """ + "\n";

    private static List<SecretMatch> Match(string toml, string text, string? path = null, string? commit = null) =>
        TestRules.Match(TestRules.Matcher(toml), text, path, commit);

    [Fact]
    public void Finds_a_value_on_the_line_of_a_keyword()
    {
        var text = $"# config\nVendor_Key = {Value}\n";

        var match = Assert.Single(Match(VendorRule, text));

        Assert.Equal("vendor-key", match.Rule.Id);
        Assert.Equal(Value, match.Secret);
        Assert.Equal(text.IndexOf(Value, StringComparison.Ordinal), match.SecretStart);
        Assert.Equal(Value.Length, match.SecretLength);
        Assert.Equal(Value, match.Match);
        Assert.True(match.Entropy > 3);
    }

    [Fact]
    public void Ignores_a_value_away_from_any_keyword()
    {
        Assert.Empty(Match(VendorRule, $"# vendor settings follow\nkey = {Value}\n"));
        Assert.Empty(Match(VendorRule, $"key = {Value}\n"));
        Assert.Empty(Match(VendorRule, $"vendor = " + new string(' ', 1100) + Value));
        Assert.Single(Match(VendorRule, $"vendor = " + new string(' ', 900) + Value));
    }

    [Fact]
    public void Keyword_after_the_value_on_the_same_line_still_opens_a_window()
    {
        var match = Assert.Single(Match(VendorRule, $"{Value} # vendor key\n"));

        Assert.Equal(0, match.SecretStart);
    }

    [Fact]
    public void Finds_several_values_near_several_keywords_in_order()
    {
        var text = $"vendor a = {OtherValue}\nnoise\nvendor b = {Value}\n";

        var matches = Match(VendorRule, text);

        Assert.Equal([OtherValue, Value], matches.Select(m => m.Secret));
        Assert.True(matches[0].MatchStart < matches[1].MatchStart);
    }

    [Fact]
    public void Numbered_secret_group_selects_that_group()
    {
        var toml = """
            [[rules]]
            id = "pair"
            regex = '''(vendor)_([a-z]+) = ([A-Z0-9]{24})'''
            secretGroup = 3
            keywords = ["vendor"]
            """;
        var text = $"vendor_key = {Value}";

        var match = Assert.Single(Match(toml, text));

        Assert.Equal(Value, match.Secret);
        Assert.Equal(13, match.SecretStart);
        Assert.Equal(0, match.MatchStart);
        Assert.Equal(text, match.Match);
    }

    [Fact]
    public void Named_secret_group_selects_that_group()
    {
        var toml = """
            [[rules]]
            id = "named"
            regex = '''(?P<name>vendor_[a-z]+) = (?P<value>[A-Z0-9]{24})'''
            secretGroup = "value"
            keywords = ["vendor"]
            """;

        Assert.Equal(Value, Assert.Single(Match(toml, $"vendor_key = {Value}")).Secret);
    }

    [Fact]
    public void Without_secret_group_the_first_non_empty_group_or_the_whole_match_is_the_secret()
    {
        var groups = """
            [[rules]]
            id = "groups"
            regex = '''vendor(_[a-z]+)? = ([A-Z0-9]{24})'''
            keywords = ["vendor"]
            """;
        var noGroups = """
            [[rules]]
            id = "whole"
            regex = '''vendor = [A-Z0-9]{24}'''
            keywords = ["vendor"]
            """;

        Assert.Equal(Value, Assert.Single(Match(groups, $"vendor = {Value}")).Secret);
        Assert.Equal("_live", Assert.Single(Match(groups, $"vendor_live = {Value}")).Secret);
        Assert.Equal($"vendor = {Value}", Assert.Single(Match(noGroups, $"vendor = {Value}")).Secret);
    }

    [Fact]
    public void Values_below_the_entropy_minimum_are_rejected_by_generic_rules()
    {
        var withEntropy = VendorRule + "entropy = 3.5\nconfidence = \"low\"\n";
        var lowEntropy = "ABABABABABABCDCDCDCDCDCD";

        Assert.Single(Match(VendorRule, $"vendor = {lowEntropy}"));
        Assert.Empty(Match(withEntropy, $"vendor = {lowEntropy}"));
        var match = Assert.Single(Match(withEntropy, $"vendor = {Value}"));
        Assert.Equal(ShannonEntropy.Of(Value), match.Entropy, 10);
    }

    [Fact]
    public void Placeholders_are_rejected_by_generic_rules()
    {
        var placeholder = "MYEXAMPLEKEY" + "7Q3EGWTAKMXF";
        var generic = VendorRule + "confidence = \"low\"\n";

        Assert.Empty(Match(generic, $"vendor = {placeholder}"));
        Assert.Empty(Match(generic, $"vendor = {new string('X', 24)}"));
        Assert.Single(Match(generic, $"vendor = {Value}"));
    }

    [Fact]
    public void Checksum_is_verified_when_the_rule_asks_for_it()
    {
        var toml = """
            [[rules]]
            id = "gh"
            regex = '''\b(ghp_[A-Za-z0-9]{36})\b'''
            keywords = ["ghp_"]
            validate = "github-crc32"
            """;
        var valid = ChecksumValidatorTests.GitHubToken("ghp", seed: 7);
        var broken = valid[..^1] + (valid[^1] == 'A' ? 'B' : 'A');

        Assert.Single(Match(toml, $"token: {valid}"));
        Assert.Empty(Match(toml, $"token: {broken}"));
    }

    [Theory]
    [InlineData("# leakgate:allow")]
    [InlineData("// gitleaks:allow")]
    [InlineData("# pragma: allowlist secret")]
    [InlineData("# LeakGate:Allow")]
    public void Inline_allow_comment_on_the_line_suppresses_the_match(string comment)
    {
        Assert.Empty(Match(VendorRule, $"vendor = {Value} {comment}\n"));
        Assert.Single(Match(VendorRule, $"{comment}\nvendor = {Value}\n"));
        Assert.Single(Match(VendorRule, $"vendor = {Value}\r{comment}\n"));
    }

    [Fact]
    public void Rule_allowlist_regexes_test_the_chosen_target()
    {
        string Rule(string target, string regex) => VendorRule + $"[[rules.allowlists]]\nregexTarget = \"{target}\"\nregexes = ['''{regex}''']\n";

        Assert.Empty(Match(Rule("secret", "^Q3EG"), $"vendor = {Value}"));
        Assert.Single(Match(Rule("secret", "^vendor"), $"vendor = {Value}"));
        Assert.Empty(Match(Rule("line", "^vendor"), $"vendor = {Value}"));
        Assert.Single(Match(Rule("line", "fixture"), $"vendor = {Value}"));
        Assert.Empty(Match(Rule("line", "fixture"), $"vendor = {Value} # fixture"));
        var matchTarget = """
            [[rules]]
            id = "assign"
            regex = '''vendor_(test|live) = ([A-Z0-9]{24})'''
            secretGroup = 2
            keywords = ["vendor"]
            [[rules.allowlists]]
            regexTarget = "match"
            regexes = ['''^vendor_test''']
            """;
        Assert.Empty(Match(matchTarget, $"vendor_test = {Value}"));
        Assert.Single(Match(matchTarget, $"vendor_live = {Value}"));
    }

    [Fact]
    public void Rule_allowlist_paths_stopwords_and_commits()
    {
        var toml = VendorRule + """
            [[rules.allowlists]]
            paths = ['''^fixtures/''']
            [[rules.allowlists]]
            stopwords = ["B8RZ"]
            [[rules.allowlists]]
            commits = ["abc123"]
            """;

        Assert.Empty(Match(toml, $"vendor = {OtherValue}", "fixtures/a.env"));
        Assert.Single(Match(toml, $"vendor = {OtherValue}", "src/fixtures/a.env"));
        Assert.Empty(Match(toml, $"vendor = {Value}", "src/a.env"));
        Assert.Empty(Match(toml, $"vendor = {OtherValue}", "src/a.env", "ABC123def456"));
        Assert.Single(Match(toml, $"vendor = {OtherValue}", "src/a.env", "def456abc123"));
    }

    [Fact]
    public void Allowlist_condition_and_requires_every_condition()
    {
        var toml = VendorRule + """
            [[rules.allowlists]]
            condition = "AND"
            paths = ['''^fixtures/''']
            stopwords = ["B8RZ"]
            """;

        Assert.Empty(Match(toml, $"vendor = {Value}", "fixtures/a.env"));
        Assert.Single(Match(toml, $"vendor = {Value}", "src/a.env"));
        Assert.Single(Match(toml, $"vendor = {OtherValue}", "fixtures/a.env"));
    }

    [Fact]
    public void Global_allowlists_apply_to_all_rules_or_to_their_target_rules()
    {
        var twoRules = VendorRule + """
            [[rules]]
            id = "other-key"
            regex = '''other = ([A-Z0-9]{24})'''
            keywords = ["other"]
            """;
        var global = twoRules + "\n[[allowlists]]\nstopwords = [\"B8RZ\"]\n";
        var targeted = twoRules + "\n[[allowlists]]\ntargetRules = [\"other-key\"]\nstopwords = [\"B8RZ\"]\n";
        var text = $"vendor = {Value}\nother = {Value}\n";

        Assert.Equal(2, Match(twoRules, text).Count);
        Assert.Empty(Match(global, text));
        Assert.Equal("vendor-key", Assert.Single(Match(targeted, text)).Rule.Id);
    }

    [Fact]
    public void Only_matches_starting_in_the_owned_range_are_reported()
    {
        var matcher = TestRules.Matcher(VendorRule);
        var text = $"vendor = {OtherValue}\nvendor = {Value}\n";
        var second = text.LastIndexOf("vendor", StringComparison.Ordinal);

        var results = new List<SecretMatch>();
        matcher.Match(text, new MatchOptions(null, null, second, text.Length), results, []);
        Assert.Equal(Value, Assert.Single(results).Secret);

        results.Clear();
        matcher.Match(text, new MatchOptions(null, null, 0, second), results, []);
        Assert.Equal(OtherValue, Assert.Single(results).Secret);

        results.Clear();
        var inside = text.IndexOf(OtherValue, StringComparison.Ordinal) + 1;
        matcher.Match(text, new MatchOptions(null, null, inside, second), results, []);
        Assert.Empty(results);
    }

    [Fact]
    public void Rule_path_filter_limits_the_rule_to_matching_paths()
    {
        var toml = VendorRule + "path = '''\\.env$'''\n";
        var matcher = TestRules.Matcher(toml);
        var text = $"vendor = {Value}";

        Assert.Single(TestRules.Match(matcher, text, "prod.env"));
        Assert.Empty(TestRules.Match(matcher, text, "prod.yaml"));
        Assert.Empty(TestRules.Match(matcher, text, null));
        var results = new List<SecretMatch>();
        matcher.Match(text, MatchOptions.Whole(text, "prod.yaml") with { IgnorePathFilters = true }, results, []);
        Assert.Single(results);
    }

    [Fact]
    public void Rule_without_keywords_runs_over_the_whole_text()
    {
        var toml = """
            [[rules]]
            id = "anywhere"
            regex = '''\b([A-Z0-9]{24})\b'''
            """;

        Assert.Equal(Value, Assert.Single(Match(toml, $"nothing special\n\n  {Value}\n")).Secret);
    }

    [Fact]
    public void Multi_line_rule_finds_a_secret_that_spans_lines()
    {
        var toml = """
            [[rules]]
            id = "test-key-block"
            regex = '''-----BEGIN TEST KEY-----\s+([A-Za-z0-9+/=\s]{40,}?)\s*-----END TEST KEY-----'''
            keywords = ["-----begin test key-----"]
            """;
        var body = "MIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9\nCnzj4p4WGeKLs1Pt8QuKUpRKfFLfRYC9AIKjbJTWit+CqvjWYzvQwECAwEAAQ";
        var text = $"key:\n-----BEGIN TEST KEY-----\n{body}\n-----END TEST KEY-----\n";

        var match = Assert.Single(Match(toml, text));

        Assert.Equal(body, match.Secret);
    }

    [Fact]
    public async Task Catastrophically_backtracking_regex_times_out_with_a_warning()
    {
        var toml = """
            [[rules]]
            id = "runaway"
            regex = '''trigger=(?=(a+)+b)a+'''
            keywords = ["trigger="]
            """;
        var matcher = TestRules.Matcher(toml);
        var text = "trigger=" + new string('a', 64) + "!\n";
        var results = new List<SecretMatch>();
        var warnings = new List<MatchWarning>();
        var stopwatch = Stopwatch.StartNew();

        var run = Task.Run(() => matcher.Match(text, MatchOptions.Whole(text), results, warnings));

        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.True(finished == run, "the matcher hung instead of timing out");
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(30));
        Assert.Empty(results);
        var warning = Assert.Single(warnings);
        Assert.Equal("runaway", warning.RuleId);
        Assert.Contains("timed out", warning.Message);
    }

    [Fact]
    public void Rule_needing_the_backtracking_engine_still_matches()
    {
        var toml = """
            [[rules]]
            id = "lookahead"
            regex = '''vendor = (?=[A-Z0-9]*[0-9])([A-Z0-9]{24})'''
            keywords = ["vendor"]
            """;

        Assert.Equal(Value, Assert.Single(Match(toml, $"vendor = {Value}")).Secret);
        Assert.Empty(Match(toml, "vendor = QWERTYUIOPASDFGHJKLZXCVB"));
    }

    [Theory]
    [InlineData("a\nb\r\nc\rd", 0, "a")]
    [InlineData("a\nb\r\nc\rd", 2, "b")]
    [InlineData("a\nb\r\nc\rd", 5, "c")]
    [InlineData("a\nb\r\nc\rd", 7, "d")]
    [InlineData("only", 2, "only")]
    public void LineOf_returns_the_line_without_its_terminator(string text, int position, string line)
    {
        Assert.Equal(line, SecretMatcher.LineOf(text, position).ToString());
    }

    [Theory]
    [InlineData("high", true)]
    [InlineData("medium", true)]
    [InlineData("low", false)]
    public void Invented_value_is_kept_at_low_confidence_by_provider_formats_and_dropped_by_generic_rules(string confidence, bool kept)
    {
        var toml = "[[rules]]\nid = \"vendor-key\"\nregex = '''\\b(vk_[A-Za-z0-9]{20})\\b'''\nkeywords = [\"vk_\"]\nconfidence = \"" + confidence + "\"\n";

        var matches = Match(toml, "key = vk_AAAAAAAAAAAAAAAAAAAA\n");

        Assert.Equal(Enum.Parse<Confidence>(confidence, ignoreCase: true), Assert.Single(Match(toml, $"key = vk_{Value[..20]}\n")).Confidence);
        if (kept) Assert.Equal(Confidence.Low, Assert.Single(matches).Confidence);
        else Assert.Empty(matches);
    }

    [Fact]
    public void Template_value_is_dropped_even_by_high_confidence_formats()
    {
        const string toml = "[[rules]]\nid = \"vendor-key\"\nregex = '''(vk_[^\\s\"]{6,40})'''\nkeywords = [\"vk_\"]\nconfidence = \"high\"\n";

        Assert.Empty(Match(toml, "key = \"vk_${VENDOR_KEY}\"\n"));
        Assert.Empty(Match(toml, "key = \"vk_<your-key>\"\n"));
        Assert.Single(Match(toml, $"key = \"vk_{Value}\"\n"));
    }

    [Fact]
    public void A_block_that_starts_inside_the_previous_window_of_its_rule_is_still_found_whole()
    {
        const string toml = "[[rules]]\nid = \"test-block\"\nregex = '''(-----BEGIN TEST KEY-----[\\s\\S]{10,9000}?-----END TEST KEY-----)'''\nkeywords = [\"-----begin test key\"]\n";
        var random = new Random(7);
        string Line() => new(Enumerable.Range(0, 64).Select(_ => "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"[random.Next(64)]).ToArray());
        string Block() => "-----BEGIN TEST KEY-----\n" + string.Join("\n", Enumerable.Range(0, 80).Select(_ => Line())) + "\n-----END TEST KEY-----\n";
        var text = Block() + Block();

        var matches = Match(toml, text);

        Assert.Equal(2, matches.Count);
        Assert.EndsWith("-----END TEST KEY-----", matches[1].Secret);
        Assert.True(matches[1].SecretStart + matches[1].SecretLength > 8192 + 1024, "the second block ends past the first window");
    }
}
