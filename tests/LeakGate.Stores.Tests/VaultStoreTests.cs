// Vault adapter against a fake Vault speaking the HTTP API: plan, rotate with destroy, idempotence, 403/404/429, a dropped connection, leaked tokens.
using LeakGate.Stores.Tests.Fakes;
using Microsoft.AspNetCore.Http;

namespace LeakGate.Stores.Tests;

public sealed class VaultStoreTests : IAsyncLifetime, IDisposable
{
    private readonly RevocationHarness _harness = new();
    private readonly string _leaked = RevocationHarness.NewValue();
    private FakeVault _vault = null!;

    public async Task InitializeAsync()
    {
        _vault = await FakeVault.StartAsync();
        _vault.Put("secret", "app/db", new() { ["user"] = "app", ["password"] = _leaked });
        _vault.Put("secret", "app/cache", new() { ["password"] = RevocationHarness.NewValue("unrelated") });
        _vault.Put("secret", "other/deep/api", new() { ["token"] = RevocationHarness.NewValue("unrelated") });
    }

    public async Task DisposeAsync() => await _vault.DisposeAsync();

    public void Dispose() => _harness.Dispose();

    private VaultStore Store(string? token = null, IReadOnlyList<string>? prefixes = null, IReadOnlyList<string>? leasePrefixes = null, string? passwordPolicy = null)
    {
        var settings = new VaultSettings(_vault.Server.Address, token ?? FakeVault.RootToken, null, ["secret"], prefixes ?? [""]) { LeasePrefixes = leasePrefixes ?? [], PasswordPolicy = passwordPolicy };
        return new VaultStore(new VaultClient(settings, new HttpClient(), RevocationHarness.Retry), settings, NewSecretPolicy.Default);
    }

    [Fact]
    public async Task Plan_without_apply_finds_the_secret_by_hash_and_changes_nothing()
    {
        var steps = await _harness.RunAsync(Store(), RevocationHarness.Leak(_leaked), apply: false);

        var step = Assert.Single(steps);
        Assert.Equal(AuditLog.Planned, step.Result);
        Assert.Equal("secret/app/db#password", step.Action!.Path);
        Assert.Equal("1", step.Action.Version);
        Assert.Equal(1, _vault.CurrentVersion("secret", "app/db"));
        Assert.Equal(0, _vault.Server.Count("POST /v1/secret/data") + _vault.Server.Count("PUT /v1/secret/destroy"));
        Assert.Contains("\"result\":\"planned\"", _harness.AuditText);
        Assert.DoesNotContain(_leaked, _harness.AuditText);
    }

    [Fact]
    public async Task Apply_writes_a_verified_new_version_then_destroys_the_leaked_one()
    {
        var steps = await _harness.RunAsync(Store(), RevocationHarness.Leak(_leaked), apply: true);

        Assert.Equal(AuditLog.Applied, Assert.Single(steps).Result);
        Assert.Equal(2, _vault.CurrentVersion("secret", "app/db"));
        var current = _vault.Read("secret", "app/db")!;
        Assert.Equal("app", current["user"]);
        Assert.NotEqual(_leaked, current["password"]);
        Assert.Equal(NewSecretPolicy.Default.Length, current["password"].Length);
        Assert.Null(_vault.Read("secret", "app/db", version: 1));
        var order = _vault.Server.Requests.Where(r => !r.StartsWith("LIST", StringComparison.Ordinal)).ToList();
        Assert.True(order.IndexOf("GET /v1/secret/data/app/db?version=2") < order.IndexOf("PUT /v1/secret/destroy/app/db"), "the new version is read back before the leaked one is destroyed");
        Assert.DoesNotContain(_leaked, _harness.AuditText);
        Assert.DoesNotContain(current["password"], _harness.AuditText);
        Assert.Contains("\"newVersion\":\"2\"", _harness.AuditText);
    }

