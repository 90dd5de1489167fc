using System.Runtime.CompilerServices;
using System.Text;
using LeakGate.Engine;

namespace LeakGate.Git;

/// <summary>
/// Scans only what a change adds, with correct line numbers: each item is the new file with every line
/// that is not added replaced by an empty line, so a finding's line is the line in the staged or new file.
/// </summary>
public sealed class AddedLinesSource(IReadOnlyList<AddedFile> files) : IScanSource
{
    public IReadOnlyList<AddedFile> Files => files;

    public async IAsyncEnumerable<ScanItem> ReadAsync(ScanDiagnostics diagnostics, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (file.IsBinary)
            {
                diagnostics.SkipBinary();
                continue;
            }
            if (file.SkipReason is { } reason)
            {
                diagnostics.Skip(file.Path, reason);
                continue;
            }
            if (file.Lines.Count == 0) continue;
            var content = Render(file.Lines);
            yield return new ScanItem(new Origin(file.Path), () => new MemoryStream(content, writable: false), content.Length);
        }
    }

    /// <summary>The sparse file: added lines at their numbers, empty lines between them, UTF-8.</summary>
    public static byte[] Render(IReadOnlyList<AddedLine> lines)
    {
        var text = new StringBuilder();
        var next = 1;
        foreach (var line in lines.OrderBy(l => l.Number))
        {
            if (line.Number < next) continue;
            text.Append('\n', line.Number - next);
            text.Append(line.Text).Append('\n');
            next = line.Number + 1;
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
