// Runs the real CLI, sends it SIGINT or SIGTERM once it is well into its work, and times how long it takes to stop.
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace LeakGate.HostileInputTests;

public static class SignalledRun
{
    private const int SigInt = 2, SigTerm = 15;

    /// <summary>How soon after the signal the process must have exited (measured: under 3.5 s on a busy two-core machine).</summary>
    public static readonly TimeSpan Prompt = TimeSpan.FromSeconds(8);

    /// <summary>Starts the CLI, waits until it is well into the scan, sends the signal, and times the stop.</summary>
    public static (int ExitCode, string StdErr, TimeSpan AfterSignal) Run(string workingDirectory, string signal, string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(LeakGateProcess.CliAssembly);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["NO_COLOR"] = "1";
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
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
            Console.WriteLine($"leakgate {string.Join(' ', args)}: exit {process.ExitCode} {afterSignal.Elapsed.TotalSeconds:0.00} s after SIG{signal}");
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
