namespace LeakGate.Engine.Content;

/// <summary>
/// An item a content handler found inside another. Without a <see cref="Pin"/> or <see cref="LineOffset"/> it is a file
/// (an archive entry) that may itself be of a handled kind. With a pin it is a single value whose findings are reported
/// at that place of the parent text, <see cref="Encodings"/> naming what the handler peeled off to reach it (e.g. a
/// Secret's base64); with a line offset it is verbatim lines of the parent, whose findings keep their columns.
/// </summary>
public sealed record DerivedItem(ScanItem Item, TextPin? Pin = null)
{
    public IReadOnlyList<string> Encodings { get; init; } = [];
    /// <summary>For verbatim lines: how many lines of the parent come before the first.</summary>
    public int? LineOffset { get; init; }
    public bool IsFile => Pin is null && LineOffset is null;
}
