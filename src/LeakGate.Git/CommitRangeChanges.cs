using LibGit2Sharp;

namespace LeakGate.Git;

/// <summary>What B adds relative to A, for <c>leakgate diff A..B</c> (CI on a pull request): the two trees compared, as <c>git diff A B</c> would.</summary>
public static class CommitRangeChanges
{
    public static IReadOnlyList<AddedFile> Read(string path, string range)
    {
        var parts = range.Split("..", 2);
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0 || parts[1].StartsWith('.'))
        {
            throw new GitException($"'{range}' must look like A..B (what B adds relative to A)");
        }
        using var repo = GitRepository.Open(path);
        var from = GitRepository.ResolveCommit(repo, parts[0]);
        var to = GitRepository.ResolveCommit(repo, parts[1]);
        try
        {
            return PatchReader.AddedFiles(repo.Diff.Compare<Patch>(from.Tree, to.Tree, PatchReader.Options));
        }
        catch (LibGit2SharpException ex)
        {
            throw new GitException($"cannot compare {parts[0]} and {parts[1]}: {GitRepository.FirstLine(ex.Message)}");
        }
    }
}
