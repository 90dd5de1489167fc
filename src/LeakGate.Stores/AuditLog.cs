using System.Text.Json;

namespace LeakGate.Stores;

/// <summary>
/// The append-only JSON-lines record of every planned and applied action. It is also the memory that makes
/// a re-run idempotent: an action logged as applied is not done again.
/// </summary>
public sealed class AuditLog(string path)
{
    public const string Planned = "planned";
    public const string Applied = "applied";
    public const string Skipped = "skipped";
    public const string Failed = "failed";

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public string Path { get; } = path;

    public static string CurrentUser => $"{Environment.UserName}@{Environment.MachineName}";

    public void Append(AuditEntry entry)
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path));
        if (directory is not null) Directory.CreateDirectory(directory);
        File.AppendAllText(Path, JsonSerializer.Serialize(entry, Json) + "\n");
    }

    public IReadOnlyList<AuditEntry> ReadAll()
    {
        if (!File.Exists(Path)) return [];
        var entries = new List<AuditEntry>();
        var number = 0;
        foreach (var line in File.ReadLines(Path))
        {
            number++;
            if (line.Length == 0) continue;
            try
            {
                entries.Add(JsonSerializer.Deserialize<AuditEntry>(line, Json) ?? throw new JsonException("empty entry"));
            }
            catch (JsonException ex)
            {
                throw new StoreConfigurationException($"audit log {Path} line {number} is not an audit entry: {ex.Message}");
            }
        }
        return entries;
    }

    /// <summary>The applied entry for this action, if an earlier run already did it.</summary>
    public AuditEntry? AppliedEarlier(string fingerprint, StoreAction action) =>
        ReadAll().LastOrDefault(e => e.Result == Applied && e.Fingerprint == fingerprint && e.Store == action.Store && e.Action == action.Kind && e.Path == action.Path && e.Version == action.Version);
}
