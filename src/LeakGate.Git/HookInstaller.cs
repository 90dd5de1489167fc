using System.Text;
using LibGit2Sharp;

namespace LeakGate.Git;

/// <summary>
/// Installs the pre-commit hook that runs the staged scan. It honours <c>core.hooksPath</c>, keeps an
/// existing hook (renamed beside it and run first, so both gates apply), is idempotent, and
/// <see cref="Uninstall"/> puts the previous hook back.
/// </summary>
public static class HookInstaller
{
    public const string Marker = "# leakgate pre-commit hook";
    public const string PreviousSuffix = ".leakgate-previous";

    /// <summary>Writes the hook that runs <paramref name="command"/> (already shell-quoted) with <c>staged</c>; returns the hook path.</summary>
    public static string Install(string repositoryPath, string command)
    {
        var hook = HookPath(repositoryPath);
        var previous = hook + PreviousSuffix;
        Directory.CreateDirectory(Path.GetDirectoryName(hook)!);
        if (File.Exists(hook) && !IsOurs(hook))
        {
            if (File.Exists(previous)) throw new GitException($"{hook} is not LeakGate's and {previous} already exists: move one of them away first");
            File.Move(hook, previous);
        }
        File.WriteAllText(hook, Script(command), new UTF8Encoding(false));
        MakeExecutable(hook);
        return hook;
    }

    /// <summary>Removes LeakGate's hook and restores the one it replaced; returns a sentence saying what happened.</summary>
    public static string Uninstall(string repositoryPath)
    {
        var hook = HookPath(repositoryPath);
        var previous = hook + PreviousSuffix;
        if (!File.Exists(hook) || !IsOurs(hook)) return $"no LeakGate hook at {hook}; nothing changed";
        File.Delete(hook);
        if (!File.Exists(previous)) return $"removed {hook}";
        File.Move(previous, hook);
        return $"removed LeakGate's hook and restored the previous {hook}";
    }

    /// <summary>Where git runs the pre-commit hook: <c>core.hooksPath</c> (relative to the work tree) or <c>.git/hooks</c>.</summary>
    public static string HookPath(string repositoryPath)
    {
        using var repo = GitRepository.Open(repositoryPath);
        var configured = repo.Config.Get<string>("core.hooksPath")?.Value;
        string directory;
        if (string.IsNullOrWhiteSpace(configured))
        {
            directory = Path.Combine(repo.Info.Path, "hooks");
        }
        else
        {
            if (configured.StartsWith("~/", StringComparison.Ordinal)) configured = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), configured[2..]);
            directory = Path.Combine(repo.Info.WorkingDirectory ?? repo.Info.Path, configured);
        }
        return Path.GetFullPath(Path.Combine(directory, "pre-commit"));
    }

    public static bool IsOurs(string hook) => File.ReadAllText(hook).Contains(Marker, StringComparison.Ordinal);

    private static string Script(string command) => $"""
        #!/bin/sh
        {Marker} (written by 'leakgate install-hook'; 'leakgate install-hook --uninstall' removes it)
        # A hook that was here before is kept as pre-commit{PreviousSuffix} and runs first.
        previous="$(dirname "$0")/pre-commit{PreviousSuffix}"
        if [ -x "$previous" ]; then
          "$previous" "$@" || exit $?
        fi
        exec {command} staged

        """.Replace("\r\n", "\n");

    private static void MakeExecutable(string path)
    {
        if (OperatingSystem.IsWindows()) return;
        File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
    }
}
