using System.Diagnostics;
using System.Text;

namespace LeakGate.Git;

/// <summary>
/// What the next commit would add, read with the <c>git</c> command rather than libgit2: the NativeAOT gate
/// (<c>leakgate-gate</c>) uses it because LibGit2Sharp's marshalling does not work under NativeAOT. Same
/// answer as <see cref="StagedChanges"/>: index against HEAD (the empty tree when unborn), no context lines,
/// renames detected, Myers without the indent heuristic (libgit2's defaults), <c>GIT_INDEX_FILE</c> honoured
/// (by git itself), submodules and LFS pointers skipped, unresolved conflicts refused, the same messages.
/// </summary>
public static class GitCliStagedChanges
{
    private const string UnmergedPrefix = "* Unmerged path ";

    /// <summary>
    /// The work tree's root (full path) and the staged added lines of the repository holding <paramref name="path"/>.
    /// The diff (repository-relative paths with <c>--no-relative</c>) runs while the root is asked for: two git
    /// processes at once, as the gate's time is mostly theirs.
    /// </summary>
    public static (string Root, IReadOnlyList<AddedFile> Files) Read(string path)
    {
        if (!Directory.Exists(path)) throw new GitException($"no such directory: {path}");
        var directory = Path.GetFullPath(path);
        var staged = Task.Run(() => RunGit(directory, "-c", "core.quotePath=false", "diff", "--cached", "--no-color", "--no-ext-diff", "--no-textconv",
            "--no-relative", "--unified=0", "--inter-hunk-context=0", "--find-renames", "--diff-algorithm=myers", "--no-indent-heuristic",
            "--submodule=short", "--src-prefix=a/", "--dst-prefix=b/"));
        var root = WorkTreeRoot(path, directory);
        var diff = staged.GetAwaiter().GetResult();
        if (diff.ExitCode != 0) throw new GitException($"cannot read the staged changes: {diff.Error}");
        var conflicts = diff.Output.Split('\n').Where(l => l.StartsWith(UnmergedPrefix, StringComparison.Ordinal)).Select(l => l[UnmergedPrefix.Length..]).ToList();
        if (conflicts.Count > 0) throw new GitException(StagedChanges.ConflictMessage(conflicts));
        var files = UnifiedDiffParser.Parse(new StringReader(diff.Output)).Select(PatchReader.SkipLfsPointer).ToList();
        return (root, files);
    }

    private static string WorkTreeRoot(string path, string directory)
    {
        var found = RunGit(directory, "rev-parse", "--is-bare-repository", "--show-toplevel");
        var lines = found.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length > 0 && lines[0] == "true") throw new GitException($"{path} is a bare repository: the staged scan needs a work tree and an index");
        if (found.ExitCode != 0 || lines.Length < 2) throw new GitException($"not a git repository (or any parent up to /): {path}");
        return Path.GetFullPath(lines[1]);
    }

    private static (int ExitCode, string Output, string Error) RunGit(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new GitException("cannot start git");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new GitException($"cannot start git (the gate reads the staged changes with the git command): {ex.Message}");
        }
        using var started = process;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var firstError = error.Result.Split('\n', 2)[0].Trim();
        return (process.ExitCode, output, firstError.StartsWith("fatal: ", StringComparison.Ordinal) ? firstError[7..] : firstError);
    }
}
