using System.Text.Json;

namespace LeakGate.Stores;

/// <summary>Reads the leaked values out of a JSON report written by <c>leakgate scan --format json --no-redact</c>.</summary>
public static class FindingsReport
{
    public static IReadOnlyList<LeakedSecret> Read(string path)
    {
        if (!File.Exists(path)) throw new StoreConfigurationException($"findings file not found: {path}");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException ex)
        {
            throw new StoreConfigurationException($"{path} is not a JSON report: {ex.Message}");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
            {
                throw new StoreConfigurationException($"{path} is not a leakgate JSON report (no \"findings\" array)");
            }
            if (root.TryGetProperty("redacted", out var redacted) && redacted.ValueKind == JsonValueKind.True)
            {
                throw new StoreConfigurationException($"{path} is redacted: re-run the scan with --no-redact, or use 'leakgate scan --revoke' to keep secrets in memory only");
            }
            var leaks = new List<LeakedSecret>();
            foreach (var finding in findings.EnumerateArray())
            {
                leaks.Add(new LeakedSecret(
                    Required(finding, "fingerprint", path),
                    Required(finding, "ruleId", path),
                    Required(finding, "path", path),
                    finding.TryGetProperty("startLine", out var line) && line.TryGetInt32(out var number) ? number : 0,
                    Required(finding, "secret", path)));
            }
            return leaks;
        }
    }

    private static string Required(JsonElement finding, string name, string path) =>
        finding.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw new StoreConfigurationException($"{path}: a finding has no \"{name}\"");
}
