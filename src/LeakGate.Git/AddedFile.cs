namespace LeakGate.Git;

/// <summary>
/// The lines a change adds to one file, by their line number in the new version. A file that cannot be
/// scanned line by line carries a <see cref="SkipReason"/> instead (binary, LFS pointer, submodule).
/// </summary>
public sealed record AddedFile(string Path, IReadOnlyList<AddedLine> Lines)
{
    public string? SkipReason { get; init; }
    public bool IsBinary { get; init; }
}

/// <summary>One added line: its 1-based number in the new file and its text without the line ending.</summary>
public readonly record struct AddedLine(int Number, string Text);
