using LibGit2Sharp;

namespace LeakGate.Git;

/// <summary>Turns <see cref="GitHistoryOptions"/> into the list of commits to scan, oldest first (parents before children).</summary>
internal static class HistorySelection
{
    /// <summary>The commits to scan; refs whose commit cannot be read (a corrupt object, a truncated pack) are added to <paramref name="unreadableRefs"/>.</summary>
    public static IReadOnlyList<Commit> Select(Repository repo, GitHistoryOptions options, List<string> unreadableRefs)
    {
        var filter = new CommitFilter { SortBy = CommitSortStrategies.Topological | CommitSortStrategies.Time | CommitSortStrategies.Reverse };
        if (options.Range is { } range)
        {
            var parts = range.Split("..", 2);
            if (parts.Length != 2 || parts[1].StartsWith('.') || parts[0].Length == 0 || parts[1].Length == 0)
            {
                throw new GitException($"--range '{range}' must look like A..B (commits reachable from B but not from A)");
            }
            filter.ExcludeReachableFrom = GitRepository.ResolveCommit(repo, parts[0]).Id;
            filter.IncludeReachableFrom = GitRepository.ResolveCommit(repo, parts[1]).Id;
        }
        else if (options.Branch is { } branch)
        {
            var named = repo.Branches[branch]?.Tip ?? GitRepository.ResolveCommit(repo, branch);
            filter.IncludeReachableFrom = named.Id;
        }
        else
        {
            var tips = RefTips(repo, unreadableRefs);
            if (tips.Count == 0) return [];
            filter.IncludeReachableFrom = tips;
        }

        List<Commit> commits;
        try
        {
            commits = repo.Commits.QueryBy(filter).ToList();
        }
        catch (LibGit2SharpException ex)
        {
            throw new GitException($"cannot walk the history (corrupt or missing commit): {GitRepository.FirstLine(ex.Message)}");
        }
        if (options.Since is { } since) commits = commits.Where(c => c.Committer.When >= since).ToList();
        if (options.MaxCommits is { } max && commits.Count > max) commits = commits.Skip(commits.Count - max).ToList();
        return commits;
    }

    /// <summary>
    /// The commit every ref finally points to (annotated tags peeled); refs to trees or blobs are ignored. A ref
    /// whose object cannot be read is recorded with the reason: the walk cannot start there, the other refs are
    /// still scanned, and the scan must not look clean because of it.
    /// </summary>
    private static List<ObjectId> RefTips(Repository repo, List<string> unreadableRefs)
    {
        var tips = new List<ObjectId>();
        // HEAD counts only when detached: otherwise it is one of the branches already listed.
        foreach (var reference in repo.Info.IsHeadDetached ? repo.Refs.Append(repo.Refs.Head) : repo.Refs)
        {
            try
            {
                if (reference.ResolveToDirectReference() is not { } direct) continue;
                var target = direct.Target;
                if (target is null) unreadableRefs.Add($"{reference.CanonicalName}: object {direct.TargetIdentifier} is missing or unreadable");
                else if (GitRepository.PeelToCommit(target) is { } commit) tips.Add(commit.Id);
            }
            catch (LibGit2SharpException ex)
            {
                unreadableRefs.Add($"{reference.CanonicalName}: {GitRepository.FirstLine(ex.Message)}");
            }
        }
        return tips.Distinct().ToList();
    }
}
