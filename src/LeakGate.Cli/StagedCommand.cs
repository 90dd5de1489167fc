using System.CommandLine;
using LeakGate.Git;
using LeakGate.Reports;

namespace LeakGate.Cli;

/// <summary>
/// <c>leakgate staged</c>: the pre-commit gate. Scans only the lines the index adds relative to HEAD (the
/// staged content, not the working copy); exit code 1 blocks the commit. A <c>.leakgate-baseline.json</c>
/// at the repository root is honoured without <c>--baseline</c>.
/// </summary>
public static class StagedCommand
{
    public const string DefaultBaseline = ".leakgate-baseline.json";

    public static Command Create()
    {
        var options = new ScanOptions();
        var repository = new Argument<string>("repository") { Description = "The repository (default: the current directory)", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("staged", "Scan the staged changes (what the next commit adds); exit 1 blocks a commit") { repository };
        options.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(repository) ?? ".";
            var root = GitCommandSupport.Guard(() =>
            {
                using var repo = GitRepository.OpenWithWorkTree(path, "the staged scan");
                return Path.GetFullPath(repo.Info.WorkingDirectory);
            });
            var files = await GitCommandSupport.ReadUnlessCancelled(() => StagedChanges.Read(path), cancellationToken);
            return await AddedLinesRun.RunAsync(options, parse, new AddedLinesSource(files), root, "leakgate/staged/", gate: true, cancellationToken);
        });
        return command;
    }
}

/// <summary>The shared tail of <c>staged</c> and <c>diff</c>: scan added lines, then report (the gate's short text, or any format).</summary>
public static class AddedLinesRun
{
    public static async Task<int> RunAsync(ScanOptions options, ParseResult parse, AddedLinesSource source, string root, string automationId, bool gate, CancellationToken cancellationToken)
    {
        var request = options.Read(parse, root);
        var defaultBaseline = Path.Combine(root, StagedCommand.DefaultBaseline);
        if (request.BaselinePath is null && File.Exists(defaultBaseline)) request = request with { BaselinePath = defaultBaseline };
        var result = await ScanRunner.ScanAsync(request, source, cancellationToken);
        if (request.Format == "text" && gate)
        {
            var context = new ReportContext(ScanRunner.ToolVersion, request.Redact) { UseColor = request.OutputPath is null && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null };
            using (var output = request.OutputPath is null ? null : new StreamWriter(request.OutputPath, append: false, new System.Text.UTF8Encoding(false)))
            {
                new StagedGateReportWriter().Write(result, context, output ?? Console.Out);
            }
            if (result.Findings.Count == 0 && !result.Interrupted && !request.Quiet)
            {
                Console.Error.WriteLine($"leakgate: no secrets in the staged changes ({source.Files.Count(f => f.Lines.Count > 0)} file(s) with added lines)");
            }
        }
        else
        {
            ScanRunner.WriteReport(request, result, root, automationId);
        }
        return ScanRunner.ExitCodeOf(request, result);
    }
}
