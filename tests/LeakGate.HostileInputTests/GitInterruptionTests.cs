// Issue 9, item 4 (git): SIGINT and SIGTERM during `git`, `staged` and `diff` stop promptly with a valid partial report and exit 130 / 143.
using System.Text;
using System.Text.Json;

namespace LeakGate.HostileInputTests;

/// <summary>
/// One repository for every case: commit "planted" (main) holds the planted secret; commit "bulk" (tag bulk) adds
/// ~200 MB of text on top of it; the index holds bulk's tree while HEAD stays at planted, so the same 200 MB are
/// history for <c>git</c>, staged changes for <c>staged</c> and planted..bulk for <c>diff</c>.
/// </summary>
public sealed class BulkRepository : IDisposable
{
    public BulkRepository()
    {
        var repo = HostileRepo.Init(Directory.Path);
        Directory.Write(Secrets.PlantedFile, Secrets.PlantedContent);
        repo.Commit("planted");
        var random = new Random(9);
        var line = new char[100];
        for (var file = 0; file < 200; file++)
        {
            var text = new StringBuilder(1_000_000);
            for (var l = 0; l < 10_000; l++)
            {
                for (var c = 0; c < 99; c++) line[c] = (char)('a' + random.Next(26));
                line[99] = '\n';
                text.Append(line);
            }
            Directory.Write($"bulk/f{file:D3}.txt", text.ToString());
        }
        repo.Commit("bulk");
        repo.Git("tag bulk && git reset -q --soft HEAD~1");
    }

    public TempDirectory Directory { get; } = new();

    public void Dispose() => Directory.Dispose();
}

public sealed class GitInterruptionTests(BulkRepository repository) : IClassFixture<BulkRepository>
{
    [Theory]
    [InlineData("INT", 130, "json")]
    [InlineData("TERM", 143, "sarif")]
    public void Signal_during_a_history_scan_writes_a_partial_report_with_what_was_found(string signal, int expectedExitCode, string format)
    {
        using var report = RunAndSignal(signal, expectedExitCode, format, "git", ".", "--threads", "1");

        // The planted commit is the oldest, so its blob is scanned first and is in the partial report.
        Assert.Contains(Paths(report.RootElement, format), p => p == Secrets.PlantedFile);
    }

    [Theory]
    [InlineData("INT", 130, "json")]
    [InlineData("TERM", 143, "sarif")]
    public void Signal_during_the_staged_gate_writes_a_partial_report(string signal, int expectedExitCode, string format)
    {
        using var report = RunAndSignal(signal, expectedExitCode, format, "staged", "--threads", "1");

        Assert.DoesNotContain(Paths(report.RootElement, format), p => p == Secrets.PlantedFile);
    }

    [Theory]
    [InlineData("INT", 130)]
    [InlineData("TERM", 143)]
    public void Signal_during_the_staged_gate_text_output_says_the_check_was_partial(string signal, int expectedExitCode)
    {
        var output = repository.Directory.Combine($"../gate-{Guid.NewGuid():N}.txt");
        try
        {
            var (exitCode, stderr, afterSignal) = SignalledRun.Run(repository.Directory.Path, signal, ["staged", "--threads", "1", "--output", output]);

            AssertStopped(signal, expectedExitCode, exitCode, stderr, afterSignal);
            Assert.Contains("scan interrupted: the staged changes were only partly checked", File.ReadAllText(output));
            Assert.DoesNotContain("no secrets in the staged changes", stderr);
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Theory]
    [InlineData("INT", 130, "json")]
    [InlineData("TERM", 143, "sarif")]
    public void Signal_during_a_range_diff_writes_a_partial_report(string signal, int expectedExitCode, string format)
    {
        using var report = RunAndSignal(signal, expectedExitCode, format, "diff", "main..bulk", "--threads", "1");

        Assert.DoesNotContain(Paths(report.RootElement, format), p => p == Secrets.PlantedFile);
    }

    /// <summary>Runs the command with its report in a file, signals it, and returns the parsed report, checked to be marked partial.</summary>
    private JsonDocument RunAndSignal(string signal, int expectedExitCode, string format, params string[] command)
    {
        var output = repository.Directory.Combine($"../report-{Guid.NewGuid():N}.{format}");
        try
        {
            var (exitCode, stderr, afterSignal) = SignalledRun.Run(repository.Directory.Path, signal, [.. command, "--format", format, "--output", output]);

            AssertStopped(signal, expectedExitCode, exitCode, stderr, afterSignal);
            var report = JsonDocument.Parse(File.ReadAllText(output));
            if (format == "json") Assert.True(report.RootElement.GetProperty("partial").GetBoolean());
            else Assert.False(report.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean());
            return report;
        }
        finally
        {
            File.Delete(output);
        }
    }

    private static void AssertStopped(string signal, int expectedExitCode, int exitCode, string stderr, TimeSpan afterSignal)
    {
        Assert.True(exitCode == expectedExitCode, $"expected exit code {expectedExitCode}, got {exitCode}\n{stderr}");
        Assert.True(afterSignal < SignalledRun.Prompt, $"took {afterSignal} to stop after SIG{signal}");
        Assert.DoesNotContain("   at ", stderr);
    }

    private static IEnumerable<string?> Paths(JsonElement report, string format) => format == "json"
        ? report.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("path").GetString())
        : report.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
}
