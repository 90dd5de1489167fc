// Issue 7: `dotnet pack` at the root makes the tool package, LeakGate (command leakgate), installed as the action installs it,
// and the analyzer package, LeakGate.Analyzers (issue 5), both at the version of Directory.Build.props.
using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;

namespace LeakGate.Cli.Tests;

public sealed class ToolPackageTests
{
    [Fact]
    public void Packing_the_root_gives_the_tool_and_the_analyzer_package_and_installing_like_the_action_gives_the_leakgate_command_at_the_one_declared_version()
    {
        var root = SourceTree.Root;
        var version = XDocument.Load(Path.Combine(root, "Directory.Build.props")).Descendants("Version").Single().Value;
        using var source = new TempDirectory();
        SourceTree.CopyTo(source.Path);
        using var work = new TempDirectory();

        var (code, output, log) = Run(source.Path, "bash", Path.Combine(source.Path, "tools", "install-leakgate-tool.sh"), source.Path, work.Path);

        Assert.True(code == 0, output + "\n" + log);
        var packages = Directory.GetFiles(Path.Combine(work.Path, "packages"), "*.nupkg").Select(Path.GetFileName).Order().ToList();
        Assert.Equal([$"LeakGate.{version}.nupkg", $"LeakGate.Analyzers.{version}.nupkg"], packages);
        var package = Path.Combine(work.Path, "packages", $"LeakGate.{version}.nupkg");
        using (var zip = ZipFile.OpenRead(package))
        {
            Assert.Contains(zip.Entries, e => e.FullName == "README.md");
            Assert.Contains(zip.Entries, e => e.FullName.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal));
        }
        using (var analyzers = ZipFile.OpenRead(Path.Combine(work.Path, "packages", $"LeakGate.Analyzers.{version}.nupkg")))
        {
            Assert.Contains(analyzers.Entries, e => e.FullName == "analyzers/dotnet/cs/LeakGate.Analyzers.dll");
            Assert.DoesNotContain(analyzers.Entries, e => e.FullName.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal));
        }
        var installed = Path.Combine(work.Path, "tool", "leakgate");
        Assert.Equal(installed, output.Trim());
        var (versionCode, printed, _) = Run(work.Path, installed, "--version");
        Assert.Equal(0, versionCode);
        Assert.StartsWith(version, printed.Trim());
    }

    private static (int Code, string StdOut, string StdErr) Run(string directory, string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment.Remove("GITHUB_OUTPUT");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(8)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish in 8 minutes");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
