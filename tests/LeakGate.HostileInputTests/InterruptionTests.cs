// Issue 9, item 4: SIGINT and SIGTERM stop a long scan promptly, flush a valid partial report and exit 130 / 143.
using System.Diagnostics;
using System.Runtime.InteropServices;
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
    private const int SigInt = 2, SigTerm = 15;
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(15);

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
            var (exitCode, stderr, afterSignal) = RunAndSignal(signal, ["scan", ".", "--threads", "1", "--format", format, "--output", output]);

            Assert.True(exitCode == expectedExitCode, $"expected exit code {expectedExitCode}, got {exitCode}\n{stderr}");
            Assert.True(afterSignal < Prompt, $"took {afterSignal} to stop after SIG{signal}");
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

    /// <summary>Starts the CLI, waits until it is well into the scan, sends the signal, and times the stop.</summary>
    private (int ExitCode, string StdErr, TimeSpan AfterSignal) RunAndSignal(string signal, string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = tree.Directory.Path, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(LeakGateProcess.CliAssembly);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            Thread.Sleep(TimeSpan.FromSeconds(3));
            Assert.False(process.HasExited, "the scan finished before the signal: make the tree bigger");
            Assert.True(Kill(process.Id, signal == "INT" ? SigInt : SigTerm) == 0, $"kill -{signal} {process.Id} failed: errno {Marshal.GetLastPInvokeError()}");
            var afterSignal = Stopwatch.StartNew();
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), $"leakgate did not stop within 60 s of SIG{signal}");
            return (process.ExitCode, stderr.Result, afterSignal.Elapsed);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }

    /// <summary>kill(2), as <c>kill -INT/-TERM pid</c> would send it.</summary>
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
