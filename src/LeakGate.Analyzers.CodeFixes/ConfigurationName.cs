using System.Text;

namespace LeakGate.Analyzers.CodeFixes;

/// <summary>Names under which a credential is read instead: <c>dbPassword</c> → <c>DB_PASSWORD</c> or <c>DbPassword</c>.</summary>
internal static class ConfigurationName
{
    public static string EnvironmentVariable(string symbolName) => string.Join("_", CredentialName.WordParts(symbolName)).ToUpperInvariant();

    public static string ConfigurationKey(string symbolName)
    {
        var key = new StringBuilder();
        foreach (var part in CredentialName.WordParts(symbolName)) key.Append(char.ToUpperInvariant(part[0])).Append(part, 1, part.Length - 1);
        return key.ToString();
    }
}
