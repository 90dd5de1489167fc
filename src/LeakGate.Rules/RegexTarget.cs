namespace LeakGate.Rules;

/// <summary>Which text an allowlist regex is tested against.</summary>
public enum RegexTarget
{
    Secret,
    Match,
    Line,
}
