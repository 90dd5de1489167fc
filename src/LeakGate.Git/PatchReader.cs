using LibGit2Sharp;

namespace LeakGate.Git;

/// <summary>The added lines of a LibGit2Sharp patch (index vs HEAD, or one tree vs another), with renames detected so a moved file adds nothing.</summary>
internal static class PatchReader
{
    public static readonly CompareOptions Options = new()
    {
        ContextLines = 0,
        InterhunkLines = 0,
        Similarity = SimilarityOptions.Renames,
        IncludeUnmodified = false,
    };

    public const string SubmoduleReason = "skipped: git submodule (scan it in its own repository)";

    public static IReadOnlyList<AddedFile> AddedFiles(Patch patch)
    {
        var files = new List<AddedFile>();
        foreach (var entry in patch)
        {
            if (entry.Status is ChangeKind.Deleted or ChangeKind.Unmodified or ChangeKind.Ignored or ChangeKind.Untracked) continue;
            if (entry.Mode == Mode.GitLink)
            {
                files.Add(new AddedFile(entry.Path, []) { SkipReason = SubmoduleReason });
                continue;
            }
            if (entry.IsBinaryComparison)
            {
                files.Add(new AddedFile(entry.Path, []) { IsBinary = true });
                continue;
            }
            var lines = entry.AddedLines.Select(l => new AddedLine(l.LineNumber, l.Content.TrimEnd('\n', '\r'))).ToList();
            files.Add(SkipLfsPointer(new AddedFile(entry.Path, lines)));
        }
        return files;
    }

    /// <summary>A file whose first added line opens a Git LFS pointer names content stored elsewhere: skipped, with the reason.</summary>
    public static AddedFile SkipLfsPointer(AddedFile file) =>
        file.Lines is [{ Number: 1 } first, ..] && LfsPointer.Is(first.Text) ? new AddedFile(file.Path, []) { SkipReason = "skipped: Git LFS pointer" } : file;
}
