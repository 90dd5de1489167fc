// Covers RuleConfigLoader: our rule format, real-world gitleaks v8 configs, and the file/line/rule naming of every config error.
namespace LeakGate.Rules.Tests;

public class RuleConfigLoaderTests
{
    private const string OurFormat = """
        title = "team rules"

        [[rules]]
        id = "vendor-token"
        description = "Vendor API token"
        regex = '''\b(vnd_[A-Za-z0-9]{28})\b'''
        secretGroup = 1
        keywords = ["VND_", "vnd_", ""]
        entropy = 3.5
        tags = ["vendor", "api"]
        severity = "critical"
        confidence = "high"
        validate = "github-crc32"
        examples = ['''token = vnd_Q3EGWTAKMXFN7YH2b8Rz5LpVd41c''', '''x''']
        negativeExamples = ['''token = vnd_EXAMPLE''']

        [[rules.allowlists]]
        description = "fixtures"
        paths = ['''^fixtures/''']

        [[rules]]
        id = "keystore-file"
        description = "A Java keystore committed to the repository"
        path = '''\.jks$'''
        severity = "medium"
        """;

    // A realistic .gitleaks.toml: extends the default pack, old-style [allowlist], new-style [[allowlists]] and
    // [[rules.allowlists]] with conditions, RE2 regex syntax as gitleaks users write it.
    private const string GitleaksConfig = """
        title = "Custom Gitleaks configuration"
        minVersion = "v8.25.0"

        [extend]
        useDefault = true
        disabledRules = ["generic-api-key", "sidekiq-secret"]

        [[rules]]
        id = "internal-service-token"
        description = "Internal service token"
        regex = '''(?i)\b(isvc_(?P<body>[[:alnum:]]{32}))(?:['|\"|\n|\r|\s|\x60|;]|$)'''
        secretGroup = 1
        entropy = 3.5
        keywords = ["isvc_"]
        tags = ["internal", "token"]

            [[rules.allowlists]]
            description = "known test tokens in test data"
            condition = "AND"
            regexTarget = "match"
            regexes = ['''isvc_TEST''']
            paths = ['''(?:^|/)testdata/''']

            [[rules.allowlists]]
            condition = "OR"
            stopwords = ["dummy", "sample"]
            commits = ["4f2c0b1a9e"]

        [[rules]]
        id = "legacy-db-password"
        description = "Legacy database password"
        regex = '''(?i)legacy_db_pass(?:word)?\s*[=:]\s*['"]?([^\s'"]{12,64})'''
        keywords = ["legacy_db_pass"]

            [rules.allowlist]
            regexTarget = "line"
            regexes = ['''(?i)os\.getenv''']

        [allowlist]
        description = "global allowlist"
        regexTarget = "line"
        regexes = ['''(?i)nosecret''']
        paths = ['''gitleaks\.toml''', '''(?:^|/)vendor/''', '''(.*?)(jpg|gif|doc|pdf|bin)$''']
        stopwords = ["EXAMPLE"]
        commits = ["1f3e7b6c2d"]

        [[allowlists]]
        description = "docs may show the internal token format"
        targetRules = ["internal-service-token"]
        paths = ['''^docs/''']
        """;

