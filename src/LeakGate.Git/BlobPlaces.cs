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

    /// <summary>Records that <paramref name="commit"/> introduced <paramref name="blob"/> at <paramref name="path"/>; the first call per blob wins and returns true.</summary>
    public bool Introduce(ObjectId blob, string path, CommitInfo? commit)
    {
        lock (_entries)
        {
            if (_entries.TryGetValue(blob, out var entry))
            {
                entry.Places++;
                return false;
            }
            _entries[blob] = new Entry(path, commit) { Places = 1 };
            return true;
        }
    }

    /// <summary>How many (commit, path) introductions <paramref name="blobSha"/> has so far, 0 for an unknown blob.</summary>
    public int PlacesOf(string blobSha)
    {
        lock (_entries)
        {
            return _entries.TryGetValue(new ObjectId(blobSha), out var entry) ? entry.Places : 0;
        }
    }

    private sealed class Entry(string path, CommitInfo? commit)
    {
        public string Path { get; } = path;
        public CommitInfo? Commit { get; } = commit;
        public int Places { get; set; }
    }
}
