using System.CommandLine;

namespace LeakGate.Cli;

/// <summary><c>leakgate baseline create PATH -o FILE</c>: record today's findings (fingerprints and places, never secrets).</summary>
public static class BaselineCommand
{
    public static Command Create()
    {
        var options = new ScanOptions();
        var paths = new Argument<string[]>("paths") { Description = "Directories or files to scan (default: the current directory)", Arity = ArgumentArity.ZeroOrMore };
        var create = new Command("create", "Scan and write every finding's fingerprint to a baseline file") { paths };
        create.Add(options.Output);
        create.Add(options.Config);
        create.Add(options.Threads);
        create.Add(options.MaxFileSize);
        create.Add(options.MinConfidence);
        create.Add(options.Quiet);
        create.Add(options.Verbose);
        create.SetAction(async (parse, cancellationToken) =>
        {
            var targets = parse.GetValue(paths) is { Length: > 0 } given ? given : ["."];
            var root = ScanCommand.ScanRootOf(targets);
            var request = options.Read(parse, root);
            if (request.OutputPath is null) throw new UsageException("baseline create needs --output FILE");
            var result = await ScanRunner.ScanAsync(request, ScanCommand.SourceFor(targets, root), cancellationToken);
            if (result.Interrupted) return InterruptSignal.ExitCode;
            using (var file = File.Create(request.OutputPath))
            {
                Engine.Baseline.FromFindings(result.Findings).Save(file);
            }
            foreach (var error in result.Diagnostics.Messages.Where(m => m.Level == Engine.ScanMessageLevel.Error))
            {
                Console.Error.WriteLine($"leakgate: error: {error.Path}: {error.Text}");
            }
            if (!request.Quiet) Console.Error.WriteLine($"leakgate: baseline with {result.Findings.Count} finding(s) written to {request.OutputPath}");
            return result.Diagnostics.HasErrors ? ExitCodes.Error : ExitCodes.Clean;
        });
        return new Command("baseline", "Manage baselines of accepted findings") { create };
    }
}