    [Fact]
    public async Task A_Vault_password_policy_makes_the_new_value_and_an_unknown_one_changes_nothing()
    {
        _vault.PasswordPolicies["db"] = ("abcdefghijklmnopqrstuvwxyz", 24);

        var unknown = Assert.Single(await _harness.RunAsync(Store(passwordPolicy: "missing"), RevocationHarness.Leak(_leaked), apply: true));
        Assert.Equal(AuditLog.Failed, unknown.Result);
        Assert.Equal(1, _vault.CurrentVersion("secret", "app/db"));
        var applied = Assert.Single(await _harness.RunAsync(Store(passwordPolicy: "db"), RevocationHarness.Leak(_leaked), apply: true));

        Assert.Equal(AuditLog.Applied, applied.Result);
        Assert.Matches("^[a-z]{24}$", _vault.Read("secret", "app/db")!["password"]);
    }

    [Fact]
    public async Task A_second_apply_is_a_no_op()
    {
        await _harness.RunAsync(Store(), RevocationHarness.Leak(_leaked), apply: true);
        var writes = _vault.Server.Count("POST /v1/secret/data");

        var again = await _harness.RunAsync(Store(), RevocationHarness.Leak(_leaked), apply: true);

        Assert.Equal("none", Assert.Single(again).Result);
        Assert.Equal(writes, _vault.Server.Count("POST /v1/secret/data"));
        Assert.Equal(2, _vault.CurrentVersion("secret", "app/db"));
    }

    [Fact]
    public async Task A_forbidden_listing_stops_with_the_state_and_changes_nothing()
    {
        var steps = await _harness.RunAsync(Store(token: "hvs.not-the-operator"), RevocationHarness.Leak(_leaked), apply: true);

        var step = Assert.Single(steps);
        Assert.Equal(AuditLog.Failed, step.Result);
        Assert.Contains("403 permission denied", step.Detail);
        Assert.Contains("unchanged", step.Detail);
        Assert.Equal(1, _vault.CurrentVersion("secret", "app/db"));
        Assert.Contains("\"result\":\"failed\"", _harness.AuditText);
    }

    [Fact]
    public async Task A_prefix_that_does_not_exist_404_means_no_secret_there()
    {
        var steps = await _harness.RunAsync(Store(prefixes: ["nothing/here/"]), RevocationHarness.Leak(_leaked), apply: true);

        Assert.Equal("none", Assert.Single(steps).Result);
        Assert.Equal(1, _vault.CurrentVersion("secret", "app/db"));
    }

    [Fact]
    public async Task Throttling_429_is_retried_with_backoff()
    {
        _vault.Faults.Add("POST /v1/secret/data/app/db", 2, context => Respond(context, 429, "{\"errors\":[\"rate limit quota exceeded\"]}"));

        var steps = await _harness.RunAsync(Store(), RevocationHarness.Leak(_leaked), apply: true);

        Assert.Equal(AuditLog.Applied, Assert.Single(steps).Result);
        Assert.Equal(3, _vault.Server.Count("POST /v1/secret/data/app/db"));
        Assert.Equal(2, _vault.CurrentVersion("secret", "app/db"));
    }

    [Fact]
    public async Task Throttling_that_outlasts_the_retries_fails_with_the_secret_unchanged()
    {
        _vault.Faults.Add("POST /v1/secret/data/app/db", 100, context => Respond(context, 429, "{\"errors\":[\"rate limit quota exceeded\"]}"));

        var step = Assert.Single(await _harness.RunAsync(Store(), RevocationHarness.Leak(_leaked), apply: true));

        Assert.Equal(AuditLog.Failed, step.Result);
        Assert.Equal(RevocationHarness.Retry.MaxAttempts, _vault.Server.Count("POST /v1/secret/data/app/db"));
        Assert.Equal(_leaked, _vault.Read("secret", "app/db")!["password"]);
    }

    [Fact]
    public async Task A_connection_dropped_between_write_and_destroy_leaves_the_secret_readable_and_says_so()
    {
        _vault.Faults.DropConnection("PUT /v1/secret/destroy/app/db");

        var step = Assert.Single(await _harness.RunAsync(Store(), RevocationHarness.Leak(_leaked), apply: true));

        Assert.Equal(AuditLog.Failed, step.Result);
        Assert.Contains("new version 2 written and verified; leaked version 1 of secret/app/db is NOT destroyed and still readable", step.Detail);
        Assert.Equal(_leaked, _vault.Read("secret", "app/db", version: 1)!["password"]);
        Assert.NotEqual(_leaked, _vault.Read("secret", "app/db")!["password"]);
        Assert.Contains("NOT destroyed and still readable", _harness.AuditText);
        Assert.DoesNotContain(_leaked, _harness.AuditText);
    }

