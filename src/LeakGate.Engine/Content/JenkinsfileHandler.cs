using System.Text.RegularExpressions;

namespace LeakGate.Engine.Content;

/// <summary>
/// Jenkins pipelines (<c>Jenkinsfile</c>, <c>*.jenkinsfile</c>): every line inside a <c>stage('…')</c> or an
/// <c>environment { … }</c> block is scanned as it stands and reported with its stage; <c>credentials('id')</c> and
/// <c>${env.X}</c> are references, which the credential rules leave alone.
/// </summary>
public sealed partial class JenkinsfileHandler : IContentHandler
{
    public bool ScansOriginal => true;

    public bool Handles(string path)
    {
        var name = ContentPath.FileName(path);
        return name == "Jenkinsfile" || name.StartsWith("Jenkinsfile.", StringComparison.Ordinal) || name.EndsWith(".jenkinsfile", StringComparison.OrdinalIgnoreCase);
    }

    public IEnumerable<DerivedItem> Expand(ScanItem item, ContentContext context)
    {
        var lines = ItemText.Read(item).Split('\n');
        string? stage = null;
        for (var i = 0; i < lines.Length; i++)
        {
            if (Stage().Match(lines[i]) is { Success: true } match) stage = match.Groups["name"].Value;
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            List<OriginDetail> details = [new("stage", stage ?? "(pipeline)")];
            yield return new DerivedItem(ItemText.Value(item.Origin, lines[i].TrimEnd('\r'), details)) { LineOffset = i };
        }
    }

    [GeneratedRegex("""\bstage\s*\(\s*(['"])(?<name>[^'"]+)\1""")]
    private static partial Regex Stage();
}
