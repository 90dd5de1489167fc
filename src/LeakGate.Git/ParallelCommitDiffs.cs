using System.Runtime.CompilerServices;
using LeakGate.Engine;
using LibGit2Sharp;

namespace LeakGate.Git;

/// <summary>
/// Compares commits with their parents on several threads, each with its own repository handle, and hands the
/// results back in commit order, so the earliest commit still wins a blob. Tree diffs are most of a history scan's
/// work: done on one thread, they kept the scanning workers waiting. The next batch is diffed while the current
/// one is being scanned.
/// </summary>
internal sealed class ParallelCommitDiffs(ThreadLocal<Repository> handles, int threads)
{
    private const int BatchSize = 64;
    /// <summary>How often (in batches of commits) freed native memory goes back to the system.</summary>
    private const int BatchesPerRelease = 8;
    private static readonly CompareOptions TreeOnly = new() { Similarity = SimilarityOptions.None, IncludeUnmodified = false };

    public async IAsyncEnumerable<CommitChanges> DiffAsync(IReadOnlyList<ObjectId> commits, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var next = commits.Count > 0 ? DiffBatch(commits, 0, cancellationToken) : null;
        for (var start = 0; start < commits.Count; start += BatchSize)
        {
            var batch = await next!;
            next = start + BatchSize < commits.Count ? DiffBatch(commits, start + BatchSize, cancellationToken) : null;
            foreach (var changes in batch) yield return changes;
        }
    }

    private Task<CommitChanges[]> DiffBatch(IReadOnlyList<ObjectId> commits, int start, CancellationToken cancellationToken) => Task.Run(() =>
    {
        var results = new CommitChanges[Math.Min(BatchSize, commits.Count - start)];
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken };
        Parallel.For(0, results.Length, options, i => results[i] = Diff(commits[start + i]));
        if (start / BatchSize % BatchesPerRelease == 0) FreedNativeMemory.Release();
        return results;
    }, cancellationToken);

    private CommitChanges Diff(ObjectId id)
    {
        try
        {
            var repo = handles.Value!;
            // Looked up afresh: a commit object kept across the walk would keep every tree and parent it loads.
            var commit = repo.Lookup<Commit>(id) ?? throw new LibGit2SharpException($"object {id.Sha} is missing");
            var introduced = Introductions(repo, commit);
            return new CommitChanges(id.Sha, introduced.Count == 0 ? null : GitRepository.InfoOf(commit), introduced, null);
        }
        catch (LibGit2SharpException ex)
        {
            return new CommitChanges(id.Sha, null, [], GitRepository.FirstLine(ex.Message));
        }
    }

    /// <summary>
    /// The blobs <paramref name="commit"/> adds or changes relative to every parent (for a merge: what none of its
    /// parents had at that path).
    /// </summary>
    private static List<(ObjectId, string)> Introductions(Repository repo, Commit commit)
    {
        var introduced = new List<(ObjectId, string)>();
        var parents = commit.Parents.ToList();
        if (parents.Any(p => p.Tree.Id == commit.Tree.Id)) return introduced;
        using var changes = repo.Diff.Compare<TreeChanges>(parents.Count == 0 ? null : parents[0].Tree, commit.Tree, TreeOnly);
        foreach (var change in changes)
        {
            if (change.Status is not (ChangeKind.Added or ChangeKind.Modified or ChangeKind.TypeChanged or ChangeKind.Renamed or ChangeKind.Copied)) continue;
            if (change.Mode is not (Mode.NonExecutableFile or Mode.ExecutableFile or Mode.NonExecutableGroupWritableFile or Mode.SymbolicLink)) continue;
            if (parents.Skip(1).Any(p => p[change.Path]?.Target.Id == change.Oid)) continue;
            introduced.Add((change.Oid, change.Path));
        }
        return introduced;
    }
}
