using System.Text.Json;

namespace LeakGate.Engine.Content;

/// <summary>Reads a state's (format 4) resources: instance attributes named like credentials or listed in <c>sensitive_attributes</c>.</summary>
internal static class TerraformState
{
    public static void Collect(JsonElement resources, List<TerraformValue> values)
    {
        if (resources.ValueKind != JsonValueKind.Array) return;
        var r = 0;
        foreach (var resource in resources.EnumerateArray())
        {
            var pointer = $"/resources/{r++}";
            if (!resource.TryGetProperty("instances", out var instances) || instances.ValueKind != JsonValueKind.Array) continue;
            var i = 0;
            foreach (var instance in instances.EnumerateArray())
            {
                var instancePointer = $"{pointer}/instances/{i++}";
                if (!instance.TryGetProperty("attributes", out var attributes) || attributes.ValueKind != JsonValueKind.Object) continue;
                var sensitive = SensitiveNames(instance);
                var address = AddressOf(resource, instance);
                foreach (var attribute in attributes.EnumerateObject())
                {
                    if (!sensitive.Contains(attribute.Name) && !CredentialName.IsMatch(attribute.Name)) continue;
                    TerraformStrings.Collect(attribute.Value, $"{address}.{attribute.Name}", $"{instancePointer}/attributes/{JsonValuePlaces.Escape(attribute.Name)}", values);
                }
            }
        }
    }

    /// <summary><c>module.db.data.aws_x.name["key"]</c>: module, data mode, type, name and index key, as Terraform prints it.</summary>
    private static string AddressOf(JsonElement resource, JsonElement instance)
    {
        var module = resource.TryGetProperty("module", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() + "." : "";
        var mode = resource.TryGetProperty("mode", out var md) && md.GetString() == "data" ? "data." : "";
        var type = resource.TryGetProperty("type", out var t) ? t.GetString() : "?";
        var name = resource.TryGetProperty("name", out var n) ? n.GetString() : "?";
        var index = instance.TryGetProperty("index_key", out var key) ? key.ValueKind switch
        {
            JsonValueKind.Number => $"[{key.GetRawText()}]",
            JsonValueKind.String => $"[\"{key.GetString()}\"]",
            _ => "",
        } : "";
        return $"{module}{mode}{type}.{name}{index}";
    }

    /// <summary>Top-level attribute names of the instance's sensitive paths (each path a list of <c>get_attr</c> steps).</summary>
    private static HashSet<string> SensitiveNames(JsonElement instance)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (!instance.TryGetProperty("sensitive_attributes", out var paths) || paths.ValueKind != JsonValueKind.Array) return names;
        foreach (var path in paths.EnumerateArray())
        {
            var first = path.ValueKind == JsonValueKind.Array ? path.EnumerateArray().FirstOrDefault() : path;
            if (first.ValueKind == JsonValueKind.Object && first.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String) names.Add(value.GetString()!);
        }
        return names;
    }
}
