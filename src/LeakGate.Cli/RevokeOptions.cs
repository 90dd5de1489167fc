using System.CommandLine;
using LeakGate.Stores;

namespace LeakGate.Cli;

/// <summary>
/// The revocation options, defined once for <c>leakgate revoke</c> and <c>leakgate scan --revoke</c>. Only
/// names and paths are taken here; store credentials come from each store's own environment and files.
/// </summary>
public sealed class RevokeOptions
{
    public Option<bool> Apply { get; } = new("--apply") { Description = "Execute the plan (default: dry run, nothing is changed)" };
    public Option<string[]> Stores { get; } = new("--store") { Description = $"Stores to use: {string.Join(", ", StoreCatalog.Names)} (repeat or comma-separate; default: every store whose environment is configured)", AllowMultipleArgumentsPerToken = true };
    public Option<string> AuditLog { get; } = new("--audit-log") { Description = "JSON-lines audit log of planned and applied actions, also read to skip actions already applied", DefaultValueFactory = _ => "leakgate-audit.jsonl" };
    public Option<string[]> VaultMounts { get; } = new("--vault-mount") { Description = "Vault KV v2 mount to search (repeatable; default: secret)" };
    public Option<string[]> VaultPrefixes { get; } = new("--vault-prefix") { Description = "Folder under each Vault mount to search recursively (repeatable; default: the whole mount)" };
    public Option<string[]> VaultLeasePrefixes { get; } = new("--vault-lease-prefix") { Description = "Vault lease prefix (e.g. database/creds/app) to revoke for leaked values no KV secret holds (repeatable; needs sudo on sys/leases/revoke-prefix)" };
    public Option<string?> VaultPasswordPolicy { get; } = new("--vault-password-policy") { Description = "Vault password policy that generates the replacement values for Vault secrets (default: --new-secret-length and --new-secret-alphabet)" };
    public Option<string[]> SsmPaths { get; } = new("--ssm-path") { Description = "SSM parameter path to search recursively (repeatable; default: /)" };
    public Option<string?> AzureVaultUrl { get; } = new("--azure-vault-url") { Description = "Azure Key Vault URL (default: AZURE_KEYVAULT_URL)" };
    public Option<int> NewSecretLength { get; } = new("--new-secret-length") { Description = "Length of generated replacement values", DefaultValueFactory = _ => NewSecretPolicy.Default.Length };
    public Option<string?> NewSecretAlphabet { get; } = new("--new-secret-alphabet") { Description = "Characters generated replacement values are drawn from (default: letters and digits)" };

    /// <summary>Scan only: hand the findings, secrets in memory, to the revocation planner after the report is written.</summary>
    public Option<bool> Revoke { get; } = new("--revoke", "--keep-secrets-for-revocation") { Description = "After scanning, plan rotation/revocation of the findings in the stores that hold them; secrets stay in memory (with --apply: execute)" };

    public IEnumerable<Option> All => [Apply, Stores, AuditLog, VaultMounts, VaultPrefixes, VaultLeasePrefixes, VaultPasswordPolicy, SsmPaths, AzureVaultUrl, NewSecretLength, NewSecretAlphabet];

    public void AddTo(Command command)
    {
        foreach (var option in All) command.Add(option);
    }

    public void AddToScan(Command command)
    {
        command.Add(Revoke);
        AddTo(command);
    }

    /// <summary>For scan: the revocation settings when <c>--revoke</c> was given, else null (revocation options alone are a usage error).</summary>
    public RevocationSettings? ReadForScan(ParseResult parse)
    {
        if (parse.GetValue(Revoke)) return Read(parse);
        var stray = All.FirstOrDefault(o => parse.GetResult(o) is { Implicit: false });
        return stray is null ? null : throw new UsageException($"{stray.Name} needs --revoke");
    }

    public RevocationSettings Read(ParseResult parse)
    {
        try
        {
            var stores = parse.GetValue(Stores) is { Length: > 0 } given
                ? given.SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList()
                : null;
            return new RevocationSettings
            {
                Stores = stores,
                Apply = parse.GetValue(Apply),
                AuditLogPath = parse.GetValue(AuditLog) is { Length: > 0 } audit ? audit : throw new UsageException("--audit-log needs a file name"),
                VaultMounts = parse.GetValue(VaultMounts) ?? [],
                VaultPrefixes = parse.GetValue(VaultPrefixes) ?? [],
                VaultLeasePrefixes = parse.GetValue(VaultLeasePrefixes) ?? [],
                VaultPasswordPolicy = parse.GetValue(VaultPasswordPolicy),
                SsmPaths = parse.GetValue(SsmPaths) is { Length: > 0 } paths ? paths : ["/"],
                AzureVaultUrl = parse.GetValue(AzureVaultUrl),
                Policy = NewSecretPolicy.Create(parse.GetValue(NewSecretLength), parse.GetValue(NewSecretAlphabet)),
            };
        }
        catch (StoreConfigurationException ex)
        {
            throw new UsageException(ex.Message);
        }
    }
}
