using LeakGate.Engine;
using LibGit2Sharp;

namespace LeakGate.Git;

/// <summary>Opens repositories with one-line errors instead of LibGit2Sharp exceptions, and answers the questions the sources share.</summary>
public static class GitRepository
{
    /// <summary>The repository that contains <paramref name="path"/> (a work tree, a subdirectory of one, or a bare repository).</summary>
    public static Repository Open(string path, string? indexPath = null)
    {
        var full = Path.GetFullPath(path);
        if (!Directory.Exists(full)) throw new GitException($"no such directory: {path}");
        var found = Repository.Discover(full) ?? throw new GitException($"not a git repository (or any parent up to /): {path}");
        try
        {
            return indexPath is null ? new Repository(found) : new Repository(found, new RepositoryOptions { IndexPath = indexPath });
        }
        catch (LibGit2SharpException ex)
        {
            throw new GitException($"cannot open git repository at {path}: {FirstLine(ex.Message)}");
        }
    }

    /// <summary>Opens a repository and fails with a clear message when it has no work tree (bare).</summary>
    public static Repository OpenWithWorkTree(string path, string purpose, string? indexPath = null)
    {
        var repo = Open(path, indexPath);
        if (repo.Info.IsBare)
        {
            repo.Dispose();
            throw new GitException($"{path} is a bare repository: {purpose} needs a work tree and an index");
        }
        return repo;
    }

    /// <summary>The commit a revision names (sha, branch, tag, HEAD~2...), or a one-line error.</summary>
    public static Commit ResolveCommit(Repository repo, string revision)
    {
        GitObject? target;
        try
        {
            target = repo.Lookup(revision);
        }
        catch (LibGit2SharpException ex)
        {
            throw new GitException($"cannot resolve '{revision}': {FirstLine(ex.Message)}");
        }
        return PeelToCommit(target) ?? throw new GitException($"unknown revision '{revision}' (not a commit, branch or tag in this repository)");
    }

    /// <summary>The commit an object finally names (annotated tags followed), or null for trees and blobs.</summary>
    public static Commit? PeelToCommit(GitObject? target) => target switch
    {
        Commit commit => commit,
        TagAnnotation tag => PeelToCommit(tag.Target),
        _ => null,
    };

    public static CommitInfo InfoOf(Commit commit) =>
        new(commit.Sha, commit.Author.Name, commit.Author.Email, commit.Author.When, commit.MessageShort);

    internal static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
