using Azure;
using Azure.Security.KeyVault.Secrets;

namespace LeakGate.Stores;

/// <summary>
/// Azure Key Vault: a secret whose current version holds the leaked value gets a new random version, read
/// back, and then the leaked version is disabled (Key Vault keeps versions; a disabled one cannot be read).
/// </summary>
public sealed class AzureKeyVaultStore(SecretClient client, NewSecretPolicy policy, ThrottlingRetry retry) : ISecretStore
{
    public const string RotateKind = "rotate-secret";

    public string Name => "azure";

    public async Task<IReadOnlyList<StoreAction>> PlanAsync(LeakedSecret leak, CancellationToken cancellationToken)
    {
        var actions = new List<StoreAction>();
        // A throttled page restarts the listing: the pages are not resumable through the SDK.
        var names = await retry.RunAsync(async ct =>
        {
            var found = new List<string>();
            await foreach (var properties in client.GetPropertiesOfSecretsAsync(ct))
            {
                if (properties.Enabled != false && properties.Managed != true) found.Add(properties.Name);
            }
            return found;
        }, cancellationToken);
        foreach (var name in names)
        {
            var secret = await Call(ct => client.GetSecretAsync(name, null, ct), cancellationToken);
            if (!leak.IsSameValue(secret.Value)) continue;
            actions.Add(new StoreAction(Name, RotateKind, name, secret.Properties.Version,
                $"set a new random version, read it back, then disable leaked version {secret.Properties.Version}"));
        }
        return actions;
    }

    public async Task<ActionOutcome> ApplyAsync(StoreAction action, LeakedSecret leak, CancellationToken cancellationToken)
    {
        if (action.Kind != RotateKind) throw new ArgumentException($"azure cannot {action.Kind}");
        var name = action.Path;
        var leakedVersion = action.Version!;
        var replacement = policy.Generate();
        string newVersion;
        try
        {
            newVersion = (await Call(ct => client.SetSecretAsync(name, replacement, ct), cancellationToken)).Properties.Version;
        }
        catch (RequestFailedException ex)
        {
            throw new StoreActionException($"unknown whether a new version was written; leaked version {leakedVersion} of {name} is still enabled", Describe(ex), ex);
        }
        try
        {
            var written = await Call(ct => client.GetSecretAsync(name, newVersion, ct), cancellationToken);
            if (written.Value != replacement) throw new RequestFailedException($"version {newVersion} of {name} does not read back as written");
        }
        catch (RequestFailedException ex)
        {
            throw new StoreActionException($"new version {newVersion} written but not verified; leaked version {leakedVersion} of {name} is kept enabled", Describe(ex), ex);
        }
        try
        {
            var leaked = await Call(ct => client.GetSecretAsync(name, leakedVersion, ct), cancellationToken);
            leaked.Properties.Enabled = false;
            await Call(ct => client.UpdateSecretPropertiesAsync(leaked.Properties, ct), cancellationToken);
        }
        catch (RequestFailedException ex)
        {
            throw new StoreActionException($"new version {newVersion} written and verified; leaked version {leakedVersion} of {name} is NOT disabled and still readable", Describe(ex), ex);
        }
        return new ActionOutcome(newVersion, $"version {newVersion} written and verified, leaked version {leakedVersion} disabled");
    }

    private Task<T> Call<T>(Func<CancellationToken, Task<Response<T>>> call, CancellationToken cancellationToken) =>
        retry.RunAsync(async ct => (await call(ct)).Value, cancellationToken).AsTask();

    /// <summary>The first line of the SDK's message: the rest repeats request headers and content.</summary>
    private static string Describe(RequestFailedException ex) => $"azure: {(ex.Status == 0 ? "" : ex.Status + " ")}{ex.ErrorCode} {ex.Message.Split('\n')[0].Trim()}".Trim();
}
