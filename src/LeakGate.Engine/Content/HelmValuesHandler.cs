using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace LeakGate.Engine.Content;

/// <summary>
/// Helm <c>values*.yaml</c>: every value under a key that says credential is scanned with its full key path as
/// context (<c>postgresql.auth.password: "..."</c>), so the credential rules see the name even when the key is nested.
/// </summary>
public sealed partial class HelmValuesHandler : IContentHandler
{
    public bool ScansOriginal => true;

    public bool Handles(string path) => HelmValuesName().IsMatch(ContentPath.FileName(path));

    public IEnumerable<DerivedItem> Expand(ScanItem item, ContentContext context) =>
        YamlDocuments.Load(ItemText.Read(item), "Helm values").SelectMany(d => Values(item, d.RootNode, "")).ToList();

    private static IEnumerable<DerivedItem> Values(ScanItem item, YamlNode node, string prefix)
    {
        if (node is not YamlMappingNode map) yield break;
        foreach (var (keyNode, valueNode) in map.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key }) continue;
            var path = prefix.Length == 0 ? key : prefix + "." + key;
            if (valueNode is YamlMappingNode)
            {
                foreach (var inner in Values(item, valueNode, path)) yield return inner;
            }
            else if (valueNode is YamlScalarNode { Value: { Length: > 0 } value } scalar && CredentialName.IsMatch(key))
            {
                var derived = ItemText.Value(item.Origin, YamlDocuments.Assignment(path, value), [new("key", path)]);
                yield return new DerivedItem(derived, YamlDocuments.PinOf(keyNode, scalar));
            }
        }
    }

    [GeneratedRegex(@"^values[\w.-]*\.ya?ml$", RegexOptions.IgnoreCase)]
    private static partial Regex HelmValuesName();
}