    [Fact]
    public void Parses_every_field_of_our_format()
    {
        var config = RuleConfigLoader.Parse(OurFormat, "team.toml", defaultUseDefault: true, compileRegexes: true);

        Assert.Equal("team rules", config.Title);
        Assert.Equal("team.toml", config.SourcePath);
        Assert.True(config.UseDefault);
        Assert.Equal(2, config.Rules.Count);

        var rule = config.Rules[0];
        Assert.Equal("vendor-token", rule.Id);
        Assert.Equal("Vendor API token", rule.Description);
        Assert.Equal("1", rule.SecretGroup);
        Assert.Equal(["vnd_"], rule.Keywords);
        Assert.Equal(3.5, rule.MinEntropy);
        Assert.Equal(["vendor", "api"], rule.Tags);
        Assert.Equal(Severity.Critical, rule.Severity);
        Assert.Equal(Confidence.High, rule.Confidence);
        Assert.Equal(ChecksumKind.GitHubCrc32, rule.Checksum);
        Assert.Equal(2, rule.Examples.Count);
        Assert.Single(rule.NegativeExamples);
        Assert.Equal("team.toml:3", rule.Source);
        var allowlist = Assert.Single(rule.Allowlists);
        Assert.Equal("fixtures", allowlist.Description);
        Assert.True(allowlist.AllowsPath("fixtures/a.txt"));
        Assert.False(allowlist.AllowsPath("src/fixtures/a.txt"));
        Assert.NotNull(rule.Regex);
        Assert.Matches(rule.Regex!, "vnd_" + "Q3EGWTAKMXFN7YH2b8Rz5LpVd41c");

        var pathRule = config.Rules[1];
        Assert.Null(pathRule.Pattern);
        Assert.False(pathRule.IsAmendment);
        Assert.Matches(pathRule.PathFilter!.Value, "deploy/prod.jks");
        Assert.Equal(Severity.Medium, pathRule.Severity);
        Assert.Equal(Confidence.Medium, pathRule.Confidence);
    }

    [Fact]
    public void Defaults_apply_to_a_minimal_rule()
    {
        var config = TestRules.Parse("""
            [[rules]]
            id = "minimal"
            regex = "abc"
            """);

        var rule = Assert.Single(config.Rules);
        Assert.Equal("minimal", rule.Description);
        Assert.Null(rule.SecretGroup);
        Assert.Null(rule.MinEntropy);
        Assert.Equal(Severity.High, rule.Severity);
        Assert.Equal(Confidence.Medium, rule.Confidence);
        Assert.Equal(ChecksumKind.None, rule.Checksum);
        Assert.Empty(rule.Allowlists);
        Assert.False(config.UseDefault);
    }

    [Fact]
    public void Parses_a_realistic_gitleaks_v8_config()
    {
        var config = RuleConfigLoader.Parse(GitleaksConfig, ".gitleaks.toml", defaultUseDefault: false, compileRegexes: true);

        Assert.Equal("Custom Gitleaks configuration", config.Title);
        Assert.True(config.UseDefault);
        Assert.Equal(["generic-api-key", "sidekiq-secret"], config.DisabledRules);
        Assert.Null(config.ExtendPath);
        Assert.Equal(["internal-service-token", "legacy-db-password"], config.Rules.Select(r => r.Id));

        var token = config.Rules[0];
        Assert.Equal("1", token.SecretGroup);
        Assert.Equal(3.5, token.MinEntropy);
        Assert.Equal(["isvc_"], token.Keywords);
        Assert.Equal(2, token.Allowlists.Count);
        var and = token.Allowlists[0];
        Assert.True(and.RequireAll);
        Assert.Equal(RegexTarget.Match, and.RegexTarget);
        Assert.Single(and.Regexes);
        Assert.Single(and.Paths);
        var or = token.Allowlists[1];
        Assert.False(or.RequireAll);
        Assert.Equal(["dummy", "sample"], or.Stopwords);
        Assert.Equal(["4f2c0b1a9e"], or.Commits);

        // The RE2 pattern was translated: named group, POSIX class, \x60, and secretGroup 1 is the whole token.
        var body = "Hq7Lw2Zp9Xc4Vb6Nm1Ks8Dj3Fg5Rt0Ya";
        var tokenLine = $"SERVICE_TOKEN=isvc_{body};";
        Assert.Matches(token.Regex!, tokenLine);
        var match = token.Regex!.Match(tokenLine);
        Assert.Equal("isvc_" + body, match.Groups[1].Value);
        Assert.Equal(body, match.Groups["body"].Value);

        var legacy = config.Rules[1];
        var single = Assert.Single(legacy.Allowlists);
        Assert.Equal(RegexTarget.Line, single.RegexTarget);

        Assert.Equal(2, config.Allowlists.Count);
        var global = config.Allowlists[0];
        Assert.Equal("global allowlist", global.Description);
        Assert.Equal(RegexTarget.Line, global.RegexTarget);
        Assert.Equal(3, global.Paths.Count);
        Assert.True(global.AllowsPath("assets/logo.gif"));
        Assert.True(global.AllowsPath("third_party/vendor/lib.go"));
        Assert.False(global.AllowsPath("src/main.go"));
        Assert.Equal(["EXAMPLE"], global.Stopwords);
        Assert.Equal(["1f3e7b6c2d"], global.Commits);
        Assert.True(global.AppliesTo("anything"));
        var targeted = config.Allowlists[1];
        Assert.Equal(["internal-service-token"], targeted.TargetRules);
        Assert.True(targeted.AppliesTo("internal-service-token"));
        Assert.False(targeted.AppliesTo("legacy-db-password"));
        Assert.True(targeted.IsPathOnly);
    }

