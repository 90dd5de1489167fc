namespace LeakGate.Engine.Images;

/// <summary>
/// What the layers above the current one delete (OCI whiteouts): <c>dir/.wh.name</c> removes <c>dir/name</c> and all
/// under it, <c>dir/.wh..wh..opq</c> removes everything lower layers put in <c>dir</c>. Layers are visited top first,
/// so when a layer is scanned every deletion that hides its files is already known.
/// </summary>
public sealed class LayerWhiteouts
{
    public const string Prefix = ".wh.";
    public const string Opaque = ".wh..wh..opq";

    private readonly HashSet<string> _deleted = new(StringComparer.Ordinal);
    private readonly HashSet<string> _opaque = new(StringComparer.Ordinal);
    private readonly List<string> _pendingDeleted = [];
    private readonly List<string> _pendingOpaque = [];

    public static bool IsWhiteout(string path) => FileName(path).StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>Records a whiteout of the current layer; it hides files of the layers below, not of this one.</summary>
    public void Add(string whiteoutPath)
    {
        var slash = whiteoutPath.LastIndexOf('/');
        var directory = slash < 0 ? "" : whiteoutPath[..slash];
        var name = FileName(whiteoutPath);
        if (name == Opaque) _pendingOpaque.Add(directory);
        else _pendingDeleted.Add(directory.Length == 0 ? name[Prefix.Length..] : $"{directory}/{name[Prefix.Length..]}");
    }

    /// <summary>True when a layer above deleted the file or one of its directories.</summary>
    public bool IsDeleted(string path)
    {
        var directory = path;
        if (_deleted.Contains(path)) return true;
        while (directory.LastIndexOf('/') is var slash && slash >= 0)
        {
            directory = directory[..slash];
            if (_deleted.Contains(directory) || _opaque.Contains(directory)) return true;
        }
        return _opaque.Contains("");
    }

    /// <summary>Moves on to the layer below: this layer's whiteouts now apply.</summary>
    public void NextLayerDown()
    {
        _deleted.UnionWith(_pendingDeleted);
        _opaque.UnionWith(_pendingOpaque);
        _pendingDeleted.Clear();
        _pendingOpaque.Clear();
    }

    private static string FileName(string path) => path[(path.LastIndexOf('/') + 1)..];
}
