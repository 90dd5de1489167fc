using System.Net;

namespace LeakGate.Stores;

/// <summary>
/// HashiCorp Vault: KV v2 secrets holding the leaked value are rotated (new random version written and read
/// back, then the leaked version destroyed) and older versions still holding it destroyed; for values no KV
/// secret holds, leases under the named prefixes are revoked; a leaked Vault token revokes itself, or is
/// revoked by accessor with the operator's token when it may not.
/// </summary>
public sealed class VaultStore(VaultClient client, VaultSettings settings, NewSecretPolicy policy) : ISecretStore
{
    public const string RotateKind = "rotate-kv";
    public const string RevokeTokenKind = "revoke-token";
    public const string DestroyVersionKind = "destroy-version";
    public const string RevokeLeasesKind = "revoke-lease-prefix";
    private static readonly HashSet<string> TokenRules = ["vault-service-token", "vault-batch-token", "vault-token-legacy", "vault-token-protobuf"];

    public string Name => "vault";

    public async Task<IReadOnlyList<StoreAction>> PlanAsync(LeakedSecret leak, CancellationToken cancellationToken)
    {
        if (TokenRules.Contains(leak.RuleId))
        {
            return [new StoreAction(Name, RevokeTokenKind, "auth/token", null, "revoke the leaked Vault token (revoke-self; by accessor if refused)")];
        }
        var actions = new List<StoreAction>();
        foreach (var mount in settings.Mounts)
        {
            foreach (var prefix in settings.Prefixes)
            {
                await foreach (var path in SecretPathsAsync(mount, prefix, cancellationToken))
                {
                    actions.AddRange(await PlanSecretAsync(leak, mount, path, cancellationToken));
                }
            }
        }
        // Dynamic credentials cannot be matched by value (Vault never shows them again); revoking their
        // leases is the operator's call, made by naming the prefixes, for values no KV secret holds.
        if (actions.Count == 0)
        {
            actions.AddRange(settings.LeasePrefixes.Select(prefix => new StoreAction(Name, RevokeLeasesKind, $"sys/leases/{prefix.Trim('/')}", null,
                $"no KV secret holds this value: revoke every lease under {prefix.Trim('/')} (its dynamic credentials stop working)")));
        }
        return actions;
    }

    /// <summary>The current version holding the value is rotated; older readable versions holding it are destroyed after that.</summary>
    private async Task<IEnumerable<StoreAction>> PlanSecretAsync(LeakedSecret leak, string mount, string path, CancellationToken cancellationToken)
    {
        var (current, readable) = await client.ReadMetadataAsync(mount, path, cancellationToken);
        var rotations = new List<StoreAction>();
        var destroys = new List<StoreAction>();
        foreach (var version in readable)
        {
            var (fields, _) = await client.ReadAsync(mount, path, version, cancellationToken);
            var leakedFields = fields.Where(f => leak.IsSameValue(f.Value)).Select(f => f.Key).ToList();
            if (version == current)
            {
                rotations.AddRange(leakedFields.Select(field => new StoreAction(Name, RotateKind, $"{mount}/{path}#{field}", version.ToString(),
                    $"write a new random value as a new version, read it back, then destroy leaked version {version}")));
            }
            else if (leakedFields.Count > 0)
            {
                destroys.Add(new StoreAction(Name, DestroyVersionKind, $"{mount}/{path}", version.ToString(), $"destroy older version {version}, which still holds the leaked value"));
            }
        }
        return rotations.Concat(destroys);
    }

    public Task<ActionOutcome> ApplyAsync(StoreAction action, LeakedSecret leak, CancellationToken cancellationToken) => action.Kind switch
    {
        RotateKind => RotateAsync(action, cancellationToken),
        RevokeTokenKind => RevokeTokenAsync(leak, cancellationToken),
        DestroyVersionKind => DestroyVersionAsync(action, cancellationToken),
        RevokeLeasesKind => RevokeLeasesAsync(action, cancellationToken),
        _ => throw new ArgumentException($"vault cannot {action.Kind}"),
    };

