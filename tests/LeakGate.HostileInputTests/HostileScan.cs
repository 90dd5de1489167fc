// Runs one hostile-input scan with the real CLI (JSON report on stdout) and checks the promises every case shares.
using System.Diagnostics;
using System.Text.Json;

namespace LeakGate.HostileInputTests;

public static class HostileScan
{
    /// <summary>Generous: the CI machine has two busy cores.</summary>
    public static readonly TimeSpan TimeBound = TimeSpan.FromSeconds(60);

    /// <summary>Scans <paramref name="root"/> with a JSON report, asserting the time bound and the exit code.</summary>
    public static ProcessResult Run(string root, int expectedExitCode, params string[] extraArgs) =>
        Timed(expectedExitCode, ["scan", .. extraArgs], () => LeakGateProcess.Run(root, ["scan", ".", "--format", "json", "--no-redact", .. extraArgs]));

    /// <summary>Runs any leakgate command with a JSON report on stdout, asserting the time bound and the exit code.</summary>
    public static ProcessResult RunCommand(string root, int expectedExitCode, params string[] args) =>
        Timed(expectedExitCode, args, () => LeakGateProcess.Run(root, [.. args, "--format", "json", "--no-redact"]));

    /// <summary>As <see cref="Run"/>, but as user nobody (setpriv): for checks that root, who reads everything, cannot make.</summary>
    public static ProcessResult RunAsNobody(string root, int expectedExitCode)
    {
        var start = new ProcessStartInfo("setpriv") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in (string[])["--reuid=65534", "--regid=65534", "--clear-groups", "dotnet", LeakGateProcess.CliAssembly, "scan", ".", "--format", "json", "--no-redact"])
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["NO_COLOR"] = "1";
        return Timed(expectedExitCode, ["scan", "(as nobody)"], () =>
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeBound)) process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new ProcessResult(process.ExitCode, stdout.Result, stderr.Result);
        });
    }

    private static ProcessResult Timed(int expectedExitCode, string[] command, Func<ProcessResult> scan)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = scan();
        stopwatch.Stop();
        Assert.True(stopwatch.Elapsed < TimeBound, $"scan took {stopwatch.Elapsed}, over {TimeBound}\n{result.StdErr}");
        result.ExitsWith(expectedExitCode);
        Console.WriteLine($"leakgate {string.Join(' ', command)}: exit {result.ExitCode} in {stopwatch.Elapsed.TotalSeconds:0.0} s");
        return result;
    }

    /// <summary>The finding of <paramref name="secret"/> (matched by the unredacted report) in <paramref name="path"/>.</summary>
    public static JsonElement FindingOf(ProcessResult result, string path, string secret)
    {
        var matches = result.Findings.Where(f => f.GetProperty("path").GetString() == path && f.GetProperty("secret").GetString() == secret).ToList();
        Assert.True(matches.Count == 1, $"expected one finding of the secret in {path}, got {matches.Count}\n{result.StdOut}");
        return matches[0];
    }

    /// <summary>The secret planted in <see cref="Secrets.PlantedFile"/> is still reported.</summary>
    public static void AssertPlantedFound(ProcessResult result) => FindingOf(result, Secrets.PlantedFile, Secrets.Planted);

    public static void AssertAt(JsonElement finding, int line, int column)
    {
        Assert.Equal(line, finding.GetProperty("startLine").GetInt32());
        Assert.Equal(column, finding.GetProperty("startColumn").GetInt32());
    }

    public static long Summary(ProcessResult result, string counter) => result.Json.GetProperty("summary").GetProperty(counter).GetInt64();

    public static IReadOnlyList<(string Level, string? Path, string Text)> Messages(ProcessResult result) =>
        result.Json.GetProperty("messages").EnumerateArray()
            .Select(m => (m.GetProperty("level").GetString()!, m.TryGetProperty("path", out var p) ? p.GetString() : null, m.GetProperty("text").GetString()!))
            .ToList();

    /// <summary>Runs a shell command (mkfifo, ln, byte-named files) and fails the test if it fails.</summary>
    public static void Shell(string workingDirectory, string script)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = workingDirectory, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"bash -c '{script}' failed: {error}");
    }
}
