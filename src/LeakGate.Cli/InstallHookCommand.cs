using System.CommandLine;
using LeakGate.Git;

namespace LeakGate.Cli;

/// <summary><c>leakgate install-hook [REPO]</c>: a pre-commit hook that runs <c>leakgate staged</c>; <c>--uninstall</c> restores what was there.</summary>
public static class InstallHookCommand
{
    public static Command Create()
    {
        var repository = new Argument<string>("repository") { Description = "The repository (default: the current directory)", Arity = ArgumentArity.ZeroOrOne };
        var uninstall = new Option<bool>("--uninstall") { Description = "Remove LeakGate's hook and restore the previous one" };
        var command = new Option<string?>("--command") { Description = "How the hook starts leakgate (default: leakgate-gate beside this leakgate if published there, else this leakgate, by its full path)" };
        var install = new Command("install-hook", "Install a git pre-commit hook that blocks commits with secrets") { repository, uninstall, command };
        install.SetAction(parse =>
        {
            var path = parse.GetValue(repository) ?? ".";
            if (parse.GetValue(uninstall))
            {
                Console.Error.WriteLine("leakgate: " + GitCommandSupport.Guard(() => HookInstaller.Uninstall(path)));
                return ExitCodes.Clean;
            }
            var hook = GitCommandSupport.Guard(() =>
            {
                using (GitRepository.OpenWithWorkTree(path, "a pre-commit hook"))
                {
                }
                return HookInstaller.Install(path, parse.GetValue(command) ?? ThisLeakGate());
            });
            var chained = File.Exists(hook + HookInstaller.PreviousSuffix) ? $" (runs after the existing hook, kept as pre-commit{HookInstaller.PreviousSuffix})" : "";
            Console.Error.WriteLine($"leakgate: installed {hook}{chained}");
            return ExitCodes.Clean;
        });
        return install;
    }

    /// <summary>
    /// The command line that starts the gate: the NativeAOT <c>leakgate-gate</c> when it was published beside this
    /// leakgate (it starts in milliseconds and takes the same <c>staged</c> command line), else this very leakgate:
    /// its apphost, or dotnet with its assembly.
    /// </summary>
    private static string ThisLeakGate()
    {
        var fastGate = Path.Combine(AppContext.BaseDirectory, "leakgate-gate");
        if (File.Exists(fastGate)) return Quote(fastGate);
        var process = Environment.ProcessPath ?? "leakgate";
        var isDotnetHost = Path.GetFileNameWithoutExtension(process).Equals("dotnet", StringComparison.OrdinalIgnoreCase);
        return isDotnetHost
            ? $"{Quote(process)} {Quote(Path.Combine(AppContext.BaseDirectory, "leakgate.dll"))}"
            : Quote(process);
    }

    private static string Quote(string text) => "'" + text.Replace("'", "'\\''") + "'";
}
