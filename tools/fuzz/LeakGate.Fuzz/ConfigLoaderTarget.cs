using System.Text;
using LeakGate.Rules;

namespace LeakGate.Fuzz;

/// <summary>
/// A user config file: parsed, its regexes translated and compiled, merged with the default pack and run over a
/// line. A <see cref="RuleConfigException"/> is the promised answer to a bad file; any other exception is a bug.
/// </summary>
public static class ConfigLoaderTarget
{
    private const string Sample = "api_key = \"tok_0123456789abcdefABCDEF\" # password: hunter2hunter2\n";

    public static void Run(Stream input)
    {
        var text = new StreamReader(input, Encoding.UTF8).ReadToEnd();
        RuleSet rules;
        try
        {
            rules = RuleSetBuilder.Build(RuleConfigLoader.Parse(text, "fuzz.toml", defaultUseDefault: false, compileRegexes: true));
        }
        catch (RuleConfigException)
        {
            return;
        }
        var matcher = new SecretMatcher(rules);
        matcher.Match(Sample, new MatchOptions("fuzz.txt", null, 0, Sample.Length), [], []);
    }
}
