using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LeakGate.Engine.Content;

/// <summary>YAML parsing shared by the YAML handlers: every document of a stream, and the places of scalar values.</summary>
internal static class YamlDocuments
{
    public static IReadOnlyList<YamlDocument> Load(string text, string format)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            throw new ContentFormatException($"not read as {format}: line {ex.Start.Line}: {ex.Message}", ex);
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's scanner fails this way on some malformed flow collections instead of raising a YamlException.
            throw new ContentFormatException($"not read as {format}: malformed YAML", ex);
        }
        return [.. stream.Documents];
    }

    public static string? Scalar(YamlNode node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    public static YamlNode? Child(YamlNode node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>Where a key's value starts in the text: on the key's line, at the first character of the value (inside its quotes).</summary>
    public static TextPin PinOf(YamlNode key, YamlScalarNode value)
    {
        var line = (int)key.Start.Line;
        var text = value.Value ?? "";
        if (value.Start.Line != key.Start.Line) return new TextPin(line, (int)key.Start.Column, ((YamlScalarNode)key).Value?.Length ?? 1);
        var quoted = value.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted;
        var length = value.End.Line == value.Start.Line ? (int)(value.End.Column - value.Start.Column) - (quoted ? 2 : 0) : text.Length;
        return new TextPin(line, (int)value.Start.Column + (quoted ? 1 : 0), Math.Max(1, length));
    }

    /// <summary>The text a credential rule reads for a key and its value: the value alone when it spans lines (a PEM key, a config file).</summary>
    public static string Assignment(string key, string value) =>
        value.Contains('\n') ? value : $"{key}: \"{value}\"";
}
