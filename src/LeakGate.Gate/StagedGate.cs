using LeakGate.Engine;
using LeakGate.Git;
using LeakGate.Reports;
using LeakGate.Rules;

namespace LeakGate.Gate;

/// <summary>
/// The composition of <c>leakgate staged</c> for the text gate, step for step as the CLI does it (staged lines,
/// then options checked against the repository root, default config and baseline, scan, report, exit code), so
/// the AOT binary's findings, messages and exit codes are the CLI's. It takes no signals: Ctrl-C ends it at once
/// (the CLI would print a partial report first; the gate takes milliseconds).
/// </summary>
public static class StagedGate
{
    public const int ErrorExitCode = 2;
    private const string DefaultConfig = ".leakgate.toml";
    private const string DefaultBaseline = ".leakgate-baseline.json";

    public static async Task<int> RunAsync(GateArguments arguments)
    {
        // The built-in rules (pack and keyword prefilter) are made ready while git works: most repositories have no config.
        var builtInRules = Task.Run(() => RuleSetBuilder.Build(null));
        var (root, files) = GitCliStagedChanges.Read(arguments.Repository);
        if (arguments.Threads < 1) throw new GateUsageException("--threads must be at least 1", usageLine: false);
        var minConfidence = arguments.ParsedMinConfidence();
        var configPath = ExistingOrDefault(arguments.ConfigPath, "config", root, DefaultConfig);
        var baselinePath = ExistingOrDefault(arguments.BaselinePath, "baseline", root, DefaultBaseline);
        var maxFileSize = ByteSize.Parse(arguments.MaxFileSize, "--max-file-size");
        var rules = configPath is null ? await builtInRules : RuleSetBuilder.Build(RuleConfigLoader.LoadFile(configPath));
        var settings = new ScanSettings
        {
            Threads = arguments.Threads,
            MaxFileSize = maxFileSize,
            MinConfidence = minConfidence,
            Baseline = baselinePath is null ? null : Baseline.Load(baselinePath),
        };
        var pipeline = new ScanPipeline(rules, settings);
        var source = new AddedLinesSource(files);
        var result = await pipeline.RunAsync(source, CancellationToken.None);
        var useColor = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
        new StagedGateReportWriter().Write(result, new ReportContext(ToolVersion, arguments.Redact) { UseColor = useColor }, Console.Out);
        if (result.Findings.Count == 0 && !arguments.Quiet)
        {
            Console.Error.WriteLine($"leakgate: no secrets in the staged changes ({source.Files.Count(f => f.Lines.Count > 0)} file(s) with added lines)");
        }
        if (result.Diagnostics.HasErrors) return ErrorExitCode;
        return result.Findings.Count > 0 ? arguments.FindingsExitCode : 0;
    }

    private static string ToolVersion => typeof(StagedGate).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>The file given (an error when missing), else <paramref name="defaultName"/> at the repository root if present.</summary>
    private static string? ExistingOrDefault(string? given, string what, string root, string defaultName)
    {
        if (given is not null) return File.Exists(given) ? given : throw new GateUsageException($"{what} file not found: {given}", usageLine: false);
        var fallback = Path.Combine(root, defaultName);
        return File.Exists(fallback) ? fallback : null;
    }
}
