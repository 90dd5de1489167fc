namespace LeakGate.Analyzers;

/// <summary>Where each diagnostic's page (<c>docs/rules/LGxxxx.md</c>) is published.</summary>
internal static class HelpLinks
{
    public const string Category = "Security";

    public static string For(string id) => $"https://github.com/leakgate/leakgate/blob/main/docs/rules/{id}.md";
}
