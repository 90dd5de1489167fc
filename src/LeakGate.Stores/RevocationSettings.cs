namespace LeakGate.Stores;

/// <summary>
/// What a revocation run may touch, as the user asked for it: which stores (null: every store whose
/// standard environment is configured), where to look in each, how new values are made, where the audit goes.
/// </summary>
public sealed record RevocationSettings
{
    public IReadOnlyList<string>? Stores { get; init; }
    public IReadOnlyList<string> VaultMounts { get; init; } = [];
    public IReadOnlyList<string> VaultPrefixes { get; init; } = [];
    public IReadOnlyList<string> VaultLeasePrefixes { get; init; } = [];
    public string? VaultPasswordPolicy { get; init; }
    public IReadOnlyList<string> SsmPaths { get; init; } = ["/"];
    public string? AzureVaultUrl { get; init; }
    public NewSecretPolicy Policy { get; init; } = NewSecretPolicy.Default;
    public required string AuditLogPath { get; init; }
    public bool Apply { get; init; }
}
