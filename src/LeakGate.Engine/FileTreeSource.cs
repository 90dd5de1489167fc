using System.Runtime.CompilerServices;

namespace LeakGate.Engine;

/// <summary>
/// Files under one or more paths. Symbolic links and special files (FIFOs, devices) are reported and
/// skipped, never followed or opened; <c>.git</c> directories are left to the git sources.
/// Paths in findings are relative to <paramref name="displayRoot"/>.
/// </summary>
public sealed class FileTreeSource(IReadOnlyList<string> paths, string displayRoot, Func<string, bool>? isIgnored = null) : IScanSource
{
    public async IAsyncEnumerable<ScanItem> ReadAsync(ScanDiagnostics diagnostics, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (Directory.Exists(full) && !IsLink(full))
            {
                foreach (var item in Walk(full, diagnostics, cancellationToken)) yield return item;
            }
            else if (File.Exists(full) || IsLink(full))
            {
                if (ToItem(new FileInfo(full), diagnostics) is { } item) yield return item;
            }
            else
            {
                diagnostics.Error(path, "no such file or directory");
            }
        }
    }

    private IEnumerable<ScanItem> Walk(string root, ScanDiagnostics diagnostics, CancellationToken cancellationToken)
    {
        var pending = new Stack<DirectoryInfo>();
        pending.Push(new DirectoryInfo(root));
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var directory = pending.Pop();
            FileSystemInfo[] entries;
            try
            {
                entries = directory.GetFileSystemInfos();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(Display(directory.FullName), $"cannot list directory: {ex.Message}");
                continue;
            }
            foreach (var entry in entries.OrderByDescending(e => e.Name, StringComparer.Ordinal))
            {
                if (entry is DirectoryInfo child)
                {
                    if (child.Name == ".git") continue;
                    if (child.LinkTarget is not null)
                    {
                        diagnostics.Skip(Display(child.FullName), "skipped: symbolic link to a directory (not followed)");
                        continue;
                    }
                    if (isIgnored?.Invoke(child.FullName + Path.DirectorySeparatorChar) == true) continue;
                    pending.Push(child);
                }
                else if (entry is FileInfo file && ToItem(file, diagnostics) is { } item)
                {
                    yield return item;
                }
            }
        }
    }

    private ScanItem? ToItem(FileInfo file, ScanDiagnostics diagnostics)
    {
        var display = Display(file.FullName);
        if (file.LinkTarget is not null)
        {
            diagnostics.Skip(display, "skipped: symbolic link (not followed)");
            return null;
        }
        if (isIgnored?.Invoke(file.FullName) == true) return null;
        if (!UnixFileType.IsRegularFile(file.FullName))
        {
            diagnostics.Skip(display, "skipped: not a regular file (FIFO, socket or device)");
            return null;
        }
        long length;
        try
        {
            length = file.Length;
        }
        catch (IOException ex)
        {
            // One odd entry must not end the walk: report it and go on with the rest of the tree.
            diagnostics.Error(display, $"cannot read: {WhyUnreadable(file, ex)}");
            return null;
        }
        return new ScanItem(new Origin(display), () => new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan), length);
    }

    /// <summary>.NET decodes file names as UTF-8; a name holding other bytes comes back with U+FFFD and cannot be opened by that name.</summary>
    private static string WhyUnreadable(FileInfo file, IOException ex) =>
        ex is FileNotFoundException && file.Name.Contains('\uFFFD')
            ? "the file name is not valid UTF-8, so it cannot be opened (rename it to scan it)"
            : ex.Message;

    private static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;

    private string Display(string fullPath)
    {
        var relative = Path.GetRelativePath(displayRoot, fullPath);
        return relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