    [Fact]
    public void Gitleaks_config_allowlists_take_effect_in_the_matcher()
    {
        var config = RuleConfigLoader.Parse(GitleaksConfig, ".gitleaks.toml", defaultUseDefault: false, compileRegexes: true);
        var matcher = new SecretMatcher(new RuleSet(config.Rules, config.Allowlists));
        var real = "isvc_" + "Hq7Lw2Zp9Xc4Vb6Nm1Ks8Dj3Fg5Rt0Ya";
        var test = "isvc_" + "TESTw2Zp9Xc4Vb6Nm1Ks8Dj3Fg5Rt0Ya";

        Assert.Single(TestRules.Match(matcher, $"t = {real}\n", "src/app.py"));
        // AND: both the match regex and the path must hold.
        Assert.Empty(TestRules.Match(matcher, $"t = {test}\n", "pkg/testdata/app.py"));
        Assert.Single(TestRules.Match(matcher, $"t = {test}\n", "src/app.py"));
        Assert.Single(TestRules.Match(matcher, $"t = {real}\n", "pkg/testdata/app.py"));
        // OR: a commit prefix alone is enough.
        Assert.Empty(TestRules.Match(matcher, $"t = {real}\n", "src/app.py", "4f2c0b1a9e77d0c3"));
        // Global [allowlist], regexTarget line.
        Assert.Empty(TestRules.Match(matcher, $"t = {real} # nosecret\n", "src/app.py"));
        // Targeted [[allowlists]] applies to its rule only.
        Assert.Empty(TestRules.Match(matcher, $"t = {real}\n", "docs/tokens.md"));
        Assert.Single(TestRules.Match(matcher, "legacy_db_password = 'Vq3!rT9zLp2#xW7m'\n", "docs/tokens.md"));
        Assert.Empty(TestRules.Match(matcher, "legacy_db_password = os.getenv('LEGACY_PASSWORD_VARIABLE')\n", "src/db.py"));
    }

    [Fact]
    public void Gitleaks_named_file_replaces_the_default_pack_unless_it_extends_it()
    {
        using var dir = new TempDirectory();
        var rule = "[[rules]]\nid = \"r\"\nregex = 'abc'\nkeywords = [\"abc\"]\n";

        Assert.False(RuleConfigLoader.LoadFile(dir.Write(".gitleaks.toml", rule)).UseDefault);
        Assert.True(RuleConfigLoader.LoadFile(dir.Write("gitleaks-extends.toml", "[extend]\nuseDefault = true\n" + rule)).UseDefault);
        Assert.True(RuleConfigLoader.LoadFile(dir.Write(".leakgate.toml", rule)).UseDefault);
        Assert.False(RuleConfigLoader.LoadFile(dir.Write("leakgate-alone.toml", "[extend]\nuseDefault = false\n" + rule)).UseDefault);
    }

    [Fact]
    public void Gitleaks_extend_path_without_useDefault_does_not_pull_in_the_default_pack()
    {
        // gitleaks: [extend] path extends that file only; the default pack needs useDefault = true.
        using var dir = new TempDirectory();
        dir.Write("base.gitleaks.toml", "[[rules]]\nid = \"base\"\nregex = 'abc'\nkeywords = [\"abc\"]\n");
        var config = RuleConfigLoader.LoadFile(dir.Write(".gitleaks.toml", "[extend]\npath = \"base.gitleaks.toml\"\n"));

        Assert.False(config.UseDefault);
        Assert.Equal(Path.Combine(dir.Path, "base.gitleaks.toml"), config.ExtendPath);
    }

