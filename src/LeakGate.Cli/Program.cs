using System.CommandLine;
using LeakGate.Cli;
using LeakGate.Rules;

var verbose = args.Contains("--verbose") || args.Contains("-v");
var root = new RootCommand("LeakGate: find leaked credentials in files, git history and staged changes")
{
    ScanCommand.Create(),
    BaselineCommand.Create(),
    RulesCommand.Create(),
    GitCommand.Create(),
    StagedCommand.Create(),
    DiffCommand.Create(),
    InstallHookCommand.Create(),
    RevokeCommand.Create(),
    ImageCommand.Create(),
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors) Console.Error.WriteLine($"leakgate: {error.Message}");
    Console.Error.WriteLine("Run 'leakgate --help' for usage.");
    return ExitCodes.Error;
}

using var interrupt = new InterruptSignal();
try
{
    return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null }, interrupt.Token);
}
catch (Exception ex) when (ex is UsageException or RuleConfigException or IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"leakgate: error: {ex.Message}");
    if (verbose) Console.Error.WriteLine(ex);
    return ExitCodes.Error;
}
catch (Exception ex)
{
    Console.Error.WriteLine($"leakgate: internal error: {ex.GetType().Name}: {ex.Message} (run with --verbose for details)");
    if (verbose) Console.Error.WriteLine(ex);
    return ExitCodes.Error;
}
