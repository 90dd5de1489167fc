using System.CommandLine;
using LeakGate.Git;

namespace LeakGate.Cli;

/// <summary>
/// <c>leakgate diff A..B</c> (what B adds relative to A, for CI) and <c>leakgate diff --stdin-diff</c> (the
/// added lines of a unified diff read from standard input, for other hooks and tools).
/// </summary>
public static class DiffCommand
{
    public static Command Create()
    {
        var options = new ScanOptions();
        var range = new Argument<string?>("range") { Description = "A..B: scan the lines B adds relative to A", Arity = ArgumentArity.ZeroOrOne };
        var repository = new Option<string>("--repo") { Description = "The repository (default: the current directory)", DefaultValueFactory = _ => "." };
        var stdinDiff = new Option<bool>("--stdin-diff") { Description = "Read a unified diff from standard input and scan the lines it adds" };
        var command = new Command("diff", "Scan the lines a commit range or a unified diff adds") { range, repository, stdinDiff };
        options.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var given = parse.GetValue(range);
            var fromStdin = parse.GetValue(stdinDiff);
            if (fromStdin == (given is not null)) throw new UsageException("give either a range A..B or --stdin-diff");
            var repo = parse.GetValue(repository)!;
            IReadOnlyList<AddedFile> files;
            string root;
            if (fromStdin)
            {
                files = GitCommandSupport.Guard(() => UnifiedDiffParser.Parse(Console.In));
                root = Directory.GetCurrentDirectory();
            }
            else
            {
                root = GitCommandSupport.Guard(() =>
                {
                    using var opened = GitRepository.Open(repo);
                    return Path.GetFullPath(opened.Info.WorkingDirectory ?? opened.Info.Path);
                });
                files = await GitCommandSupport.ReadUnlessCancelled(() => CommitRangeChanges.Read(repo, given!), cancellationToken);
            }
            return await AddedLinesRun.RunAsync(options, parse, new AddedLinesSource(files), root, "leakgate/diff/", gate: false, cancellationToken);
        });
        return command;
    }
}
