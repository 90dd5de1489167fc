using LeakGate.Engine;
using LeakGate.Gate;
using LeakGate.Git;
using LeakGate.Rules;

// leakgate-gate staged [REPOSITORY] [OPTIONS]: `leakgate staged` with the text report, NativeAOT-published.
var verbose = args.Contains("--verbose") || args.Contains("-v");
try
{
    var arguments = GateArguments.Parse(args);
    return await StagedGate.RunAsync(arguments);
}
catch (GateUsageException ex)
{
    Console.Error.WriteLine($"leakgate: {(ex.UsageLine ? "" : "error: ")}{ex.Message}");
    if (ex.UsageLine) Console.Error.WriteLine(GateArguments.Usage);
    return StagedGate.ErrorExitCode;
}
catch (Exception ex) when (ex is GitException or RuleConfigException or FormatException or InvalidDataException or IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"leakgate: error: {ex.Message}");
    if (verbose) Console.Error.WriteLine(ex);
    return StagedGate.ErrorExitCode;
}
catch (Exception ex)
{
    Console.Error.WriteLine($"leakgate: internal error: {ex.GetType().Name}: {ex.Message} (run with --verbose for details)");
    if (verbose) Console.Error.WriteLine(ex);
    return StagedGate.ErrorExitCode;
}
