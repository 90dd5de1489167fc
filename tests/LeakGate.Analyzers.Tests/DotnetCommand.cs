using System.Diagnostics;

namespace LeakGate.Analyzers.Tests;

/// <summary>Runs the real <c>dotnet</c> CLI (pack, build) in a folder, with its own package cache when given one.</summary>
internal static class DotnetCommand
{
    public static (int Code, string Output) Run(string directory, string? packagesFolder, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        if (packagesFolder is not null) start.Environment["NUGET_PACKAGES"] = packagesFolder;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(8)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', args)} did not finish in 8 minutes");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
