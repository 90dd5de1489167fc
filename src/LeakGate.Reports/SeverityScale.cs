using LeakGate.Rules;

namespace LeakGate.Reports;

/// <summary>One mapping of rule severity to the scales other tools use, so every format agrees.</summary>
public static class SeverityScale
{
    /// <summary>GitHub's security-severity (CVSS-like 0.0–10.0): ≥9 critical, ≥7 high, ≥4 medium.</summary>
    public static string SecuritySeverity(Severity severity) => severity switch
    {
        Severity.Critical => "9.5",
        Severity.High => "8.0",
        Severity.Medium => "5.5",
        _ => "3.0",
    };

    public static string Name(Severity severity) => severity.ToString().ToLowerInvariant();

    public static string Name(Confidence confidence) => confidence.ToString().ToLowerInvariant();
}
