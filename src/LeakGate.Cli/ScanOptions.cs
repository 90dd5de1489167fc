using System.CommandLine;
using LeakGate.Engine;
using LeakGate.Rules;

namespace LeakGate.Cli;

/// <summary>
/// The options shared by every command that scans, each defined once here (name, help, default); the
/// parsed values are turned into one validated <see cref="ScanRequest"/>.
/// </summary>
public sealed class ScanOptions
{
    public Option<string> Format { get; } = new("--format", "-f") { Description = "Output format: text, json, sarif or github (GitHub Actions annotations and job summary)", DefaultValueFactory = _ => "text" };
    public Option<string?> Output { get; } = new("--output", "-o") { Description = "Write the report to this file instead of standard output" };
    public Option<string?> Config { get; } = new("--config", "-c") { Description = "Rule config (LeakGate or .gitleaks.toml); default: .leakgate.toml at the scanned root" };
    public Option<string?> BaselineFile { get; } = new("--baseline") { Description = "Suppress the findings recorded in this baseline file" };
    public Option<bool> NoRedact { get; } = new("--no-redact") { Description = "Show secrets in clear in the report (never the default)" };
    public Option<int> Threads { get; } = new("--threads", "-j") { Description = "Worker threads", DefaultValueFactory = _ => Environment.ProcessorCount };
    public Option<string> MaxFileSize { get; } = new("--max-file-size") { Description = "Skip (and count) files larger than this, e.g. 100MB, 2GB; 0 = no limit", DefaultValueFactory = _ => "100MB" };
    public Option<int> ExitCode { get; } = new("--exit-code") { Description = "Exit code when secrets are found", DefaultValueFactory = _ => ExitCodes.Findings };
    public Option<string> MinConfidence { get; } = new("--min-confidence") { Description = "Report only findings of at least this confidence: low, medium, high", DefaultValueFactory = _ => "low" };
    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "Print only findings and errors: no summary, no progress" };
    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Print every warning and, on failure, the full error" };

    public IEnumerable<Option> All => [Format, Output, Config, BaselineFile, NoRedact, Threads, MaxFileSize, ExitCode, MinConfidence, Quiet, Verbose];

    public void AddTo(Command command)
    {
        foreach (var option in All) command.Add(option);
    }

    /// <summary>Validates the raw values; <paramref name="scanRoot"/> is where a default <c>.leakgate.toml</c> is looked for.</summary>
    public ScanRequest Read(ParseResult parse, string scanRoot)
    {
        var format = parse.GetValue(Format) is { Length: > 0 } given ? given : "text";
        _ = ReportFormat.WriterFor(format);
        var threads = parse.GetValue(Threads);
        if (threads < 1) throw new UsageException("--threads must be at least 1");
        var minConfidence = Enum.TryParse<Confidence>(parse.GetValue(MinConfidence), ignoreCase: true, out var c) && !int.TryParse(parse.GetValue(MinConfidence), out _)
            ? c : throw new UsageException("--min-confidence must be low, medium or high");
        var configPath = parse.GetValue(Config);
        if (configPath is not null && !File.Exists(configPath)) throw new UsageException($"config file not found: {configPath}");
        var defaultConfig = Path.Combine(scanRoot, ".leakgate.toml");
        var baseline = parse.GetValue(BaselineFile);
        if (baseline is not null && !File.Exists(baseline)) throw new UsageException($"baseline file not found: {baseline}");
        return new ScanRequest
        {
            Format = format,
            OutputPath = parse.GetValue(Output),
            ConfigPath = configPath ?? (File.Exists(defaultConfig) ? defaultConfig : null),
            BaselinePath = baseline,
            Redact = !parse.GetValue(NoRedact),
            Threads = threads,
            MaxFileSize = MaxFileSizeOf(parse.GetValue(MaxFileSize)!),
            FindingsExitCode = parse.GetValue(ExitCode),
            MinConfidence = minConfidence,
            Quiet = parse.GetValue(Quiet),
            Verbose = parse.GetValue(Verbose),
        };
    }

    private static long? MaxFileSizeOf(string text)
    {
        try
        {
            return ByteSize.Parse(text, "--max-file-size");
        }
        catch (FormatException ex)
        {
            throw new UsageException(ex.Message);
        }
    }
}
