using System.Text.Json;

namespace LeakGate.Engine.Images;

/// <summary>
/// The build settings an image config carries in clear: each <c>config.Env</c> entry as the <c>ENV</c> instruction
/// that set it, and each <c>history[].created_by</c> (where BuildKit records <c>ARG</c> values and <c>RUN |1 TOKEN=…</c>).
/// </summary>
public static class ImageConfigEntries
{
    public static IEnumerable<(string Name, string Text)> Read(JsonElement config)
    {
        if (config.TryGetProperty("config", out var settings) && settings.ValueKind == JsonValueKind.Object
            && settings.TryGetProperty("Env", out var env) && env.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var entry in env.EnumerateArray())
            {
                if (entry.GetString() is { } text) yield return ($"config.Env[{i}]", "ENV " + text);
                i++;
            }
        }
        if (config.TryGetProperty("history", out var history) && history.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var step in history.EnumerateArray())
            {
                if (step.TryGetProperty("created_by", out var createdBy) && createdBy.GetString() is { Length: > 0 } text) yield return ($"history[{i}].created_by", text);
                i++;
            }
        }
    }
}
