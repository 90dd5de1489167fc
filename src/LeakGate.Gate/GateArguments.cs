using LeakGate.Rules;

namespace LeakGate.Gate;

/// <summary>
/// The command line of <c>leakgate-gate staged [REPOSITORY] [OPTIONS]</c>: the options of <c>leakgate staged</c>
/// that the text gate uses, with the same names, defaults and messages. Report formats and output files stay
/// with the full CLI.
/// </summary>
public sealed record GateArguments
{
    public const string Usage = "usage: leakgate-gate staged [REPOSITORY] [-c|--config FILE] [--baseline FILE] [--no-redact] [-j|--threads N] "
        + "[--max-file-size SIZE] [--exit-code N] [--min-confidence low|medium|high] [-q|--quiet] [-v|--verbose]";

    public string Repository { get; init; } = ".";
    public string? ConfigPath { get; init; }
    public string? BaselinePath { get; init; }
    public bool Redact { get; init; } = true;
    public int Threads { get; init; } = Environment.ProcessorCount;
    public string MaxFileSize { get; init; } = "100MB";
    public int FindingsExitCode { get; init; } = 1;
    public string MinConfidence { get; init; } = "low";
    public bool Quiet { get; init; }
    public bool Verbose { get; init; }

    /// <summary>Parses <paramref name="args"/>; anything else is a <see cref="GateUsageException"/> (exit code 2).</summary>
    public static GateArguments Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args[0] != "staged") throw new GateUsageException("leakgate-gate runs only the staged gate");
        var parsed = new GateArguments();
        string? repository = null;
        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new GateUsageException($"Required argument missing for option: '{arg}'.");
            parsed = arg switch
            {
                "-c" or "--config" => parsed with { ConfigPath = Value() },
                "--baseline" => parsed with { BaselinePath = Value() },
                "--no-redact" => parsed with { Redact = false },
                "-j" or "--threads" => parsed with { Threads = Number(arg, Value()) },
                "--max-file-size" => parsed with { MaxFileSize = Value() },
                "--exit-code" => parsed with { FindingsExitCode = Number(arg, Value()) },
                "--min-confidence" => parsed with { MinConfidence = Value() },
                "-q" or "--quiet" => parsed with { Quiet = true },
                "-v" or "--verbose" => parsed with { Verbose = true },
                _ when !arg.StartsWith('-') && repository is null => parsed with { Repository = repository = arg },
                _ => throw new GateUsageException($"Unrecognized command or argument '{arg}'."),
            };
        }
        return parsed;
    }

    /// <summary>The confidence floor, validated as <c>leakgate staged</c> validates it.</summary>
    public Confidence ParsedMinConfidence() =>
        Enum.TryParse<Confidence>(MinConfidence, ignoreCase: true, out var c) && !int.TryParse(MinConfidence, out _)
            ? c : throw new GateUsageException("--min-confidence must be low, medium or high", usageLine: false);

    private static int Number(string option, string text) =>
        int.TryParse(text, out var value) ? value : throw new GateUsageException($"Cannot parse argument '{text}' for option '{option}' as expected type 'System.Int32'.");
}
