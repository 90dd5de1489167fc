// Test support: runs the real leakgate command (the CLI assembly built beside the tests) and captures its output.
using System.Diagnostics;
using System.Text.Json;
using Xunit;

namespace LeakGate.TestSupport;

public sealed record ProcessResult(int ExitCode, string StdOut, string StdErr)
{
    public JsonElement Json => JsonDocument.Parse(StdOut).RootElement;

    public IReadOnlyList<JsonElement> Findings => Json.GetProperty("findings").EnumerateArray().ToList();

    /// <summary>Asserts the exit code, showing both output streams when it is not the expected one.</summary>
    public ProcessResult ExitsWith(int expected)
    {
        Assert.True(ExitCode == expected, $"expected exit code {expected}, got {ExitCode}\n--- stdout\n{StdOut}\n--- stderr\n{StdErr}");
        return this;
    }
}

public static class LeakGateProcess
{
    public static readonly string CliAssembly = Path.Combine(AppContext.BaseDirectory, "leakgate.dll");

    public static ProcessResult Run(string workingDirectory, params string[] args) => RunWithInput(workingDirectory, null, args);

    public static ProcessResult RunWithInput(string workingDirectory, string? stdin, params string[] args) => Start(workingDirectory, stdin, null, args);

    /// <summary>Runs with extra environment variables (e.g. a store's address and credentials for a fake server).</summary>
    public static ProcessResult RunWithEnvironment(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        Start(workingDirectory, null, environment, args);

    private static ProcessResult Start(string workingDirectory, string? stdin, IReadOnlyDictionary<string, string>? environment, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(CliAssembly);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // Plain output, and no user or system git configuration leaking into repositories the tests build.
        start.Environment["NO_COLOR"] = "1";
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null) process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"leakgate {string.Join(' ', args)} did not finish in 2 minutes");
        }
        return new ProcessResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Asserts a one-line error: exit code 2, the expected message, and no stack trace.</summary>
    public static void AssertOneLineError(ProcessResult result, string expectedFragment)
    {
        result.ExitsWith(2);
        Assert.Contains(expectedFragment, result.StdErr);
        Assert.DoesNotContain("   at ", result.StdErr);
        Assert.DoesNotContain("Exception", result.StdErr);
    }
}
