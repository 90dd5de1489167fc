namespace LeakGate.Rules;

/// <summary>The built-in rules: every <c>rules/*.toml</c> file of the repository, embedded at build time.</summary>
public static class DefaultRulePack
{
    private static readonly Lazy<RuleConfig> Pack = new(LoadEmbedded);

    public static RuleConfig Load() => Pack.Value;

    private static RuleConfig LoadEmbedded()
    {
        var assembly = typeof(DefaultRulePack).Assembly;
        var rules = new List<Rule>();
        var allowlists = new List<Allowlist>();
        var ids = new HashSet<string>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("rules/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var config = RuleConfigLoader.Parse(reader.ReadToEnd(), name, defaultUseDefault: false, compileRegexes: false);
            foreach (var rule in config.Rules)
            {
                if (!ids.Add(rule.Id)) throw new RuleConfigException(name, null, rule.Id, "duplicate rule id in the default pack");
                rules.Add(rule);
            }
            allowlists.AddRange(config.Allowlists);
        }
        return new RuleConfig { Title = "LeakGate default rules", SourcePath = "(built-in)", Rules = rules, Allowlists = allowlists };
    }

    /// <summary>The names of the embedded rule files, for diagnostics.</summary>
    public static IEnumerable<string> ResourceNames() =>
        typeof(DefaultRulePack).Assembly.GetManifestResourceNames().Where(n => n.StartsWith("rules/", StringComparison.Ordinal));
}
