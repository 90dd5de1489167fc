namespace LeakGate.Rules;

/// <summary>The rules and global allowlists in force for a scan, with the prefilter built over their keywords.</summary>
public sealed class RuleSet
{
    public RuleSet(IReadOnlyList<Rule> rules, IReadOnlyList<Allowlist> allowlists)
    {
        Rules = rules;
        Allowlists = allowlists;
        Prefilter = new KeywordPrefilter(rules);
        PathRules = rules.Where(r => r.Pattern is null && r.PathFilter is not null).ToList();
    }

    public IReadOnlyList<Rule> Rules { get; }
    public IReadOnlyList<Allowlist> Allowlists { get; }
    internal KeywordPrefilter Prefilter { get; }
    /// <summary>Rules that fire on a file's path alone (e.g. a keystore file), with no content regex.</summary>
    public IReadOnlyList<Rule> PathRules { get; }

    /// <summary>True when a global, path-only allowlist excludes the file, so it need not be read at all.</summary>
    public bool IsPathAllowlisted(string path) =>
        Allowlists.Any(a => a.IsPathOnly && a.TargetRules.Count == 0 && a.AllowsPath(path));
}
