using Amazon.Runtime.Credentials;
using Amazon.SimpleSystemsManagement;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

namespace LeakGate.Stores;

/// <summary>
/// Builds the selected store adapters with their official clients, each configured the store's standard
/// way: Vault's variables, the AWS credential chain and region, Azure's DefaultAzureCredential, GitHub's API URL.
/// </summary>
public static class StoreCatalog
{
    public static readonly IReadOnlyList<string> Names = ["vault", "aws", "azure", "github"];

    public static IReadOnlyList<ISecretStore> Create(RevocationSettings settings)
    {
        var names = settings.Stores ?? Configured(settings);
        foreach (var name in names.Where(n => !Names.Contains(n)))
        {
            throw new StoreConfigurationException($"unknown store '{name}' (expected one of: {string.Join(", ", Names)})");
        }
        return names.Distinct().Select(name => Create(name, settings)).ToList();
    }

    private static ISecretStore Create(string name, RevocationSettings settings)
    {
        try
        {
            return CreateOrThrow(name, settings);
        }
        catch (Amazon.Runtime.AmazonClientException ex)
        {
            throw new StoreConfigurationException($"aws: {ex.Message}");
        }
    }

    /// <summary>The stores whose standard settings are present; GitHub needs none.</summary>
    private static IReadOnlyList<string> Configured(RevocationSettings settings)
    {
        var names = new List<string>();
        if (Has("VAULT_ADDR")) names.Add("vault");
        if (Has("AWS_REGION") || Has("AWS_DEFAULT_REGION") || Has("AWS_PROFILE")) names.Add("aws");
        if (AzureUrl(settings) is not null) names.Add("azure");
        names.Add("github");
        return names;
    }

    private static ISecretStore CreateOrThrow(string name, RevocationSettings settings)
    {
        var retry = ThrottlingRetry.Default;
        switch (name)
        {
            case "vault":
                var vault = VaultSettings.FromEnvironment(settings.VaultMounts, settings.VaultPrefixes, settings.VaultLeasePrefixes, settings.VaultPasswordPolicy);
                return new VaultStore(new VaultClient(vault, new HttpClient(), retry), vault, settings.Policy);
            case "aws":
                // Our retry handles throttling; the SDK's would multiply the attempts.
                var config = new AmazonSimpleSystemsManagementConfig { MaxErrorRetry = 0 };
                var ssm = new AmazonSimpleSystemsManagementClient(config);
                var credentials = DefaultAWSCredentialsIdentityResolver.GetCredentials(config);
                var iam = new IamAccessKeyClient(new HttpClient(), IamAccessKeyClient.EndpointFromEnvironment(), credentials, retry);
                return new AwsStore(ssm, iam, settings.SsmPaths, settings.Policy, retry);
            case "azure":
                var url = AzureUrl(settings) ?? throw new StoreConfigurationException("azure: no vault URL (set AZURE_KEYVAULT_URL or pass --azure-vault-url)");
                if (!Uri.TryCreate(url, UriKind.Absolute, out var vaultUri)) throw new StoreConfigurationException($"azure: not a vault URL: {url}");
                var options = new SecretClientOptions();
                options.Retry.MaxRetries = 0;
                return new AzureKeyVaultStore(new SecretClient(vaultUri, new DefaultAzureCredential(), options), settings.Policy, retry);
            default:
                return new GitHubStore(new StoreHttp(new HttpClient { BaseAddress = GitHubStore.ApiFromEnvironment() }, "github", retry));
        }
    }

    private static string? AzureUrl(RevocationSettings settings) =>
        settings.AzureVaultUrl ?? (Environment.GetEnvironmentVariable("AZURE_KEYVAULT_URL") is { Length: > 0 } url ? url : null);

    private static bool Has(string variable) => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(variable));
}
