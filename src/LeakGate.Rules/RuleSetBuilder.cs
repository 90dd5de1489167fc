namespace LeakGate.Rules;

/// <summary>
/// Combines the default pack, any configs a config extends, and the user's config into one
/// <see cref="RuleSet"/>: later rules replace earlier ones with the same id, disabled ids are dropped,
/// allowlists accumulate.
/// </summary>
public static class RuleSetBuilder
{
    private const int MaxExtendDepth = 8;

    public static RuleSet Build(RuleConfig? user)
    {
        var rules = new Dictionary<string, Rule>();
        var allowlists = new List<Allowlist>();
        if (user is null)
        {
            Apply(DefaultRulePack.Load(), rules, allowlists);
        }
        else
        {
            Compose(user, rules, allowlists, depth: 0);
        }
        return new RuleSet(rules.Values.ToList(), allowlists);
    }

    private static void Compose(RuleConfig config, Dictionary<string, Rule> rules, List<Allowlist> allowlists, int depth)
    {
        if (depth > MaxExtendDepth) throw new RuleConfigException(config.SourcePath, null, null, "[extend] path chain is too deep (a cycle?)");
        if (config.UseDefault) Apply(DefaultRulePack.Load(), rules, allowlists);
        if (config.ExtendPath is not null) Compose(RuleConfigLoader.LoadFile(config.ExtendPath), rules, allowlists, depth + 1);
        foreach (var id in config.DisabledRules) rules.Remove(id);
        Apply(config, rules, allowlists);
    }

    private static void Apply(RuleConfig config, Dictionary<string, Rule> rules, List<Allowlist> allowlists)
    {
        foreach (var rule in config.Rules)
        {
            if (!rule.IsAmendment)
            {
                rules[rule.Id] = rule;
            }
            else if (rules.TryGetValue(rule.Id, out var existing))
            {
                rules[rule.Id] = existing.WithExtraAllowlists(rule.Allowlists);
            }
            else
            {
                throw new RuleConfigException(config.SourcePath, null, rule.Id, "rule has no 'regex' or 'path', and no rule with this id exists to amend");
            }
        }
        allowlists.AddRange(config.Allowlists);
    }
}
