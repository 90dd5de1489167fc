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

    public static IReadOnlyList<AddedFile> AddedFiles(Patch patch)
    {
        var files = new List<AddedFile>();
        foreach (var entry in patch)
        {
            if (entry.Status is ChangeKind.Deleted or ChangeKind.Unmodified or ChangeKind.Ignored or ChangeKind.Untracked) continue;
            if (entry.Mode == Mode.GitLink)
            {
                files.Add(new AddedFile(entry.Path, []) { SkipReason = "skipped: git submodule (scan it in its own repository)" });
                continue;
            }
            if (entry.IsBinaryComparison)
            {
                files.Add(new AddedFile(entry.Path, []) { IsBinary = true });
                continue;
            }
            var lines = entry.AddedLines.Select(l => new AddedLine(l.LineNumber, l.Content.TrimEnd('\n', '\r'))).ToList();
            if (lines.Count > 0 && lines[0].Number == 1 && LfsPointer.Is(lines[0].Text))
            {
                files.Add(new AddedFile(entry.Path, []) { SkipReason = "skipped: Git LFS pointer" });
                continue;
            }
            files.Add(new AddedFile(entry.Path, lines));
        }
        return files;
    }
}
