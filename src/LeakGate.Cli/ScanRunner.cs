using LeakGate.Engine;
using LeakGate.Reports;
using LeakGate.Rules;

namespace LeakGate.Cli;

/// <summary>Composition of one scan: rules from config, the pipeline, the progress line, the report and the exit code.</summary>
public static class ScanRunner
{
    public static string ToolVersion => typeof(ScanRunner).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public static RuleSet LoadRules(string? configPath)
    {
        var config = configPath is null ? null : RuleConfigLoader.LoadFile(configPath);
        return RuleSetBuilder.Build(config);
    }

    public static ScanSettings SettingsFor(ScanRequest request) => new()
    {
        Threads = request.Threads,
        MaxFileSize = request.MaxFileSize,
        MinConfidence = request.MinConfidence,
        Baseline = request.BaselinePath is null ? null : LoadBaseline(request.BaselinePath),
    };

    public static async Task<ScanResult> ScanAsync(ScanRequest request, IScanSource source, CancellationToken cancellationToken)
    {
        var pipeline = new ScanPipeline(LoadRules(request.ConfigPath), SettingsFor(request));
        using var progress = request.Quiet ? null : ProgressLine.StartIfInteractive(pipeline.Diagnostics);
        return await pipeline.RunAsync(source, cancellationToken);
    }

    public static async Task<int> RunAsync(ScanRequest request, IScanSource source, string scanRoot, CancellationToken cancellationToken)
    {
        var result = await ScanAsync(request, source, cancellationToken);
        WriteReport(request, result, scanRoot);
        return ExitCodeOf(request, result);
    }

    public static void WriteReport(ScanRequest request, ScanResult result, string scanRoot, string automationId = "leakgate/scan/", RepositoryProvenance? versionControl = null)
    {
        var toFile = request.OutputPath is not null;
        var context = new ReportContext(ToolVersion, request.Redact)
        {
            ScanRoot = Path.GetFullPath(scanRoot),
            UseColor = !toFile && request.Format == "text" && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null,
            AutomationId = automationId,
            VersionControl = versionControl,
            Quiet = request.Quiet,
        };
        var writer = ReportFormat.WriterFor(request.Format);
        if (toFile)
        {
            using var file = new StreamWriter(request.OutputPath!, append: false, new System.Text.UTF8Encoding(false));
            writer.Write(result, context, file);
        }
        else
        {
            writer.Write(result, context, Console.Out);
            Console.Out.Flush();
        }
        if (toFile || request.Format != "text") WriteSideSummary(request, result);
    }

    /// <summary>When the report goes to a file or is machine-readable, errors and a one-line summary still reach stderr.</summary>
    private static void WriteSideSummary(ScanRequest request, ScanResult result)
    {
        foreach (var message in result.Diagnostics.Messages)
        {
            if (message.Level == ScanMessageLevel.Error || request.Verbose)
            {
                Console.Error.WriteLine($"leakgate: {message.Level.ToString().ToLowerInvariant()}: {(message.Path is null ? "" : message.Path + ": ")}{message.Text}");
            }
        }
        if (!request.Quiet)
        {
            var d = result.Diagnostics;
            Console.Error.WriteLine($"leakgate: {result.Findings.Count} finding(s); scanned {d.ItemsScanned} item(s) in {result.Elapsed.TotalSeconds:0.00}s; skipped {d.SkippedBinary} binary, {d.SkippedTooLarge} too large, {d.SkippedOther} other"
                + (request.OutputPath is null ? "" : $"; report written to {request.OutputPath}"));
        }
    }

    public static int ExitCodeOf(ScanRequest request, ScanResult result)
    {
        if (result.Interrupted) return InterruptSignal.ExitCode;
        if (result.Diagnostics.HasErrors) return ExitCodes.Error;
        return result.Findings.Count > 0 ? request.FindingsExitCode : ExitCodes.Clean;
    }

    private static Baseline LoadBaseline(string path)
    {
        try
        {
            return Baseline.Load(path);
        }
        catch (InvalidDataException ex)
        {
            throw new UsageException(ex.Message);
        }
    }
}
