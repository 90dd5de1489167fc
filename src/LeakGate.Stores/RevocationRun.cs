using Amazon.Runtime;
using Azure;

namespace LeakGate.Stores;

/// <summary>
/// Plans and (with apply) executes what the stores do about each leaked value. Per value: every store is
/// asked for its plan; actions already applied by an earlier run are skipped; the first failure stops the
/// remaining actions for that value (the others go on). Every step is appended to the audit log.
/// </summary>
public sealed class RevocationRun(IReadOnlyList<ISecretStore> stores, AuditLog audit)
{
    public async Task<IReadOnlyList<RevocationStep>> RunAsync(IReadOnlyList<LeakedSecret> leaks, bool apply, CancellationToken cancellationToken)
    {
        var steps = new List<RevocationStep>();
        // The same value found in several places, or by several rules, is acted on once.
        foreach (var leak in leaks.DistinctBy(l => l.Value))
        {
            steps.AddRange(await RunOneAsync(leak, apply, cancellationToken));
        }
        return steps;
    }

    private async Task<List<RevocationStep>> RunOneAsync(LeakedSecret leak, bool apply, CancellationToken cancellationToken)
    {
        var steps = new List<RevocationStep>();
        var actions = new List<StoreAction>();
        foreach (var store in stores)
        {
            try
            {
                actions.AddRange(await store.PlanAsync(leak, cancellationToken));
            }
            // Whatever stops a plan (an error answer, an answer of an unexpected shape) stops this value, on the record.
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var failure = new StoreAction(store.Name, "plan", "", null, "look for the leaked value");
                Record(leak, failure, AuditLog.Failed, Reason(ex), "unchanged: nothing was done for this value", null);
                steps.Add(new RevocationStep(leak, failure, AuditLog.Failed, $"{Reason(ex)}; state: unchanged, nothing was done for this value"));
                return steps;
            }
        }
        if (actions.Count == 0)
        {
            steps.Add(new RevocationStep(leak, null, "none", "no selected store holds this value"));
            return steps;
        }
        foreach (var action in actions)
        {
            if (audit.AppliedEarlier(leak.Fingerprint, action) is { } earlier)
            {
                var detail = $"already applied at {earlier.Time:O} (audit log)";
                Record(leak, action, AuditLog.Skipped, detail, null, earlier.NewVersion);
                steps.Add(new RevocationStep(leak, action, AuditLog.Skipped, detail));
                continue;
            }
            if (!apply)
            {
                Record(leak, action, AuditLog.Planned, action.Description, null, null);
                steps.Add(new RevocationStep(leak, action, AuditLog.Planned, action.Description));
                continue;
            }
            try
            {
                var outcome = await stores.First(s => s.Name == action.Store).ApplyAsync(action, leak, cancellationToken);
                Record(leak, action, AuditLog.Applied, outcome.Detail, null, outcome.NewVersion);
                steps.Add(new RevocationStep(leak, action, AuditLog.Applied, outcome.Detail));
            }
            catch (StoreActionException ex)
            {
                Record(leak, action, AuditLog.Failed, ex.Reason, ex.State, null);
                steps.Add(new RevocationStep(leak, action, AuditLog.Failed, $"{ex.Reason}; state: {ex.State}"));
                return steps;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // An adapter bug or an unforeseen SDK error must still leave a record of where the action stopped.
                const string state = "unknown: the action stopped part-way; check the store before re-running";
                Record(leak, action, AuditLog.Failed, $"{action.Store}: {ex.GetType().Name}: {ex.Message}", state, null);
                steps.Add(new RevocationStep(leak, action, AuditLog.Failed, $"{action.Store}: {ex.GetType().Name}: {ex.Message}; state: {state}"));
                return steps;
            }
        }
        return steps;
    }

    private void Record(LeakedSecret leak, StoreAction action, string result, string detail, string? state, string? newVersion) =>
        audit.Append(new AuditEntry
        {
            Time = DateTimeOffset.UtcNow,
            Who = AuditLog.CurrentUser,
            Fingerprint = leak.Fingerprint,
            RuleId = leak.RuleId,
            Store = action.Store,
            Action = action.Kind,
            Path = action.Path,
            Version = action.Version,
            NewVersion = newVersion,
            Result = result,
            Detail = detail,
            State = state,
        });

    private static string Reason(Exception ex) => ex switch
    {
        AmazonServiceException aws => $"{aws.ErrorCode}: {aws.Message}",
        RequestFailedException azure => $"azure: {azure.Status} {azure.ErrorCode} {azure.Message.Split('\n')[0].Trim()}",
        StoreRequestException => ex.Message,
        _ => $"{ex.GetType().Name}: {ex.Message}",
    };
}