    [Fact]
    public async Task A_rerun_after_the_drop_destroys_the_leaked_version_left_behind()
    {
        _vault.Faults.DropConnection("PUT /v1/secret/destroy/app/db");
        await _harness.RunAsync(Store(), RevocationHarness.Leak(_leaked), apply: true);

        var step = Assert.Single(await _harness.RunAsync(Store(), RevocationHarness.Leak(_leaked), apply: true));

        Assert.Equal(AuditLog.Applied, step.Result);
        Assert.Equal((VaultStore.DestroyVersionKind, "secret/app/db", "1"), (step.Action!.Kind, step.Action.Path, step.Action.Version));
        Assert.Null(_vault.Read("secret", "app/db", version: 1));
        Assert.Equal(2, _vault.CurrentVersion("secret", "app/db"));
    }

    [Fact]
    public async Task Leases_under_named_prefixes_are_revoked_for_values_no_KV_secret_holds()
    {
        _vault.Leases.UnionWith(["database/creds/app/l1", "database/creds/app/l2", "database/creds/reporting/l3"]);
        var dynamicCredential = RevocationHarness.Leak(RevocationHarness.NewValue("dynamic"));

        var planned = Assert.Single(await _harness.RunAsync(Store(leasePrefixes: ["database/creds/app"]), dynamicCredential, apply: false));
        Assert.Equal(3, _vault.Leases.Count);
        var applied = Assert.Single(await _harness.RunAsync(Store(leasePrefixes: ["database/creds/app"]), dynamicCredential, apply: true));
        var kvHeld = Assert.Single(await _harness.RunAsync(Store(leasePrefixes: ["database/creds/app"]), RevocationHarness.Leak(_leaked), apply: false));

        Assert.Equal((AuditLog.Planned, "sys/leases/database/creds/app"), (planned.Result, planned.Action!.Path));
        Assert.Equal(AuditLog.Applied, applied.Result);
        Assert.Equal(["database/creds/reporting/l3"], _vault.Leases);
        Assert.Equal(VaultStore.RotateKind, kvHeld.Action!.Kind);
    }

    [Fact]
    public async Task A_leaked_token_revokes_itself_once()
    {
        var token = "hvs." + Guid.NewGuid().ToString("N");
        _vault.AddToken(token, "accessor-1");
        var leak = RevocationHarness.Leak(token, "vault-service-token");

        var first = Assert.Single(await _harness.RunAsync(Store(), leak, apply: true));
        var second = Assert.Single(await _harness.RunAsync(Store(), leak, apply: true));

        Assert.Equal(AuditLog.Applied, first.Result);
        Assert.Contains(token, _vault.RevokedTokens);
        Assert.Equal(AuditLog.Skipped, second.Result);
        Assert.Equal(1, _vault.Server.Count("POST /v1/auth/token/revoke-self"));
        Assert.DoesNotContain(token, _harness.AuditText);
    }

    [Fact]
    public async Task A_token_refused_revoke_self_is_revoked_by_accessor()
    {
        var token = "hvs." + Guid.NewGuid().ToString("N");
        _vault.AddToken(token, "accessor-2");
        _vault.TokensWithoutRevokeSelf.Add(token);

        var step = Assert.Single(await _harness.RunAsync(Store(), RevocationHarness.Leak(token, "vault-service-token"), apply: true));

        Assert.Equal(AuditLog.Applied, step.Result);
        Assert.Contains("by accessor", step.Detail);
        Assert.Contains(token, _vault.RevokedTokens);
        Assert.Equal(1, _vault.Server.Count("POST /v1/auth/token/revoke-accessor"));
    }

    private static async Task Respond(HttpContext context, int status, string json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(json);
    }
}
