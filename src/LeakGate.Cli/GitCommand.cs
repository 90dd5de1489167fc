using System.CommandLine;
using System.Globalization;
using LeakGate.Git;

namespace LeakGate.Cli;

/// <summary>
/// <c>leakgate git [REPO]</c>: has this repository ever leaked anything? Every distinct blob reachable from
/// every ref is scanned once; each secret is reported once, at the earliest commit that introduced it.
/// </summary>
public static class GitCommand
{
    public static Command Create()
    {
        var options = new ScanOptions();
        var repository = new Argument<string>("repository") { Description = "The repository (default: the current directory)", Arity = ArgumentArity.ZeroOrOne };
        var range = new Option<string?>("--range") { Description = "Only commits in A..B (reachable from B, not from A), e.g. a pull request's commits" };
        var since = new Option<string?>("--since") { Description = "Only commits made on or after this date (e.g. 2024-01-31)" };
        var branch = new Option<string?>("--branch") { Description = "Only commits reachable from this branch" };
        var maxCommits = new Option<int?>("--max-commits") { Description = "At most this many commits (the newest)" };
        var allBlobs = new Option<bool>("--all-blobs") { Description = "Also scan blobs no commit reaches (dangling and unreachable objects)" };
        var command = new Command("git", "Scan a repository's git history (every distinct blob once)") { repository, range, since, branch, maxCommits, allBlobs };
        options.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(repository) ?? ".";
            var history = new GitHistoryOptions
            {
                Range = parse.GetValue(range),
                Since = parse.GetValue(since) is { } text ? ParseDate(text) : null,
                Branch = parse.GetValue(branch),
                MaxCommits = parse.GetValue(maxCommits) is { } max ? (max >= 1 ? max : throw new UsageException("--max-commits must be at least 1")) : null,
                AllBlobs = parse.GetValue(allBlobs),
            };
            if (history.Range is not null && history.Branch is not null) throw new UsageException("use either --range or --branch, not both");
            using var source = GitCommandSupport.Guard(() => new GitHistorySource(path, history));
            var root = source.WorkingDirectory;
            var request = options.Read(parse, root);
            var result = await ScanRunner.ScanAsync(request, source, cancellationToken);
            result = result with { Findings = HistoryFindingMerger.Merge(result.Findings, source.PlacesOf) };
            if (!request.Quiet) Console.Error.WriteLine($"leakgate: {source.Commits.Count} commit(s), {result.Diagnostics.ItemsScanned} distinct blob(s) scanned{(source.IsShallow ? " (shallow clone: history is truncated)" : "")}");
            ScanRunner.WriteReport(request, result, root, "leakgate/git/", GitCommandSupport.ProvenanceOf(path));
            return ScanRunner.ExitCodeOf(request, result);
        });
        return command;
    }

    private static DateTimeOffset ParseDate(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : throw new UsageException($"--since: '{text}' is not a date (examples: 2024-01-31, 2024-01-31T12:00:00Z)");
}
