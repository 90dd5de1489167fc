namespace LeakGate.Rules;

/// <summary>Comments that mark a line as reviewed and not secret: ours, gitleaks' and detect-secrets'.</summary>
public static class InlineAllowDirective
{
    private static readonly string[] Markers = ["leakgate:allow", "gitleaks:allow", "pragma: allowlist secret"];

    public static bool IsPresent(ReadOnlySpan<char> line)
    {
        foreach (var marker in Markers)
        {
            if (line.Contains(marker, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
