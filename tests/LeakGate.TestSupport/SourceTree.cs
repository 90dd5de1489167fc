// Test support: this repository's source tree, found above the test binaries, and copies of it without build output.
namespace LeakGate.TestSupport;

public static class SourceTree
{
    private static readonly string[] BuildOutput = ["bin", "obj", ".git", "artifacts", "TestResults", "BenchmarkDotNet.Artifacts", "pre-commit-build"];

    /// <summary>The folder holding Scanner.sln above the running tests.</summary>
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Scanner.sln"))) return dir.FullName;
            }
            throw new InvalidOperationException("Scanner.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>Copies the source tree to <paramref name="destination"/>, leaving out build output, .git and symlinks.</summary>
    public static void CopyTo(string destination) => Copy(Root, destination);

    private static void Copy(string from, string to)
    {
        foreach (var entry in new DirectoryInfo(from).EnumerateFileSystemInfos())
        {
            if (BuildOutput.Contains(entry.Name) || entry.LinkTarget is not null) continue;
            var target = Path.Combine(to, entry.Name);
            if (entry is DirectoryInfo directory)
            {
                Directory.CreateDirectory(target);
                Copy(directory.FullName, target);
            }
            else
            {
                File.Copy(entry.FullName, target, overwrite: true);
            }
        }
    }
}
