using LeakGate.Engine;
using LibGit2Sharp;

namespace LeakGate.Git;

/// <summary>
/// What one commit adds or changes relative to its parents: the blobs with their paths, or why the commit could
/// not be read.
/// </summary>
internal sealed record CommitChanges(string Sha, CommitInfo? Info, IReadOnlyList<(ObjectId Blob, string Path)> Introduced, string? Error);
