using Tomlyn.Model;
using Tomlyn.Serialization;

namespace LeakGate.Rules;

/// <summary>
/// Typed, line-aware access to one TOML table: every read names the key's line on error, and
/// <see cref="RejectUnknownKeys"/> turns a misspelt field into an error instead of a silently ignored one.
/// </summary>
internal sealed class TomlTableReader(TomlTable table, TomlMetadataStore metadata, string? file, int tableLine, string? ruleId)
{
    public string? File => file;
    public int TableLine => tableLine;
    public string? RuleId { get; set; } = ruleId;

    public int LineOf(string key)
    {
        if (metadata.TryGetProperties(table, out var properties) && properties is not null
            && properties.TryGetProperty(key, out var property) && property is not null)
        {
            return property.Span.Start.Line + 1;
        }
        return tableLine;
    }

    public RuleConfigException Error(string key, string message) => new(file, LineOf(key), RuleId, message);

    public void RejectUnknownKeys(IReadOnlyCollection<string> known)
    {
        foreach (var key in table.Keys)
        {
            if (!known.Contains(key)) throw Error(key, $"unknown field '{key}' (known: {string.Join(", ", known)})");
        }
    }

    public bool Has(string key) => table.ContainsKey(key);

    public string? String(string key) => table.TryGetValue(key, out var value) ? value as string ?? throw Error(key, $"'{key}' must be a string") : null;

    public bool? Bool(string key) => table.TryGetValue(key, out var value) ? value as bool? ?? throw Error(key, $"'{key}' must be true or false") : null;

    public double? Number(string key) => table.TryGetValue(key, out var value)
        ? value switch { long l => l, double d => d, _ => throw Error(key, $"'{key}' must be a number") }
        : null;

    /// <summary>An integer or a string (gitleaks' secretGroup is an index; a named group is also accepted).</summary>
    public string? IntegerOrString(string key) => table.TryGetValue(key, out var value)
        ? value switch { long l => l.ToString(System.Globalization.CultureInfo.InvariantCulture), string s => s, _ => throw Error(key, $"'{key}' must be a group number or name") }
        : null;

    public IReadOnlyList<string> Strings(string key)
    {
        if (!table.TryGetValue(key, out var value)) return [];
        if (value is not TomlArray array) throw Error(key, $"'{key}' must be an array of strings");
        var result = new List<string>(array.Count);
        foreach (var item in array)
        {
            result.Add(item as string ?? throw Error(key, $"'{key}' must contain only strings"));
        }
        return result;
    }

    public TomlTableReader? Table(string key)
    {
        if (!table.TryGetValue(key, out var value)) return null;
        if (value is not TomlTable child) throw Error(key, $"'{key}' must be a table");
        return new TomlTableReader(child, metadata, file, LineOf(key), RuleId);
    }

    /// <summary>An array of tables (<c>[[key]]</c>); a single table is accepted as a one-element array.</summary>
    public IReadOnlyList<TomlTableReader> Tables(string key)
    {
        if (!table.TryGetValue(key, out var value)) return [];
        var line = LineOf(key);
        return value switch
        {
            TomlTableArray array => array.Select(t => new TomlTableReader(t, metadata, file, FirstLine(t, line), RuleId)).ToList(),
            TomlTable single => [new TomlTableReader(single, metadata, file, line, RuleId)],
            _ => throw Error(key, $"'{key}' must be an array of tables"),
        };
    }

    private int FirstLine(TomlTable child, int fallback)
    {
        if (!metadata.TryGetProperties(child, out var properties) || properties is null) return fallback;
        var first = child.Keys.Select(k => properties.TryGetProperty(k, out var p) && p is not null ? p.Span.Start.Line + 1 : int.MaxValue).DefaultIfEmpty(fallback).Min();
        return first == int.MaxValue ? fallback : Math.Max(1, first - 1);
    }
}
