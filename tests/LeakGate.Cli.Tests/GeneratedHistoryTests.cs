// Covers the benchmark history end to end: every key planted by benchmarks/generate-history.py (and later overwritten,
// so it lives only in history) is found by `leakgate git`, at the commit that planted it, and nothing else is.
using System.Diagnostics;

namespace LeakGate.Cli.Tests;

public class GeneratedHistoryTests
{
    [Fact]
    public void Every_planted_key_of_the_benchmark_history_is_found_at_its_commit_and_nothing_else()
    {
        using var dir = new TempDirectory();
        new GitFixture(dir).Init();
        var planted = Generate(dir.Path, commits: 400, files: 300, plantEvery: 50);
        Assert.Equal(7, planted.Count);

        var result = LeakGateProcess.Run(dir.Path, "git", ".", "--format", "json", "--no-redact", "--quiet").ExitsWith(1);

        var found = result.Findings.Select(f => (Secret: f.GetProperty("secret").GetString()!, Message: f.GetProperty("commit").GetProperty("message").GetString()!)).ToList();
        Assert.Equal(planted.Keys.Order(), found.Select(f => f.Secret).Order());
        Assert.All(found, f => Assert.Equal(planted[f.Secret], f.Message));
    }

    /// <summary>Runs the generator into the repository; returns each planted key with the message of the commit that planted it.</summary>
    private static Dictionary<string, string> Generate(string repository, int commits, int files, int plantEvery)
    {
        var script = Path.Combine(SourceTree.Root, "benchmarks", "generate-history.py");
        var start = new ProcessStartInfo("bash", ["-c", $"python3 '{script}' {commits} {files} {plantEvery} | git fast-import --quiet && git checkout -q -f main"])
        {
            WorkingDirectory = repository, RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, stderr);
        var keys = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("planted ", StringComparison.Ordinal)).Select(l => l["planted ".Length..]).ToList();
        return keys.Select((key, i) => (key, message: $"commit {(i + 1) * plantEvery}")).ToDictionary(p => p.key, p => p.message);
    }
}