    [Fact]
    public void Relative_extend_path_is_resolved_against_the_config_directory()
    {
        using var dir = new TempDirectory();
        var config = RuleConfigLoader.LoadFile(dir.Write("main.toml", "[extend]\npath = \"shared/base.toml\"\n"));

        Assert.Equal(Path.Combine(dir.Path, "shared", "base.toml"), config.ExtendPath);
    }

    [Fact]
    public void Unreadable_config_file_is_a_config_error_naming_the_file()
    {
        var missing = Path.Combine(Path.GetTempPath(), "leakgate-missing-" + Guid.NewGuid().ToString("N"), "x.toml");

        var ex = Assert.Throws<RuleConfigException>(() => RuleConfigLoader.LoadFile(missing));

        Assert.Equal(missing, ex.File);
        Assert.Contains(missing, ex.Message);
    }

    [Fact]
    public void Invalid_toml_names_file_and_line()
    {
        var text = "title = \"x\"\n\n[[rules]]\nid = = \"broken\"\n";

        var ex = Assert.Throws<RuleConfigException>(() => RuleConfigLoader.Parse(text, "bad.toml", false, true));

        Assert.Equal("bad.toml", ex.File);
        Assert.Equal(4, ex.Line);
        Assert.StartsWith("bad.toml:4: ", ex.Message);
        Assert.Contains("invalid TOML", ex.Message);
    }

    [Fact]
    public void Unknown_rule_field_names_file_line_and_rule()
    {
        var text = """
            [[rules]]
            id = "vendor-token"
            regex = 'vnd_[a-z]{8}'
            keywrods = ["vnd_"]
            """;

        var ex = Assert.Throws<RuleConfigException>(() => RuleConfigLoader.Parse(text, "rules.toml", false, true));

        Assert.Equal("rules.toml", ex.File);
        Assert.Equal(4, ex.Line);
        Assert.Equal("vendor-token", ex.RuleId);
        Assert.StartsWith("rules.toml:4: rule 'vendor-token': ", ex.Message);
        Assert.Contains("keywrods", ex.Message);
    }

    [Theory]
    [InlineData("[extend]\nuseDefualt = true\n", 2, "useDefualt")]
    [InlineData("titel = \"x\"\n", 1, "titel")]
    [InlineData("[[rules]]\nid = \"r\"\nregex = 'a'\n[[rules.allowlists]]\nregex = ['a']\n", 5, "regex")]
    public void Unknown_field_outside_a_rule_names_file_and_line(string text, int line, string field)
    {
        var ex = Assert.Throws<RuleConfigException>(() => RuleConfigLoader.Parse(text, "c.toml", false, true));

        Assert.Equal(line, ex.Line);
        Assert.Contains($"'{field}'", ex.Message);
        Assert.StartsWith($"c.toml:{line}: ", ex.Message);
    }

    [Fact]
    public void Regex_that_does_not_compile_names_rule_and_line()
    {
        var text = """
            [[rules]]
            id = "first"
            regex = 'ok'

            [[rules]]
            id = "broken-regex"
            description = "unbalanced"
            regex = '''secret=(abc'''
            """;

        var ex = Assert.Throws<RuleConfigException>(() => RuleConfigLoader.Parse(text, "rules.toml", false, compileRegexes: true));

        Assert.Equal("broken-regex", ex.RuleId);
        Assert.Equal(8, ex.Line);
        Assert.Contains("rules.toml:8: rule 'broken-regex'", ex.Message);
        Assert.Contains("does not compile", ex.Message);
    }

    [Fact]
    public void Regex_with_untranslatable_re2_syntax_names_rule_and_line()
    {
        var text = "[[rules]]\nid = \"ungreedy\"\nregex = '(?U)a+'\n";

        var ex = Assert.Throws<RuleConfigException>(() => RuleConfigLoader.Parse(text, "rules.toml", false, compileRegexes: false));

        Assert.Equal("ungreedy", ex.RuleId);
        Assert.Equal(3, ex.Line);
        Assert.Contains("RE2", ex.Message);
    }

