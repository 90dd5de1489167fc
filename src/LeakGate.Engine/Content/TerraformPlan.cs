using System.Text.Json;

namespace LeakGate.Engine.Content;

/// <summary>
/// Reads a <c>terraform show -json</c> plan: resources of <c>planned_values</c> and <c>prior_state</c> (and their child
/// modules) whose attribute names say credential or that <c>sensitive_values</c> marks, and credential-named variables.
/// </summary>
internal static class TerraformPlan
{
    public static void Collect(JsonElement plan, List<TerraformValue> values)
    {
        if (plan.TryGetProperty("variables", out var variables) && variables.ValueKind == JsonValueKind.Object)
        {
            foreach (var variable in variables.EnumerateObject())
            {
                if (!CredentialName.IsMatch(variable.Name) || !variable.Value.TryGetProperty("value", out var value)) continue;
                TerraformStrings.Collect(value, $"var.{variable.Name}", $"/variables/{JsonValuePlaces.Escape(variable.Name)}/value", values);
            }
        }
        if (plan.TryGetProperty("planned_values", out var planned) && planned.TryGetProperty("root_module", out var root)) Module(root, "/planned_values/root_module", values);
        if (plan.TryGetProperty("prior_state", out var prior) && prior.TryGetProperty("values", out var priorValues) && priorValues.TryGetProperty("root_module", out var priorRoot))
        {
            Module(priorRoot, "/prior_state/values/root_module", values);
        }
    }

    private static void Module(JsonElement module, string pointer, List<TerraformValue> values)
    {
        if (module.TryGetProperty("resources", out var resources) && resources.ValueKind == JsonValueKind.Array)
        {
            var r = 0;
            foreach (var resource in resources.EnumerateArray())
            {
                var resourcePointer = $"{pointer}/resources/{r++}";
                if (!resource.TryGetProperty("values", out var attributes) || attributes.ValueKind != JsonValueKind.Object) continue;
                var address = resource.TryGetProperty("address", out var a) ? a.GetString() : "?";
                var sensitive = resource.TryGetProperty("sensitive_values", out var s) && s.ValueKind == JsonValueKind.Object ? s : default;
                foreach (var attribute in attributes.EnumerateObject())
                {
                    var marked = sensitive.ValueKind == JsonValueKind.Object && sensitive.TryGetProperty(attribute.Name, out var flag) && flag.ValueKind != JsonValueKind.False;
                    if (!marked && !CredentialName.IsMatch(attribute.Name)) continue;
                    TerraformStrings.Collect(attribute.Value, $"{address}.{attribute.Name}", $"{resourcePointer}/values/{JsonValuePlaces.Escape(attribute.Name)}", values);
                }
            }
        }
        if (module.TryGetProperty("child_modules", out var children) && children.ValueKind == JsonValueKind.Array)
        {
            var c = 0;
            foreach (var child in children.EnumerateArray()) Module(child, $"{pointer}/child_modules/{c++}", values);
        }
    }
}