    private async Task<ActionOutcome> RotateAsync(StoreAction action, CancellationToken cancellationToken)
    {
        var (mount, path, field) = Split(action.Path);
        var leakedVersion = int.Parse(action.Version!, System.Globalization.CultureInfo.InvariantCulture);
        var where = $"{mount}/{path}";
        Dictionary<string, string?> fields;
        try
        {
            (fields, var current) = await client.ReadAsync(mount, path, null, cancellationToken);
            if (current != leakedVersion) throw new StoreRequestException($"vault: {where} changed since the plan (version {current}, planned {leakedVersion})");
        }
        catch (StoreRequestException ex)
        {
            throw new StoreActionException($"unchanged: leaked version {leakedVersion} of {where} is still current", ex.Message, ex);
        }
        string replacement;
        try
        {
            replacement = settings.PasswordPolicy is { } name ? await client.GeneratePasswordAsync(name, cancellationToken) : policy.Generate();
        }
        catch (StoreRequestException ex)
        {
            throw new StoreActionException($"unchanged: leaked version {leakedVersion} of {where} is still current", ex.Message, ex);
        }
        fields[field] = replacement;
        int newVersion;
        try
        {
            newVersion = await client.WriteAsync(mount, path, fields, leakedVersion, cancellationToken);
        }
        catch (StoreRequestException ex)
        {
            throw new StoreActionException($"unknown whether a new version was written; leaked version {leakedVersion} of {where} is not destroyed and still readable", ex.Message, ex);
        }
        try
        {
            var (written, _) = await client.ReadAsync(mount, path, newVersion, cancellationToken);
            if (written.GetValueOrDefault(field) != replacement) throw new StoreRequestException($"vault: version {newVersion} of {where} does not read back as written");
        }
        catch (StoreRequestException ex)
        {
            throw new StoreActionException($"new version {newVersion} written but not verified; leaked version {leakedVersion} of {where} is kept (not destroyed) and still readable", ex.Message, ex);
        }
        try
        {
            await client.DestroyAsync(mount, path, leakedVersion, cancellationToken);
        }
        catch (StoreRequestException ex)
        {
            throw new StoreActionException($"new version {newVersion} written and verified; leaked version {leakedVersion} of {where} is NOT destroyed and still readable", ex.Message, ex);
        }
        return new ActionOutcome(newVersion.ToString(), $"version {newVersion} written and verified, leaked version {leakedVersion} destroyed");
    }

    private async Task<ActionOutcome> DestroyVersionAsync(StoreAction action, CancellationToken cancellationToken)
    {
        var (mount, path) = SplitMount(action.Path);
        try
        {
            await client.DestroyAsync(mount, path, int.Parse(action.Version!, System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
        }
        catch (StoreRequestException ex)
        {
            throw new StoreActionException($"older version {action.Version} of {action.Path} is NOT destroyed and still readable", ex.Message, ex);
        }
        return new ActionOutcome(null, $"older version {action.Version} destroyed");
    }

    private async Task<ActionOutcome> RevokeLeasesAsync(StoreAction action, CancellationToken cancellationToken)
    {
        var prefix = action.Path["sys/leases/".Length..];
        try
        {
            await client.RevokeLeasePrefixAsync(prefix, cancellationToken);
        }
        catch (StoreRequestException ex)
        {
            throw new StoreActionException($"the leases under {prefix} are still valid", ex.Message, ex);
        }
        return new ActionOutcome(null, $"every lease under {prefix} revoked");
    }

    private async Task<ActionOutcome> RevokeTokenAsync(LeakedSecret leak, CancellationToken cancellationToken)
    {
        try
        {
            await client.RevokeSelfAsync(leak.Value, cancellationToken);
            return new ActionOutcome(null, "token revoked itself (revoke-self)");
        }
        catch (StoreRequestException self) when (self.Status is HttpStatusCode.Forbidden)
        {
            try
            {
                var accessor = await client.AccessorOfAsync(leak.Value, cancellationToken);
                await client.RevokeAccessorAsync(accessor, cancellationToken);
                return new ActionOutcome(null, "revoke-self refused; token revoked by accessor");
            }
            catch (StoreRequestException ex)
            {
                throw new StoreActionException("the leaked token is still valid", $"{self.Message}; then {ex.Message}", ex);
            }
        }
        catch (StoreRequestException ex)
        {
            throw new StoreActionException("the leaked token may still be valid", ex.Message, ex);
        }
    }

    /// <summary>Every secret path under a prefix (a folder), listed recursively.</summary>
    private async IAsyncEnumerable<string> SecretPathsAsync(string mount, string prefix, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var folders = new Stack<string>();
        folders.Push(prefix.Length == 0 || prefix.EndsWith('/') ? prefix.TrimStart('/') : prefix.TrimStart('/') + "/");
        while (folders.Count > 0)
        {
            var folder = folders.Pop();
            foreach (var key in await client.ListAsync(mount, folder, cancellationToken))
            {
                if (key.EndsWith('/')) folders.Push(folder + key);
                else yield return folder + key;
            }
        }
    }

    /// <summary>Takes "mount/path#field" apart.</summary>
    private (string Mount, string Path, string Field) Split(string actionPath)
    {
        var hash = actionPath.LastIndexOf('#');
        var (mount, path) = SplitMount(actionPath[..hash]);
        return (mount, path, actionPath[(hash + 1)..]);
    }

    /// <summary>Takes "mount/path" apart; the mount is the longest configured one it starts with, as mounts may hold '/'.</summary>
    private (string Mount, string Path) SplitMount(string actionPath)
    {
        var mount = settings.Mounts.Where(m => actionPath.StartsWith(m + "/", StringComparison.Ordinal)).MaxBy(m => m.Length)
            ?? throw new ArgumentException($"vault: {actionPath} is under no configured mount");
        return (mount, actionPath[(mount.Length + 1)..]);
    }
}
