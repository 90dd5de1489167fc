using LeakGate.Stores;

namespace LeakGate.Cli;

/// <summary>Composition of one revocation run: the stores, the plan or its execution, the printed outcome and the exit code.</summary>
public static class RevocationRunner
{
    public static async Task<int> RunAsync(RevocationSettings settings, IReadOnlyList<LeakedSecret> leaks, TextWriter output, CancellationToken cancellationToken)
    {
        IReadOnlyList<ISecretStore> stores;
        try
        {
            stores = StoreCatalog.Create(settings);
        }
        catch (StoreConfigurationException ex)
        {
            throw new UsageException(ex.Message);
        }
        var audit = new AuditLog(settings.AuditLogPath);
        var steps = await new RevocationRun(stores, audit).RunAsync(leaks, settings.Apply, cancellationToken);
        var what = $"{leaks.Count} finding(s), {leaks.Select(l => l.Value).Distinct().Count()} distinct value(s), with stores: {string.Join(", ", stores.Select(s => s.Name))}";
        output.WriteLine(settings.Apply ? $"leakgate revoke: applying to {what}" : $"leakgate revoke: dry run for {what} (nothing changed; add --apply to execute)");
        foreach (var group in steps.GroupBy(s => s.Leak.Fingerprint))
        {
            output.WriteLine(group.First().Leak.ToString());
            foreach (var step in group)
            {
                // A failed plan has no path; its detail already names the store.
                var where = step.Action is { Path.Length: > 0 } a ? $"{a.Store} {a.Kind} {a.Path}{(a.Version is null ? "" : " v" + a.Version)}: " : "";
                output.WriteLine($"  {step.Result,-8} {where}{step.Detail}");
            }
        }
        var failed = steps.Count(s => s.Result == AuditLog.Failed);
        output.WriteLine($"leakgate revoke: {steps.Count(s => s.Result == AuditLog.Planned)} planned, {steps.Count(s => s.Result == AuditLog.Applied)} applied, {steps.Count(s => s.Result == AuditLog.Skipped)} already done, {failed} failed; audit log: {audit.Path}");
        return failed > 0 ? ExitCodes.Error : ExitCodes.Clean;
    }
}