    [Theory]
    [InlineData("secretGroup = 2", "'(a)b'")]
    [InlineData("secretGroup = -1", "'(a)b'")]
    [InlineData("secretGroup = \"value\"", "'(?P<val>a)b'")]
    [InlineData("secretGroup = 1", "'ab'")]
    public void Bad_secret_group_names_rule_and_line(string secretGroup, string regex)
    {
        var text = $"[[rules]]\nid = \"grouped\"\nregex = {regex}\n{secretGroup}\n";

        var ex = Assert.Throws<RuleConfigException>(() => RuleConfigLoader.Parse(text, "rules.toml", false, compileRegexes: true));

        Assert.Equal("grouped", ex.RuleId);
        Assert.Equal(4, ex.Line);
        Assert.Contains("secretGroup", ex.Message);
    }

    [Theory]
    [InlineData("secretGroup = 1", "'(a)b'")]
    [InlineData("secretGroup = 0", "'(a)b'")]
    [InlineData("secretGroup = \"val\"", "'(?P<val>a)b'")]
    public void Valid_secret_group_is_accepted(string secretGroup, string regex)
    {
        var config = TestRules.Parse($"[[rules]]\nid = \"grouped\"\nregex = {regex}\n{secretGroup}\n");

        Assert.NotNull(Assert.Single(config.Rules).SecretGroup);
    }

    [Fact]
    public void Secret_group_of_the_wrong_type_is_an_error()
    {
        var ex = Assert.Throws<RuleConfigException>(() => TestRules.Parse("[[rules]]\nid = \"g\"\nregex = '(a)'\nsecretGroup = 1.5\n"));

        Assert.Equal(4, ex.Line);
        Assert.Equal("g", ex.RuleId);
    }

    [Fact]
    public void Duplicate_rule_id_is_an_error_naming_the_rule()
    {
        var text = """
            [[rules]]
            id = "twice"
            regex = 'a'

            [[rules]]
            id = "twice"
            regex = 'b'
            """;

        var ex = Assert.Throws<RuleConfigException>(() => RuleConfigLoader.Parse(text, "rules.toml", false, true));

        Assert.Equal("twice", ex.RuleId);
        Assert.Equal("rules.toml", ex.File);
        Assert.Contains("duplicate", ex.Message);
        Assert.Equal(5, ex.Line);
    }

    [Theory]
    [InlineData("[[rules]]\nregex = 'a'\n", "no 'id'")]
    [InlineData("[[rules]]\nid = \"r\"\nregex = 'a'\nseverity = \"urgent\"\n", "severity")]
    [InlineData("[[rules]]\nid = \"r\"\nregex = 'a'\nconfidence = \"2\"\n", "confidence")]
    [InlineData("[[rules]]\nid = \"r\"\nregex = 'a'\nvalidate = \"luhn\"\n", "luhn")]
    [InlineData("[[rules]]\nid = \"r\"\nregex = 'a'\nkeywords = \"a\"\n", "keywords")]
    [InlineData("[[rules]]\nid = \"r\"\nregex = 'a'\nentropy = \"high\"\n", "entropy")]
    [InlineData("[[rules]]\nid = \"r\"\nregex = 'a'\n[[rules.allowlists]]\ncondition = \"XOR\"\n", "condition")]
    [InlineData("[[rules]]\nid = \"r\"\nregex = 'a'\n[[rules.allowlists]]\nregexTarget = \"file\"\n", "regexTarget")]
    [InlineData("[[rules]]\nid = \"r\"\nregex = 'a'\n[[rules.allowlists]]\npaths = ['(']\n", "does not compile")]
    [InlineData("[extend]\nurl = \"https://host.test/gitleaks.toml\"\n", "url")]
    public void Invalid_values_are_config_errors(string text, string mentioned)
    {
        var ex = Assert.Throws<RuleConfigException>(() => RuleConfigLoader.Parse(text, "c.toml", false, true));

        Assert.Contains(mentioned, ex.Message);
        Assert.NotNull(ex.Line);
    }

    [Fact]
    public void Without_compiling_a_bad_regex_loads_and_fails_on_first_use()
    {
        var config = RuleConfigLoader.Parse("[[rules]]\nid = \"lazy\"\nregex = '(x'\n", "c.toml", false, compileRegexes: false);

        var rule = Assert.Single(config.Rules);
        Assert.ThrowsAny<ArgumentException>(() => rule.EnsureCompiled());
    }
}
