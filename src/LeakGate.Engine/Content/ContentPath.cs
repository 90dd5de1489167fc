namespace LeakGate.Engine.Content;

/// <summary>Paths of items inside other items: <c>outer.zip!inner/app.jar!config/app.properties</c>.</summary>
public static class ContentPath
{
    public const char Separator = '!';

    /// <summary>The path of an entry inside a container item.</summary>
    public static string Inside(string container, string entry) => container + Separator + entry.Replace('\\', '/').TrimStart('/');

    /// <summary>The innermost file name: what handlers judge the kind of an item by.</summary>
    public static string FileName(string path)
    {
        var start = path.AsSpan().LastIndexOfAny('/', Separator) + 1;
        return path[start..];
    }

    /// <summary>An origin for an entry of <paramref name="container"/> that keeps its commit and details.</summary>
    public static Origin EntryOrigin(Origin container, string entry, IReadOnlyList<OriginDetail>? details = null) =>
        container with { Path = Inside(container.Path, entry), Details = details ?? container.Details };
}
