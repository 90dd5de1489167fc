namespace LeakGate.Engine.Content;

/// <summary>
/// An item a content handler found inside another. Without a <see cref="Pin"/> it is a file (an archive entry) that may
/// itself be of a handled kind; with one it is a single value whose findings are reported at that place of the parent
/// text, and <see cref="Encodings"/> names what the handler peeled off to reach it (e.g. a Secret's base64).
/// </summary>
public sealed record DerivedItem(ScanItem Item, TextPin? Pin = null)
{
    public IReadOnlyList<string> Encodings { get; init; } = [];
}
