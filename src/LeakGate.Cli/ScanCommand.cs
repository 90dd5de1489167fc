using System.CommandLine;
using LeakGate.Engine;

namespace LeakGate.Cli;

/// <summary><c>leakgate scan [PATH...]</c>: directories, files, or <c>-</c> for standard input.</summary>
public static class ScanCommand
{
    public static Command Create()
    {
        var options = new ScanOptions();
        var paths = new Argument<string[]>("paths") { Description = "Directories or files to scan, '-' for standard input (default: the current directory)", Arity = ArgumentArity.ZeroOrMore };
        var noGit = new Option<bool>("--no-git") { Description = "Inside a git work tree, scan ignored files and submodules too (default: honour .gitignore, skip submodules)" };
        var command = new Command("scan", "Scan files and directories for secrets") { paths, noGit };
        options.AddTo(command);
        var revocation = new RevokeOptions();
        revocation.AddToScan(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var targets = parse.GetValue(paths) is { Length: > 0 } given ? given : ["."];
            var root = ScanRootOf(targets);
            var request = options.Read(parse, root);
            if (revocation.ReadForScan(parse) is { } revoke) return await ScanAndRevoke.RunAsync(request, SourceFor(targets, root, useGit: !parse.GetValue(noGit)), root, revoke, cancellationToken);
            return await ScanRunner.RunAsync(request, SourceFor(targets, root, useGit: !parse.GetValue(noGit)), root, cancellationToken);
        });
        return command;
    }

    /// <summary>The directory findings are relative to: the one directory scanned, else the current directory.</summary>
    public static string ScanRootOf(IReadOnlyList<string> targets) =>
        targets.Count == 1 && Directory.Exists(targets[0]) ? Path.GetFullPath(targets[0]) : Directory.GetCurrentDirectory();

    public static IScanSource SourceFor(IReadOnlyList<string> targets, string root, bool useGit = true)
    {
        foreach (var target in targets.Where(t => t != "-"))
        {
            if (!File.Exists(target) && !Directory.Exists(target) && new FileInfo(target).LinkTarget is null)
            {
                throw new UsageException($"no such file or directory: {target}");
            }
        }
        var files = targets.Where(t => t != "-").ToList();
        var sources = new List<IScanSource>();
        // Inside a work tree, git's ignore rules apply and submodules are reported as skipped (the filter lives as long as the process).
        var git = useGit && files.Count > 0 ? LeakGate.Git.GitWorkTreeFilter.For(files[0]) : null;
        if (git is not null) sources.Add(git.SkippedSubmodules(root));
        if (files.Count > 0) sources.Add(new FileTreeSource(files, root, git is null ? null : git.IsIgnored));
        if (targets.Contains("-")) sources.Add(new StdinSource(Console.OpenStandardInput));
        return sources.Count == 1 ? sources[0] : new CompositeSource(sources);
    }
}
