using System.Text.Json;

namespace LeakGate.Engine.Content;

/// <summary>The non-empty string leaves under a JSON value, with Terraform-style addresses (<c>x.keys[0].secret</c>).</summary>
internal static class TerraformStrings
{
    public static void Collect(JsonElement value, string address, string pointer, List<TerraformValue> values)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String when value.GetString() is { Length: > 0 } text:
                values.Add(new TerraformValue(address, pointer, text));
                break;
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    Collect(property.Value, $"{address}.{property.Name}", $"{pointer}/{JsonValuePlaces.Escape(property.Name)}", values);
                }
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var element in value.EnumerateArray())
                {
                    Collect(element, $"{address}[{i}]", $"{pointer}/{i}", values);
                    i++;
                }
                break;
        }
    }
}
