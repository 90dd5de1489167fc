// Issue 9, item 4: SIGINT and SIGTERM stop a long scan promptly, flush a valid partial report and exit 130 / 143.
using System.Text;
using System.Text.Json;

namespace LeakGate.HostileInputTests;

/// <summary>A tree of ~400 MB of plain text, enough for a one-thread scan to run well past the signal.</summary>
public sealed class LongScanTree : IDisposable
{
    public LongScanTree()
    {
        var random = new Random(9);
        var line = new string(Enumerable.Range(0, 99).Select(_ => (char)('a' + random.Next(26))).ToArray()) + "\n";
        var block = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat(line, 10_000)));
        for (var i = 0; i < 400; i++) Directory.WriteBytes($"bulk/f{i:D4}.txt", block);
        // Walked first (the walk visits names in descending order), so its finding is in the partial report.
        Directory.Write(Secrets.PlantedFile, Secrets.PlantedContent);
    }

    public TempDirectory Directory { get; } = new();

    public void Dispose() => Directory.Dispose();
}

public sealed class InterruptionTests(LongScanTree tree) : IClassFixture<LongScanTree>
{

    [Theory]
    [InlineData("INT", 130, "json")]
    [InlineData("TERM", 143, "json")]
    [InlineData("INT", 130, "sarif")]
    [InlineData("TERM", 143, "sarif")]
    public void Signal_stops_the_scan_and_writes_a_partial_report(string signal, int expectedExitCode, string format)
    {
        var output = tree.Directory.Combine($"../report-{Guid.NewGuid():N}.{format}");
        try
        {
            var (exitCode, stderr, afterSignal) = SignalledRun.Run(tree.Directory.Path, signal, ["scan", ".", "--threads", "1", "--format", format, "--output", output]);

            Assert.True(exitCode == expectedExitCode, $"expected exit code {expectedExitCode}, got {exitCode}\n{stderr}");
            Assert.True(afterSignal < SignalledRun.Prompt, $"took {afterSignal} to stop after SIG{signal}");
            Assert.DoesNotContain("   at ", stderr);
            using var report = JsonDocument.Parse(File.ReadAllText(output));
            if (format == "json")
            {
                Assert.True(report.RootElement.GetProperty("partial").GetBoolean());
                var findings = report.RootElement.GetProperty("findings").EnumerateArray().ToList();
                Assert.Contains(findings, f => f.GetProperty("path").GetString() == Secrets.PlantedFile);
                Assert.True(report.RootElement.GetProperty("summary").GetProperty("itemsScanned").GetInt64() < 401, "the scan ran to the end before the signal");
            }
            else
            {
                var run = report.RootElement.GetProperty("runs")[0];
                Assert.False(run.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean());
                var results = run.GetProperty("results").EnumerateArray().ToList();
                Assert.Contains(results, r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString() == Secrets.PlantedFile);
            }
        }
        finally
        {
            File.Delete(output);
        }
    }
}
