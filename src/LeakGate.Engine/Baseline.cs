using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeakGate.Engine;

/// <summary>
/// Findings already known and accepted: fingerprints with their locations, never the secrets. A finding
/// is suppressed when its fingerprint and path are in the baseline, so it survives line moves but a known
/// secret copied to a new file is reported again.
/// </summary>
public sealed partial class Baseline
{
    public const int FormatVersion = 1;
    private readonly HashSet<(string Fingerprint, string Path)> _known;

    public Baseline(IEnumerable<BaselineEntry> entries)
    {
        Entries = entries.ToList();
        _known = Entries.Select(e => (e.Fingerprint, e.Path)).ToHashSet();
    }

    public IReadOnlyList<BaselineEntry> Entries { get; }

    public bool Contains(Finding finding) => _known.Contains((finding.Fingerprint, finding.Origin.Path));

    public static Baseline FromFindings(IEnumerable<Finding> findings) =>
        new(findings.Select(f => new BaselineEntry(f.Fingerprint, f.RuleId, f.Origin.Path, f.StartLine, f.Origin.Commit?.Sha)));

    public void Save(Stream output) => JsonSerializer.Serialize(output, new BaselineFile(FormatVersion, Entries), BaselineJsonContext.Default.BaselineFile);

    /// <summary>Reads a baseline file; a malformed one is an <see cref="InvalidDataException"/> naming the file.</summary>
    public static Baseline Load(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var file = JsonSerializer.Deserialize(stream, BaselineJsonContext.Default.BaselineFile) ?? throw new InvalidDataException("empty file");
            if (file.Version != FormatVersion) throw new InvalidDataException($"unsupported baseline version {file.Version} (expected {FormatVersion})");
            if (file.Findings is null || file.Findings.Any(f => string.IsNullOrEmpty(f.Fingerprint) || f.Path is null)) throw new InvalidDataException("every entry needs a fingerprint and a path");
            return new Baseline(file.Findings);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}: not a LeakGate baseline: {ex.Message}");
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidDataException($"{path}: {ex.Message}");
        }
    }

    private sealed record BaselineFile(
        [property: JsonPropertyName("version")] int Version,
        [property: JsonPropertyName("findings")] IReadOnlyList<BaselineEntry>? Findings);

    /// <summary>Source-generated (de)serialization: no reflection, so the NativeAOT gate reads baselines as the CLI does.</summary>
    [JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
    [JsonSerializable(typeof(BaselineFile))]
    private sealed partial class BaselineJsonContext : JsonSerializerContext;
}

/// <summary>One accepted finding: its fingerprint and where it was seen (for people reading the file).</summary>
public sealed record BaselineEntry(string Fingerprint, string RuleId, string Path, int Line, string? Commit);
