using LibGit2Sharp;

namespace LeakGate.Git;

/// <summary>
/// What the next commit would add: the index compared with HEAD (with the empty tree when HEAD is unborn).
/// Content comes from the index blobs, never the working copy, so a partially staged file is judged by
/// what is staged. In a merge, lines the other side brings are new to HEAD and are scanned too.
/// </summary>
public static class StagedChanges
{
    public static IReadOnlyList<AddedFile> Read(string path)
    {
        using var repo = GitRepository.OpenWithWorkTree(path, "the staged scan", IndexFromEnvironment());
        try
        {
            var conflicts = repo.Index.Conflicts.Select(c => (c.Ours ?? c.Theirs ?? c.Ancestor).Path).ToList();
            if (conflicts.Count > 0) throw new GitException(ConflictMessage(conflicts));
            var head = repo.Head.Tip?.Tree;
            var patch = repo.Diff.Compare<Patch>(head, DiffTargets.Index, null, null, PatchReader.Options);
            return PatchReader.AddedFiles(patch);
        }
        catch (LibGit2SharpException ex)
        {
            throw new GitException($"cannot read the staged changes: {GitRepository.FirstLine(ex.Message)}");
        }
    }

    /// <summary>Why the gate refuses an index with unresolved conflicts, naming at most three of them.</summary>
    internal static string ConflictMessage(IReadOnlyList<string> paths) =>
        $"unresolved merge conflicts in {string.Join(", ", paths.Take(3))}{(paths.Count > 3 ? ", ..." : "")}: resolve and stage them first";

    /// <summary>
    /// The index git asks hooks to read: <c>git commit -a</c> and <c>git commit PATH</c> stage into a temporary
    /// index and name it in GIT_INDEX_FILE (libgit2 does not read that variable itself).
    /// </summary>
    private static string? IndexFromEnvironment() =>
        Environment.GetEnvironmentVariable("GIT_INDEX_FILE") is { Length: > 0 } index && File.Exists(index) ? Path.GetFullPath(index) : null;
}
