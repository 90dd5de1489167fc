using System.CommandLine;
using LeakGate.Stores;

namespace LeakGate.Cli;

/// <summary><c>leakgate revoke --findings FILE</c>: plan (or with <c>--apply</c> execute) rotation and revocation of leaked secrets in the stores that hold them.</summary>
public static class RevokeCommand
{
    public static Command Create()
    {
        var options = new RevokeOptions();
        var findings = new Option<string>("--findings") { Description = "JSON report of a scan run with --no-redact", Required = true };
        var command = new Command("revoke", "Find the stores that hold leaked secrets and rotate or revoke them (dry run unless --apply)") { findings };
        options.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = options.Read(parse);
            IReadOnlyList<LeakedSecret> leaks;
            try
            {
                leaks = FindingsReport.Read(parse.GetValue(findings)!);
            }
            catch (StoreConfigurationException ex)
            {
                throw new UsageException(ex.Message);
            }
            return await RevocationRunner.RunAsync(settings, leaks, Console.Out, cancellationToken);
        });
        return command;
    }
}
