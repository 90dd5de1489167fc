namespace LeakGate.Rules;

/// <summary>
/// The built-in rules. Scans load the compiled form (<see cref="CompiledRulePack"/>, written at build time);
/// proving rules against their examples loads the <c>rules/*.toml</c> files themselves, also embedded.
/// </summary>
public static class DefaultRulePack
{
    public const string CompiledResourceName = "rules.compiled.bin";
    private static readonly Lazy<RuleConfig> Pack = new(LoadCompiled);
    private static readonly Lazy<RuleConfig> Sources = new(LoadSources);

    /// <summary>The rules for scanning, without their examples.</summary>
    public static RuleConfig Load() => Pack.Value;

    /// <summary>The rules parsed from their TOML files, with examples and negative examples.</summary>
    public static RuleConfig LoadWithExamples() => Sources.Value;

    /// <summary>The names of the embedded rule files, for diagnostics.</summary>
    public static IEnumerable<string> ResourceNames() =>
        typeof(DefaultRulePack).Assembly.GetManifestResourceNames().Where(n => n.StartsWith("rules/", StringComparison.Ordinal));

    /// <summary>Parses rule files (<paramref name="files"/>: name and text) into one pack; ids must be unique across files.</summary>
    public static RuleConfig Combine(IEnumerable<(string Name, string Text)> files, bool compileRegexes)
    {
        var rules = new List<Rule>();
        var allowlists = new List<Allowlist>();
        var ids = new HashSet<string>();
        foreach (var (name, text) in files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            var config = RuleConfigLoader.Parse(text, name, defaultUseDefault: false, compileRegexes, builtIn: true);
            foreach (var rule in config.Rules)
            {
                if (!ids.Add(rule.Id)) throw new RuleConfigException(name, null, rule.Id, "duplicate rule id in the default pack");
                rules.Add(rule);
            }
            allowlists.AddRange(config.Allowlists);
        }
        return new RuleConfig { Title = "LeakGate default rules", SourcePath = "(built-in)", Rules = rules, Allowlists = allowlists };
    }

    private static RuleConfig LoadCompiled()
    {
        using var stream = typeof(DefaultRulePack).Assembly.GetManifestResourceStream(CompiledResourceName);
        return stream is null ? LoadSources() : CompiledRulePack.Read(stream, CompiledResourceName);
    }

    private static RuleConfig LoadSources()
    {
        var assembly = typeof(DefaultRulePack).Assembly;
        return Combine(ResourceNames().Select(name =>
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            return (name, reader.ReadToEnd());
        }), compileRegexes: false);
    }
}
