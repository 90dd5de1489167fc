// Compares output with a reviewed golden file under golden/; LEAKGATE_UPDATE_GOLDEN=1 rewrites the file instead.
using System.Runtime.CompilerServices;

namespace LeakGate.Reports.Tests;

public static class GoldenFile
{
    public static void AssertMatches(string name, string actual, [CallerFilePath] string callerPath = "")
    {
        var sourcePath = Path.Combine(Path.GetDirectoryName(callerPath)!, "golden", name);
        var normalized = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("LEAKGATE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(sourcePath, normalized);
            return;
        }
        var expectedPath = File.Exists(sourcePath) ? sourcePath : Path.Combine(AppContext.BaseDirectory, "golden", name);
        Assert.True(File.Exists(expectedPath), $"golden file {name} is missing; run the tests once with LEAKGATE_UPDATE_GOLDEN=1 and review it");
        Assert.Equal(File.ReadAllText(expectedPath).ReplaceLineEndings("\n"), normalized);
    }
}
