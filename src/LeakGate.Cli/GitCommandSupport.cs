using LeakGate.Git;
using LeakGate.Reports;
using LibGit2Sharp;

namespace LeakGate.Cli;

/// <summary>What the git commands share: git errors as one-line usage errors, and the run's repository provenance for SARIF.</summary>
public static class GitCommandSupport
{
    /// <summary>Runs <paramref name="action"/>, turning <see cref="GitException"/> and LibGit2Sharp failures into one-line usage errors (exit code 2).</summary>
    public static T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (GitException ex)
        {
            throw new UsageException(ex.Message);
        }
        catch (LibGit2SharpException ex)
        {
            throw new UsageException($"git: {ex.Message.Split('\n', 2)[0].Trim()}");
        }
    }

    /// <summary>
    /// Runs a guarded git read on the thread pool and waits for it only until <paramref name="cancellationToken"/>
    /// fires: libgit2 cannot be interrupted, and computing the patch of a large change takes seconds, so after
    /// SIGINT or SIGTERM the command stops waiting (returning an empty list) and reports an interrupted, empty scan.
    /// </summary>
    public static async Task<IReadOnlyList<AddedFile>> ReadUnlessCancelled(Func<IReadOnlyList<AddedFile>> read, CancellationToken cancellationToken)
    {
        try
        {
            return await Task.Run(() => Guard(read), CancellationToken.None).WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return [];
        }
    }

    /// <summary>The repository's origin URL when it is a URL (otherwise its location as a file URI), HEAD's commit and branch.</summary>
    public static RepositoryProvenance? ProvenanceOf(string repositoryPath)
    {
        try
        {
            using var repo = GitRepository.Open(repositoryPath);
            var remote = repo.Network.Remotes["origin"]?.Url;
            var uri = remote is not null && Uri.TryCreate(remote, UriKind.Absolute, out var parsed) && parsed.Scheme is "https" or "http" or "ssh"
                ? parsed
                : new Uri("file://" + Path.GetFullPath(repo.Info.WorkingDirectory ?? repo.Info.Path));
            return new RepositoryProvenance(uri, repo.Head.Tip?.Sha, repo.Info.IsHeadDetached ? null : repo.Head.FriendlyName);
        }
        catch (Exception ex) when (ex is GitException or LibGit2SharpException)
        {
            return null;
        }
    }
}
