namespace LeakGate.Stores;

/// <summary>
/// Where Vault is and what to search: address, token and namespace from Vault's own environment variables
/// (<c>VAULT_ADDR</c>, <c>VAULT_TOKEN</c> or <c>~/.vault-token</c>, <c>VAULT_NAMESPACE</c>); KV v2 mounts and
/// path prefixes and lease prefixes from the command line (they are names, not secrets).
/// </summary>
public sealed record VaultSettings(Uri Address, string Token, string? Namespace, IReadOnlyList<string> Mounts, IReadOnlyList<string> Prefixes)
{
    /// <summary>Lease prefixes of dynamic secrets engines (e.g. <c>database/creds/app</c>) whose credentials may be the leaked ones.</summary>
    public IReadOnlyList<string> LeasePrefixes { get; init; } = [];

    /// <summary>A Vault password policy that generates replacement values instead of LeakGate's own length and alphabet.</summary>
    public string? PasswordPolicy { get; init; }

    public static VaultSettings FromEnvironment(IReadOnlyList<string> mounts, IReadOnlyList<string> prefixes, IReadOnlyList<string> leasePrefixes, string? passwordPolicy)
    {
        var address = Environment.GetEnvironmentVariable("VAULT_ADDR");
        if (string.IsNullOrEmpty(address) || !Uri.TryCreate(address, UriKind.Absolute, out var uri))
        {
            throw new StoreConfigurationException("vault: VAULT_ADDR is not set to a URL");
        }
        var token = Environment.GetEnvironmentVariable("VAULT_TOKEN");
        var tokenFile = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".vault-token");
        if (string.IsNullOrEmpty(token) && File.Exists(tokenFile)) token = File.ReadAllText(tokenFile).Trim();
        if (string.IsNullOrEmpty(token)) throw new StoreConfigurationException("vault: no token (set VAULT_TOKEN or log in with 'vault login')");
        return new VaultSettings(uri, token, Environment.GetEnvironmentVariable("VAULT_NAMESPACE") is { Length: > 0 } ns ? ns : null,
            mounts.Count > 0 ? mounts.Select(m => m.Trim('/')).ToList() : ["secret"], prefixes.Count > 0 ? prefixes : [""])
        {
            LeasePrefixes = leasePrefixes,
            PasswordPolicy = passwordPolicy,
        };
    }
}
