// Azure adapter with the official SecretClient pointed at a fake Key Vault over HTTPS, through the SDK's 401-challenge bearer flow.
using Azure.Core.Pipeline;
using Azure.Security.KeyVault.Secrets;
using LeakGate.Stores.Tests.Fakes;

namespace LeakGate.Stores.Tests;

public sealed class AzureKeyVaultStoreTests : IAsyncLifetime, IDisposable
{
    private readonly RevocationHarness _harness = new();
    private readonly string _leaked = RevocationHarness.NewValue();
    private readonly TestTokenCredential _credential = new();
    private FakeKeyVault _vault = null!;
    private string _leakedVersion = "";

    public async Task InitializeAsync()
    {
        _vault = await FakeKeyVault.StartAsync();
        _vault.Set("db-password", RevocationHarness.NewValue("older"));
        _leakedVersion = _vault.Set("db-password", _leaked);
        _vault.Set("api-key", RevocationHarness.NewValue("unrelated"));
    }

    public async Task DisposeAsync() => await _vault.DisposeAsync();

    public void Dispose() => _harness.Dispose();

    private AzureKeyVaultStore Store()
    {
        var options = new SecretClientOptions
        {
            Transport = new HttpClientTransport(_vault.Server.CreateHandler()),
            // The challenge names vault.azure.net, which a loopback address cannot match.
            DisableChallengeResourceVerification = true,
        };
        options.Retry.MaxRetries = 0;
        return new AzureKeyVaultStore(new SecretClient(_vault.Server.Address, _credential, options), NewSecretPolicy.Default, RevocationHarness.Retry);
    }

    [Fact]
    public async Task Plan_follows_the_bearer_challenge_and_changes_nothing()
    {
        var step = Assert.Single(await _harness.RunAsync(Store(), RevocationHarness.Leak(_leaked), apply: false));

        Assert.Equal(AuditLog.Planned, step.Result);
        Assert.Equal(("db-password", _leakedVersion), (step.Action!.Path, step.Action.Version));
        Assert.True(_vault.Challenges >= 1);
        Assert.Contains(("https://vault.azure.net/.default", (string?)"00000000-0000-0000-0000-000000000001"), _credential.Requests);
        Assert.Equal(2, _vault.Versions("db-password").Count);
        Assert.Equal(0, _vault.Server.Count("PUT") + _vault.Server.Count("PATCH"));
    }

    [Fact]
    public async Task Apply_sets_a_verified_new_version_then_disables_the_leaked_one()
    {
        var step = Assert.Single(await _harness.RunAsync(Store(), RevocationHarness.Leak(_leaked), apply: true));

        Assert.Equal(AuditLog.Applied, step.Result);
        var versions = _vault.Versions("db-password");
        Assert.Equal(3, versions.Count);
        Assert.False(versions.Single(v => v.Version == _leakedVersion).Enabled);
        Assert.True(versions[^1].Enabled);
        Assert.NotEqual(_leaked, versions[^1].Value);
        Assert.DoesNotContain(_leaked, _harness.AuditText);
        Assert.DoesNotContain(versions[^1].Value, _harness.AuditText);
    }

    [Fact]
    public async Task A_second_apply_is_a_no_op()
    {
        await _harness.RunAsync(Store(), RevocationHarness.Leak(_leaked), apply: true);

        var again = Assert.Single(await _harness.RunAsync(Store(), RevocationHarness.Leak(_leaked), apply: true));

        Assert.Equal("none", again.Result);
        Assert.Equal(3, _vault.Versions("db-password").Count);
    }

    [Fact]
    public async Task Forbidden_listing_fails_with_the_reason()
    {
        _vault.Faults.Add("GET /secrets", 1, context => FakeKeyVault.Error(context, 403, "Forbidden", "The user does not have secrets list permission."));

        var step = Assert.Single(await _harness.RunAsync(Store(), RevocationHarness.Leak(_leaked), apply: true));

        Assert.Equal(AuditLog.Failed, step.Result);
        Assert.Contains("403", step.Detail);
        Assert.Equal(2, _vault.Versions("db-password").Count);
    }

    [Fact]
    public async Task Throttling_429_is_retried_also_while_listing()
    {
        _vault.Faults.Add("GET /secrets", 1, context => FakeKeyVault.Error(context, 429, "Throttled", "Request was not processed because too many requests were received."));
        _vault.Faults.Add("PUT /secrets/db-password", 2, context => FakeKeyVault.Error(context, 429, "Throttled", "Request was not processed because too many requests were received."));

        var step = Assert.Single(await _harness.RunAsync(Store(), RevocationHarness.Leak(_leaked), apply: true));

        Assert.Equal(AuditLog.Applied, step.Result);
        Assert.Equal(3, _vault.Server.Count("PUT /secrets/db-password"));
        Assert.True(_vault.Server.Count("GET /secrets?") >= 2);
    }

    [Fact]
    public async Task A_secret_deleted_after_the_plan_404_fails_with_the_leaked_version_untouched()
    {
        var plan = Assert.Single(await _harness.RunAsync(Store(), RevocationHarness.Leak(_leaked), apply: false));
        _vault.Faults.Add("PUT /secrets/db-password", 1, context => FakeKeyVault.Error(context, 404, "SecretNotFound", "A secret with (name/id) db-password was not found in this key vault."));

        var failure = await Assert.ThrowsAsync<StoreActionException>(() => Store().ApplyAsync(plan.Action!, RevocationHarness.Leak(_leaked), CancellationToken.None));

        Assert.Contains("404", failure.Reason);
        Assert.True(_vault.Versions("db-password").Single(v => v.Version == _leakedVersion).Enabled);
    }

    [Fact]
    public async Task A_connection_dropped_before_disabling_leaves_the_leaked_version_enabled_and_says_so()
    {
        _vault.Faults.DropConnection($"PATCH /secrets/db-password/{_leakedVersion}");

        var step = Assert.Single(await _harness.RunAsync(Store(), RevocationHarness.Leak(_leaked), apply: true));

        Assert.Equal(AuditLog.Failed, step.Result);
        Assert.Contains("NOT disabled and still readable", step.Detail);
        Assert.True(_vault.Versions("db-password").Single(v => v.Version == _leakedVersion).Enabled);
        Assert.Equal(3, _vault.Versions("db-password").Count);
        Assert.Contains("NOT disabled and still readable", _harness.AuditText);
    }
}
