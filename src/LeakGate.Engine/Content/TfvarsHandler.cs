using System.Text.RegularExpressions;

namespace LeakGate.Engine.Content;

/// <summary>
/// Terraform variable files (<c>*.tfvars</c>): a top-level <c>name = "value"</c> whose name says credential is scanned
/// with the variable name as context and reported with it (<c>variable db_password</c>).
/// </summary>
public sealed partial class TfvarsHandler : IContentHandler
{
    public bool ScansOriginal => true;

    public bool Handles(string path) => ContentPath.FileName(path).EndsWith(".tfvars", StringComparison.OrdinalIgnoreCase);

    public IEnumerable<DerivedItem> Expand(ScanItem item, ContentContext context)
    {
        var lines = ItemText.Read(item).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var match = Assignment().Match(lines[i]);
            if (!match.Success || !CredentialName.IsMatch(match.Groups["name"].Value)) continue;
            var name = match.Groups["name"].Value;
            var value = match.Groups["value"];
            var derived = ItemText.Value(item.Origin, $"{name} = \"{value.Value}\"", [new("variable", name)]);
            yield return new DerivedItem(derived, new TextPin(i + 1, value.Index + 1, Math.Max(1, value.Length)));
        }
    }

    [GeneratedRegex("""^\s*(?<name>[A-Za-z_][\w-]*)\s*=\s*"(?<value>(?:[^"\\\r]|\\.)*)"\s*(?:#.*|//.*)?\r?$""")]
    private static partial Regex Assignment();
}
