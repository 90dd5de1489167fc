namespace LeakGate.Rules;

/// <summary>
/// Conditions under which a match is not reported. With <see cref="RequireAll"/> false (gitleaks' "OR"),
/// any one condition allows the match; with true ("AND"), every condition that is set must hold.
/// </summary>
public sealed class Allowlist
{
    public string? Description { get; init; }
    public bool RequireAll { get; init; }
    public IReadOnlyList<DeferredRegex> Regexes { get; init; } = [];
    public RegexTarget RegexTarget { get; init; } = RegexTarget.Secret;
    public IReadOnlyList<DeferredRegex> Paths { get; init; } = [];
    public IReadOnlyList<string> Stopwords { get; init; } = [];
    public IReadOnlyList<string> Commits { get; init; } = [];
    /// <summary>For a global allowlist: the rule ids it applies to (all rules when empty).</summary>
    public IReadOnlyList<string> TargetRules { get; init; } = [];

    public bool AppliesTo(string ruleId) => TargetRules.Count == 0 || TargetRules.Contains(ruleId);

    /// <summary>True when the allowlist has only path conditions, so a whole file can be skipped unread.</summary>
    public bool IsPathOnly => Paths.Count > 0 && Regexes.Count == 0 && Stopwords.Count == 0 && Commits.Count == 0;

    public bool AllowsPath(string? path) => path is not null && Paths.Any(p => p.IsMatch(path));

    public bool Allows(string secret, string match, string line, string? path, string? commit)
    {
        var checks = new List<bool>(4);
        if (Regexes.Count > 0)
        {
            var target = RegexTarget switch { RegexTarget.Match => match, RegexTarget.Line => line, _ => secret };
            checks.Add(Regexes.Any(r => r.IsMatch(target)));
        }
        if (Paths.Count > 0) checks.Add(AllowsPath(path));
        if (Stopwords.Count > 0) checks.Add(Stopwords.Any(w => secret.Contains(w, StringComparison.OrdinalIgnoreCase)));
        if (Commits.Count > 0) checks.Add(commit is not null && Commits.Any(c => commit.StartsWith(c, StringComparison.OrdinalIgnoreCase)));
        if (checks.Count == 0) return false;
        return RequireAll ? checks.All(c => c) : checks.Any(c => c);
    }
}
