using LeakGate.Engine;
using LibGit2Sharp;

namespace LeakGate.Git;

/// <summary>
/// Every distinct blob of a history, once, with the earliest commit and path that introduced it and how
/// many other (commit, path) introductions the same content has. Provenance is kept apart from matching:
/// the content is scanned once and findings are attributed from here.
/// </summary>
internal sealed class BlobPlaces
{
    private readonly Dictionary<ObjectId, Entry> _entries = new();
    private readonly List<ObjectId> _order = new();

    public int Count => _order.Count;

    /// <summary>Records that <paramref name="commit"/> introduced <paramref name="blob"/> at <paramref name="path"/>; the first call per blob wins.</summary>
    public void Introduce(ObjectId blob, string path, CommitInfo? commit)
    {
        if (_entries.TryGetValue(blob, out var entry))
        {
            entry.Places++;
            return;
        }
        _entries[blob] = new Entry(path, commit) { Places = 1 };
        _order.Add(blob);
    }

    public bool Contains(ObjectId blob) => _entries.ContainsKey(blob);

    public IEnumerable<(ObjectId Blob, string Path, CommitInfo? Commit, int OtherPlaces)> InOrder() =>
        _order.Select(id => (id, _entries[id].Path, _entries[id].Commit, _entries[id].Places - 1));

    private sealed class Entry(string path, CommitInfo? commit)
    {
        public string Path { get; } = path;
        public CommitInfo? Commit { get; } = commit;
        public int Places { get; set; }
    }
}
