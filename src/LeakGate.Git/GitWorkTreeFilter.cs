using System.Runtime.CompilerServices;
using LeakGate.Engine;
using LibGit2Sharp;

namespace LeakGate.Git;

/// <summary>
/// What <c>leakgate scan</c> leaves out inside a work tree: paths git ignores (LibGit2Sharp's reading of
/// every <c>.gitignore</c>, <c>.git/info/exclude</c> and <c>core.excludesFile</c>) unless they are
/// tracked, and submodules, which are reported as skipped with their path. Used from the single producer
/// thread of a file-tree walk.
/// </summary>
public sealed class GitWorkTreeFilter : IDisposable
{
    private readonly Repository _repo;
    private readonly string _workDir;
    private readonly HashSet<string> _submodules;

    private GitWorkTreeFilter(Repository repo)
    {
        _repo = repo;
        _workDir = Path.GetFullPath(repo.Info.WorkingDirectory);
        _submodules = repo.Submodules.Select(s => s.Path.TrimEnd('/')).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The filter for the work tree holding <paramref name="path"/>, or null outside a repository (or in a bare one).</summary>
    public static GitWorkTreeFilter? For(string path)
    {
        var full = Path.GetFullPath(Directory.Exists(path) ? path : Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".");
        var found = Directory.Exists(full) ? Repository.Discover(full) : null;
        if (found is null) return null;
        try
        {
            var repo = new Repository(found);
            if (repo.Info.IsBare)
            {
                repo.Dispose();
                return null;
            }
            return new GitWorkTreeFilter(repo);
        }
        catch (LibGit2SharpException)
        {
            return null;
        }
    }

    /// <summary>True for an ignored, untracked path or a submodule; directories end with a separator.</summary>
    public bool IsIgnored(string fullPath)
    {
        var relative = Relative(fullPath);
        if (relative is null) return false;
        if (_submodules.Contains(relative.TrimEnd('/'))) return true;
        if (!relative.EndsWith('/') && _repo.Index[relative] is not null) return false;
        return _repo.Ignore.IsPathIgnored(relative);
    }

    /// <summary>A source that yields nothing and reports each submodule under <paramref name="scanRoot"/> as skipped.</summary>
    public IScanSource SkippedSubmodules(string scanRoot) => new SubmoduleNotice(_submodules
        .Select(s => Path.GetFullPath(Path.Combine(_workDir, s)))
        .Where(s => IsUnder(s, Path.GetFullPath(scanRoot)))
        .Select(s => Path.GetRelativePath(scanRoot, s).Replace(Path.DirectorySeparatorChar, '/'))
        .Order(StringComparer.Ordinal).ToList());

    private string? Relative(string fullPath)
    {
        if (!IsUnder(fullPath, _workDir)) return null;
        var relative = Path.GetRelativePath(_workDir, fullPath).Replace(Path.DirectorySeparatorChar, '/');
        if (relative is "." or "./") return null;
        return fullPath.EndsWith(Path.DirectorySeparatorChar) && !relative.EndsWith('/') ? relative + "/" : relative;
    }

    private static bool IsUnder(string path, string directory)
    {
        var root = directory.EndsWith(Path.DirectorySeparatorChar) ? directory : directory + Path.DirectorySeparatorChar;
        return path.StartsWith(root, StringComparison.Ordinal) || path == directory;
    }

    public void Dispose() => _repo.Dispose();

    private sealed class SubmoduleNotice(IReadOnlyList<string> paths) : IScanSource
    {
        public async IAsyncEnumerable<ScanItem> ReadAsync(ScanDiagnostics diagnostics, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.Yield();
            foreach (var path in paths) diagnostics.Skip(path, "skipped: git submodule (scan it in its own repository)");
            yield break;
        }
    }
}
