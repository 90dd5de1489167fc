namespace LeakGate.Engine;

/// <summary>
/// The text of the line a secret starts on (at most ~200 characters around it), and where in that text the
/// secret (or the encoded run holding it) lies, so it can be masked precisely even when it continues past the line.
/// </summary>
public sealed record LineContext(string Text, int SecretOffset, int SecretLength)
{
    private const int Reach = 100;

    /// <summary>The text starts inside the line: what it begins with may be the end of a longer token.</summary>
    public bool CutAtStart { get; init; }

    /// <summary>The text stops inside the line: what it ends with may be the start of a longer token.</summary>
    public bool CutAtEnd { get; init; }

    /// <summary>Cuts the line containing [secretStart, secretStart+secretLength) out of <paramref name="text"/>.</summary>
    public static LineContext From(ReadOnlySpan<char> text, int secretStart, int secretLength)
    {
        var lineStart = text[..secretStart].LastIndexOfAny('\n', '\r') + 1;
        var lineLength = text[secretStart..].IndexOfAny('\n', '\r');
        var lineEnd = lineLength < 0 ? text.Length : secretStart + lineLength;
        var start = Math.Max(lineStart, secretStart - Reach);
        var end = Math.Min(lineEnd, Math.Max(secretStart + Math.Min(secretLength, lineEnd - secretStart), secretStart) + Reach);
        var visible = Math.Min(secretLength, lineEnd - secretStart);
        return new LineContext(text[start..end].ToString(), secretStart - start, visible) { CutAtStart = start > lineStart, CutAtEnd = end < lineEnd };
    }
}
