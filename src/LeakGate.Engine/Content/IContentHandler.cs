namespace LeakGate.Engine.Content;

/// <summary>
/// Understands one kind of structured file (an archive, a Kubernetes manifest, a Terraform state, a CI definition)
/// and turns an item of that kind into the items inside it, which the same engine then scans.
/// </summary>
public interface IContentHandler
{
    /// <summary>True when items at this path are of the handler's kind; decided by the file name, as a user would.</summary>
    bool Handles(string path);

    /// <summary>False for containers (archives) whose own bytes are not text worth matching.</summary>
    bool ScansOriginal { get; }

    /// <summary>The items inside <paramref name="item"/>. Problems go to the context's diagnostics, never up as exceptions
    /// (except <see cref="ContentFormatException"/> for content that is not of the handler's kind after all).</summary>
    IEnumerable<DerivedItem> Expand(ScanItem item, ContentContext context);
}
