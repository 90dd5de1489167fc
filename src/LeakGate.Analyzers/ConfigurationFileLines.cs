using System.Text.RegularExpressions;

namespace LeakGate.Analyzers;

/// <summary>
/// Reads name/value pairs from one line of a configuration file: JSON (<c>"Password": "…"</c>), XML
/// (<c>&lt;add key="ApiKey" value="…"/&gt;</c>) or dotenv (<c>export DB_PASSWORD=…</c>). Offsets are into the line.
/// </summary>
internal static class ConfigurationFileLines
{
    private static readonly Regex Json = new(@"""(?<name>[^""\\]+)""\s*:\s*""(?<value>(?:[^""\\]|\\.)*)""", RegexOptions.CultureInvariant);
    private static readonly Regex Xml = new(@"(?:key|name)\s*=\s*""(?<name>[^""]+)""[^>]*?\s(?:value|connectionString)\s*=\s*""(?<value>[^""]*)""", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex DotEnv = new(@"^\s*(?:export\s+)?(?<name>[A-Za-z_][A-Za-z0-9_.]*)\s*=\s*(?<quote>[""']?)(?<value>[^""'#\s]*)\k<quote>", RegexOptions.CultureInvariant);

    public static IEnumerable<(string Name, string Value, int ValueStart)> Pairs(string line, string fileName)
    {
        var regex = fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? Json
            : fileName.EndsWith(".config", StringComparison.OrdinalIgnoreCase) ? Xml
            : DotEnv;
        foreach (Match match in regex.Matches(line))
        {
            var value = match.Groups["value"];
            yield return (match.Groups["name"].Value, value.Value, value.Index);
        }
    }

    /// <summary>The files LG1004 reads: appsettings*.json, *.config and .env files.</summary>
    public static bool IsConfigurationFile(string fileName) =>
        (fileName.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) && fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        || fileName.EndsWith(".config", StringComparison.OrdinalIgnoreCase)
        || fileName.Equals(".env", StringComparison.OrdinalIgnoreCase)
        || fileName.StartsWith(".env.", StringComparison.OrdinalIgnoreCase);
}
