// Issue 9: inputs the config-loader fuzzer (tools/fuzz) found crashing the loader; each must be a RuleConfigException.
namespace LeakGate.Rules.Tests;

public class RuleConfigLoaderFuzzFindingsTests
{
    [Theory]
    [InlineData("\"\\")]
    [InlineData("a = \"\\")]
    [InlineData("[[rules]]\nid = \"x\"\nregex = \"abc\\")]
    public void A_string_ending_in_a_backslash_at_the_end_of_the_file_is_a_config_error(string text)
    {
        var error = Assert.Throws<RuleConfigException>(() => RuleConfigLoader.Parse(text, "fuzz.toml", defaultUseDefault: false, compileRegexes: true));

        Assert.Contains("invalid TOML", error.Message);
        Assert.Contains("fuzz.toml", error.Message);
    }
}
