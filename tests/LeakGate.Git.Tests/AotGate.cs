// The NativeAOT gate (src/LeakGate.Gate) published once per test run from a copy of the source tree, and run like leakgate.
using System.Runtime.InteropServices;

namespace LeakGate.Git.Tests;

public static class AotGate
{
    private static readonly Lazy<string> Published = new(Publish, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The published <c>leakgate-gate</c> binary (the first caller waits for the publish, about a minute or two).</summary>
    public static string Binary => Published.Value;

    /// <summary>Runs <c>leakgate-gate</c> with the environment <see cref="LeakGateProcess"/> gives leakgate.</summary>
    public static ProcessResult Run(string workingDirectory, params string[] args) => TempRepo.Run(workingDirectory, null, Binary, args);

    private static string Publish()
    {
        // A copy, so this RID-specific restore and publish never touch the obj folders other tests build in; the copy
        // goes once the binary is out, the binary when the test run ends.
        var source = Path.Combine(Path.GetTempPath(), "leakgate-gate-src-" + Guid.NewGuid().ToString("N"));
        var output = Path.Combine(Path.GetTempPath(), "leakgate-gate-bin-" + Guid.NewGuid().ToString("N"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteQuietly(output);
        try
        {
            SourceTree.CopyTo(Directory.CreateDirectory(source).FullName);
            var rid = RuntimeInformation.RuntimeIdentifier;
            var result = TempRepo.Run(source, null, "dotnet", "publish", "src/LeakGate.Gate", "-c", "Release", "-r", rid, "-o", output, "-nologo", "-v", "quiet");
            if (result.ExitCode != 0) throw new InvalidOperationException($"publishing the AOT gate failed ({result.ExitCode}):\n{result.StdOut}\n{result.StdErr}");
        }
        finally
        {
            DeleteQuietly(source);
        }
        return Path.Combine(output, "leakgate-gate");
    }

    private static void DeleteQuietly(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }
}
