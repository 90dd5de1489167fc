using System.Text;
using LeakGate.Git;

namespace LeakGate.Fuzz;

/// <summary>
/// A unified diff as `leakgate diff --stdin-diff` reads it: parsed, and every added line rendered at its number.
/// A <see cref="GitException"/> is the promised answer to a diff that cannot be right; any other exception is a bug.
/// </summary>
public static class DiffParserTarget
{
    public static void Run(Stream input)
    {
        IReadOnlyList<AddedFile> files;
        try
        {
            files = UnifiedDiffParser.Parse(new StreamReader(input, Encoding.UTF8));
        }
        catch (GitException)
        {
            return;
        }
        foreach (var file in files)
        {
            if (file.Lines.Any(l => l.Number < 1)) throw new InvalidOperationException($"{file.Path}: an added line numbered below 1");
            _ = AddedLinesSource.Render(file.Lines);
        }
    }
}
