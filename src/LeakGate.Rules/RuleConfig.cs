namespace LeakGate.Rules;

/// <summary>What one TOML file says: its rules, allowlists, and how it relates to the default pack.</summary>
public sealed class RuleConfig
{
    public string? Title { get; init; }
    public string? SourcePath { get; init; }
    /// <summary>Whether the default pack is loaded under this config's rules.</summary>
    public bool UseDefault { get; init; }
    /// <summary>Another config file this one extends (gitleaks' <c>[extend] path</c>), resolved to a full path.</summary>
    public string? ExtendPath { get; init; }
    public IReadOnlyList<string> DisabledRules { get; init; } = [];
    public IReadOnlyList<Rule> Rules { get; init; } = [];
    public IReadOnlyList<Allowlist> Allowlists { get; init; } = [];
}
