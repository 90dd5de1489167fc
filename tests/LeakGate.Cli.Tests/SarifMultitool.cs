// Test support: Microsoft's SARIF Multitool (npm @microsoft/sarif-multitool), installed by tools/install-sarif-multitool.sh, validating with its GitHub ingestion rules.
using System.Diagnostics;
using System.Text.Json;

namespace LeakGate.Cli.Tests;

public static class SarifMultitool
{
    /// <summary>
    /// Validates a SARIF file with the rule kinds "Sarif;Gh" and returns its errors and warnings, one line each
    /// ("warning SARIF2005: …"). Notes are not returned: the Multitool reports style advice at that level.
    /// </summary>
    public static IReadOnlyList<string> Validate(string sarifPath)
    {
        // .ci/run installs the Multitool before the tests; here the script only prints the executable's path.
        var tool = Run(SourceTree.Root, "bash", [Path.Combine(SourceTree.Root, "tools", "install-sarif-multitool.sh")]).Trim();
        var report = Path.Combine(Path.GetTempPath(), "leakgate-multitool-" + Guid.NewGuid().ToString("N") + ".sarif");
        try
        {
            Run(SourceTree.Root, tool, ["validate", sarifPath, "--rule-kind", "Sarif;Gh", "-o", report, "--log", "ForceOverwrite"]);
            Assert.True(File.Exists(report), "the Multitool wrote no report");
            using var log = JsonDocument.Parse(File.ReadAllText(report));
            var problems = new List<string>();
            foreach (var run in log.RootElement.GetProperty("runs").EnumerateArray())
            {
                var strings = new Dictionary<string, JsonElement>();
                if (run.GetProperty("tool").GetProperty("driver").TryGetProperty("rules", out var rules))
                {
                    foreach (var rule in rules.EnumerateArray())
                    {
                        if (rule.TryGetProperty("messageStrings", out var ms)) strings[rule.GetProperty("id").GetString()!] = ms;
                    }
                }
                if (!run.TryGetProperty("results", out var results)) continue;
                foreach (var result in results.EnumerateArray())
                {
                    var level = result.TryGetProperty("level", out var l) ? l.GetString() : "warning";
                    if (level is not ("error" or "warning")) continue;
                    problems.Add($"{level} {result.GetProperty("ruleId").GetString()}: {MessageOf(result, strings)}");
                }
            }
            return problems;
        }
        finally
        {
            File.Delete(report);
        }
    }

    private static string MessageOf(JsonElement result, Dictionary<string, JsonElement> strings)
    {
        var message = result.GetProperty("message");
        var text = message.TryGetProperty("text", out var t) ? t.GetString()! : "";
        if (text.Length == 0 && message.TryGetProperty("id", out var id) && strings.TryGetValue(result.GetProperty("ruleId").GetString()!, out var ms)
            && ms.TryGetProperty(id.GetString()!, out var template))
        {
            text = template.GetProperty("text").GetString()!;
        }
        if (message.TryGetProperty("arguments", out var args))
        {
            var i = 0;
            foreach (var arg in args.EnumerateArray()) text = text.Replace("{" + i++ + "}", arg.ToString());
        }
        return text;
    }

    private static string Run(string directory, string file, string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // The Multitool is a .NET app; without ICU it needs invariant globalization.
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish in 5 minutes");
        }
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)} exited {process.ExitCode}\n{stdout.Result}\n{stderr.Result}");
        return stdout.Result;
    }
}
