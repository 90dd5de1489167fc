namespace LeakGate.Engine.Content;

/// <summary>The documents of a YAML stream as separate texts (split at <c>---</c> lines), each with the number of lines before it.</summary>
internal static class YamlDocumentSlices
{
    public static IEnumerable<(int FirstLine, string Text)> Split(string text)
    {
        var lines = text.Split('\n');
        var start = 0;
        for (var i = 0; i <= lines.Length; i++)
        {
            if (i < lines.Length && !lines[i].StartsWith("---", StringComparison.Ordinal)) continue;
            if (i > start) yield return (start, string.Join('\n', lines[start..i]));
            start = i + 1;
        }
    }
}
