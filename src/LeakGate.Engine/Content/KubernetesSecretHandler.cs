using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace LeakGate.Engine.Content;

/// <summary>
/// Kubernetes manifests (every document of a YAML file, and the items of a <c>kind: List</c>): each value of a
/// <c>kind: Secret</c> is scanned, <c>data</c> base64-decoded and <c>stringData</c> as is, at the line of its key and
/// named by Secret and key; a Secret holding any value is itself reported (rule <c>kubernetes-secret-manifest</c>).
/// </summary>
public sealed partial class KubernetesSecretHandler : IContentHandler
{
    /// <summary>The line the <c>kubernetes-secret-manifest</c> rule (rules/kubernetes.toml) reads for a Secret with values.</summary>
    public static string ManifestSummary(string name, IEnumerable<string> keys) =>
        $"kubernetes Secret \"{name}\" holds committed values for keys: {string.Join(", ", keys)}";

    public bool ScansOriginal => true;

    public bool Handles(string path) =>
        ContentPath.FileName(path) is var name && (name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase));

    public IEnumerable<DerivedItem> Expand(ScanItem item, ContentContext context)
    {
        var text = ItemText.Read(item);
        if (!text.Contains("Secret", StringComparison.Ordinal)) return [];
        var values = new List<DerivedItem>();
        // Only documents that declare a Secret (or a List) are parsed: a manifest file is mostly Deployments and Services.
        foreach (var (firstLine, document) in YamlDocumentSlices.Split(text).Where(d => SecretOrList().IsMatch(d.Text)))
        {
            IReadOnlyList<YamlDocument> parsed;
            try
            {
                parsed = YamlDocuments.Load(document, "YAML");
            }
            catch (ContentFormatException)
            {
                // Any .yaml comes here, and templates (Helm's {{ }}) are rarely valid YAML: that part is scanned as plain text, which is all it can be.
                continue;
            }
            var inDocument = parsed.SelectMany(d => Manifests(d.RootNode)).SelectMany(m => SecretValues(item, m, context));
            values.AddRange(inDocument.Select(v => v with { Pin = v.Pin! with { Line = v.Pin.Line + firstLine } }));
        }
        return values;
    }

    [GeneratedRegex(@"(?m)^[ \t]*(?:-[ \t]+)?kind:[ \t]*[""']?(?:Secret|List)[""']?[ \t]*\r?$")]
    private static partial Regex SecretOrList();

    private static IEnumerable<YamlMappingNode> Manifests(YamlNode node)
    {
        if (node is not YamlMappingNode map) yield break;
        if (YamlDocuments.Scalar(map, "kind") == "List" && YamlDocuments.Child(map, "items") is YamlSequenceNode items)
        {
            foreach (var inner in items.SelectMany(Manifests)) yield return inner;
        }
        else if (YamlDocuments.Scalar(map, "kind") == "Secret")
        {
            yield return map;
        }
    }

    private static IEnumerable<DerivedItem> SecretValues(ScanItem item, YamlMappingNode secret, ContentContext context)
    {
        var metadata = YamlDocuments.Child(secret, "metadata");
        var name = (metadata is null ? null : YamlDocuments.Scalar(metadata, "name")) ?? "(unnamed)";
        List<OriginDetail> where = [new("secret", name)];
        if (metadata is not null && YamlDocuments.Scalar(metadata, "namespace") is { } ns) where.Add(new("namespace", ns));
        var keys = new List<string>();
        foreach (var (field, decode) in new[] { ("data", true), ("stringData", false) })
        {
            if (YamlDocuments.Child(secret, field) is not YamlMappingNode values) continue;
            foreach (var (keyNode, valueNode) in values.Children)
            {
                if (keyNode is not YamlScalarNode { Value: { } key } || valueNode is not YamlScalarNode { Value: { Length: > 0 } raw }) continue;
                keys.Add(key);
                var value = decode ? Decode(item, name, key, raw, context) : raw;
                if (value is null) continue;
                var pin = YamlDocuments.PinOf(keyNode, (YamlScalarNode)valueNode);
                var derived = ItemText.Value(item.Origin, YamlDocuments.Assignment(key, value), [.. where, new("key", key)]);
                yield return new DerivedItem(derived, pin) { Encodings = decode ? ["base64"] : [] };
            }
        }
        if (keys.Count == 0) yield break;
        var namePin = metadata is YamlMappingNode meta && meta.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: "name" }) is { Key: { } k, Value: YamlScalarNode v }
            ? YamlDocuments.PinOf(k, v) : new TextPin((int)secret.Start.Line, (int)secret.Start.Column, 1);
        yield return new DerivedItem(ItemText.Value(item.Origin, ManifestSummary(name, keys.Distinct()), where), namePin);
    }

    /// <summary>A data value as text; null (with a warning) when it is not base64, and null for binary content such as a keystore.</summary>
    private static string? Decode(ScanItem item, string secret, string key, string raw, ContentContext context)
    {
        var compact = string.Concat(raw.Where(c => !char.IsWhiteSpace(c)));
        var bytes = new byte[compact.Length];
        if (!Convert.TryFromBase64String(compact, bytes, out var length))
        {
            context.Diagnostics.Warn(item.Origin.Path, $"Secret {secret} key {key}: data value is not valid base64; scanned as plain text only");
            return null;
        }
        var decoded = bytes.AsSpan(0, length);
        return ContentSniffer.DetectEncoding(decoded) is { } encoding ? encoding.GetString(decoded) : null;
    }
}
