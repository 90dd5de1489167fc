using System.Text;
using System.Text.Json;

namespace LeakGate.Engine.Content;

/// <summary>
/// Terraform state (<c>*.tfstate</c>, <c>*.tfstate.backup</c>) and <c>terraform show -json</c> plans: every string
/// under an attribute whose name says credential, or that the state or plan marks sensitive, is reported at its line
/// with the resource address (<c>aws_db_instance.main.password</c>), through rule <c>terraform-state-credential</c>.
/// </summary>
public sealed class TerraformHandler : IContentHandler
{
    public bool ScansOriginal => true;

    public bool Handles(string path)
    {
        var name = ContentPath.FileName(path);
        return name.EndsWith(".tfstate", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".tfstate.backup", StringComparison.OrdinalIgnoreCase)
            || (name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && name.Contains("plan", StringComparison.OrdinalIgnoreCase));
    }

    public IEnumerable<DerivedItem> Expand(ScanItem item, ContentContext context)
    {
        var utf8 = Encoding.UTF8.GetBytes(ItemText.Read(item));
        JsonDocument document;
        JsonValuePlaces places;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            places = new JsonValuePlaces(utf8);
        }
        catch (JsonException ex)
        {
            throw new ContentFormatException($"not read as Terraform JSON: line {ex.LineNumber + 1}: {ex.Message}", ex);
        }
        using (document)
        {
            var root = document.RootElement;
            var values = new List<TerraformValue>();
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("resources", out var resources)) TerraformState.Collect(resources, values);
            else if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("planned_values", out _)) TerraformPlan.Collect(root, values);
            var kind = root.TryGetProperty("planned_values", out _) ? "plan" : "state";
            return values.Select(v => ToItem(item, kind, v, places)).OfType<DerivedItem>().ToList();
        }
    }

    private static DerivedItem? ToItem(ScanItem item, string kind, TerraformValue value, JsonValuePlaces places)
    {
        if (places[value.Pointer] is not { } pin) return null;
        var text = $"terraform {kind} credential {value.Address} = \"{JsonEncodedText.Encode(value.Text, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping)}\"";
        return new DerivedItem(ItemText.Value(item.Origin, text, [new("resource", value.Address)]), pin);
    }
}
