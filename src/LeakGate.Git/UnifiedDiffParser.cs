using System.Globalization;
using System.Text.RegularExpressions;

namespace LeakGate.Git;

/// <summary>
/// Reads a unified diff (<c>git diff</c>, <c>diff -u</c>) and returns the lines it adds, by their number in
/// the new file. Deleted files add nothing; "Binary files ... differ" entries are counted as binary; a
/// submodule (git's mode 160000: its "Subproject commit" line is not content) is skipped with the reason.
/// </summary>
public static partial class UnifiedDiffParser
{
    [GeneratedRegex(@"^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")]
    private static partial Regex HunkHeader();

    /// <summary>Parses the diff; a hunk header that cannot be right (line 0, absurd line numbers) is a <see cref="GitException"/>.</summary>
    public static IReadOnlyList<AddedFile> Parse(TextReader reader)
    {
        var files = new List<AddedFile>();
        string? path = null;
        var binary = false;
        var submodule = false;
        List<AddedLine>? lines = null;
        var next = 0;
        int oldLeft = 0, newLeft = 0;
        var inHunk = false;
        var gitHeader = false;

        void Flush()
        {
            if (path is not null && path != "/dev/null" && submodule) files.Add(new AddedFile(path, []) { SkipReason = PatchReader.SubmoduleReason });
            else if (path is not null && path != "/dev/null" && (binary || lines?.Count > 0)) files.Add(new AddedFile(path, binary ? [] : lines!) { IsBinary = binary });
            path = null;
            lines = null;
            binary = false;
            submodule = false;
            inHunk = false;
        }

        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.StartsWith("diff --git ", StringComparison.Ordinal))
            {
                Flush();
                path = PathFromDiffGit(line);
                lines = [];
                gitHeader = true;
                continue;
            }
            if (gitHeader && IsSubmoduleModeLine(line))
            {
                submodule = true;
                continue;
            }
            if (line.StartsWith("--- ", StringComparison.Ordinal) && !inHunk)
            {
                if (!gitHeader) Flush();
                lines ??= [];
                continue;
            }
            if (line.StartsWith("+++ ", StringComparison.Ordinal) && !inHunk)
            {
                lines ??= [];
                path = StripPrefix(line[4..]);
                gitHeader = false;
                continue;
            }
            if (line.StartsWith("Binary files ", StringComparison.Ordinal))
            {
                binary = true;
                gitHeader = false;
                continue;
            }
            var hunk = HunkHeader().Match(line);
            if (hunk.Success)
            {
                oldLeft = hunk.Groups[1].Success ? LineCount(hunk.Groups[1].Value, lineNumber) : 1;
                next = LineCount(hunk.Groups[2].Value, lineNumber);
                newLeft = hunk.Groups[3].Success ? LineCount(hunk.Groups[3].Value, lineNumber) : 1;
                inHunk = oldLeft + newLeft > 0;
                lines ??= [];
                continue;
            }
            if (!inHunk || lines is null) continue;
            if (line.StartsWith('\\')) continue;
            if (line.StartsWith('+'))
            {
                if (next < 1) throw new GitException($"diff line {lineNumber}: a line added at line 0 (the hunk header is wrong)");
                lines.Add(new AddedLine(next++, line[1..]));
                newLeft--;
            }
            else if (line.StartsWith('-'))
            {
                oldLeft--;
            }
            else
            {
                next++;
                newLeft--;
                oldLeft--;
            }
            if (oldLeft <= 0 && newLeft <= 0) inHunk = false;
        }
        Flush();
        return files;
    }

    /// <summary>
    /// A line number or count of a hunk header. Added lines are rendered at their numbers (blank lines between),
    /// so a hostile header naming line 2,000,000,000 would otherwise cost gigabytes; no text file under the
    /// scanner's size limits has more lines than this.
    /// </summary>
    private static int LineCount(string digits, int lineNumber) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= MaxLineNumber
            ? value
            : throw new GitException($"diff line {lineNumber}: hunk header names line {digits}, over the {MaxLineNumber:N0} lines a scanned file can have");

    private const int MaxLineNumber = 100_000_000;

    /// <summary>"new file mode 160000", "new mode 160000" or "index a..b 160000": the entry is a submodule (a gitlink).</summary>
    private static bool IsSubmoduleModeLine(string line) =>
        line.EndsWith(" 160000", StringComparison.Ordinal) && (line.StartsWith("new file mode ", StringComparison.Ordinal) || line.StartsWith("new mode ", StringComparison.Ordinal) || line.StartsWith("index ", StringComparison.Ordinal));

    private static string? PathFromDiffGit(string line)
    {
        var at = line.LastIndexOf(" b/", StringComparison.Ordinal);
        return at < 0 ? null : line[(at + 3)..];
    }

    /// <summary>"b/src/app.cs\t2024-01-01 ..." → "src/app.cs".</summary>
    private static string StripPrefix(string name)
    {
        var tab = name.IndexOf('\t');
        if (tab >= 0) name = name[..tab];
        if (name.Length > 1 && name[0] == '"' && name[^1] == '"') name = name[1..^1];
        return name.StartsWith("b/", StringComparison.Ordinal) ? name[2..] : name;
    }
}
