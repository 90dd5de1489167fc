using System.Buffers.Binary;
using System.Runtime.InteropServices;
using LibGit2Sharp;

namespace LeakGate.Git;

/// <summary>
/// Every distinct blob of a history, once, with how many (commit, path) introductions its content has. The
/// earliest commit and path travel with the blob's scan item; this only tells a first introduction from a later
/// one, so it keeps 20 bytes and a count per blob (a history's one structure that grows with its length).
/// </summary>
internal sealed class BlobPlaces
{
    private readonly Dictionary<BlobKey, int> _places = [];

    /// <summary>Records one more introduction of <paramref name="blob"/>; true for its first.</summary>
    public bool Introduce(ObjectId blob)
    {
        var key = BlobKey.Of(blob.RawId);
        lock (_places)
        {
            return ++CollectionsMarshal.GetValueRefOrAddDefault(_places, key, out _) == 1;
        }
    }

    /// <summary>How many (commit, path) introductions <paramref name="blobSha"/> has so far, 0 for an unknown blob.</summary>
    public int PlacesOf(string blobSha)
    {
        var key = BlobKey.Of(new ObjectId(blobSha).RawId);
        lock (_places)
        {
            return _places.GetValueOrDefault(key);
        }
    }

    /// <summary>A blob id as a value: no object per blob.</summary>
    private readonly record struct BlobKey(ulong High, ulong Middle, uint Low)
    {
        public static BlobKey Of(ReadOnlySpan<byte> sha1) =>
            new(BinaryPrimitives.ReadUInt64BigEndian(sha1), BinaryPrimitives.ReadUInt64BigEndian(sha1[8..]), BinaryPrimitives.ReadUInt32BigEndian(sha1[16..]));
    }
}
