// What a plan costs: requests per stored secret against the fake Vault and SSM (asserted), and the time (printed, for README's figures).
using System.Diagnostics;
using Amazon.SimpleSystemsManagement;
using LeakGate.Stores.Tests.Fakes;
using Xunit.Abstractions;

namespace LeakGate.Stores.Tests;

public sealed class PlanCostTests(ITestOutputHelper output) : IDisposable
{
    private const int Secrets = 500;
    private readonly RevocationHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task A_Vault_plan_costs_one_list_per_folder_and_two_reads_per_single_version_secret()
    {
        await using var vault = await FakeVault.StartAsync();
        var leaked = RevocationHarness.NewValue();
        for (var i = 0; i < Secrets; i++) vault.Put("secret", $"team{i % 10}/svc{i}", new() { ["password"] = i == 123 ? leaked : RevocationHarness.NewValue("other") });
        var settings = new VaultSettings(vault.Server.Address, FakeVault.RootToken, null, ["secret"], [""]);
        var store = new VaultStore(new VaultClient(settings, new HttpClient(), RevocationHarness.Retry), settings, NewSecretPolicy.Default);

        var clock = Stopwatch.StartNew();
        var step = Assert.Single(await _harness.RunAsync(store, RevocationHarness.Leak(leaked), apply: false));
        clock.Stop();

        Assert.Equal("secret/team3/svc123#password", step.Action!.Path);
        Assert.Equal(1 + 10 + 2 * Secrets, vault.Server.Requests.Count);
        output.WriteLine($"vault plan over {Secrets} secrets: {vault.Server.Requests.Count} requests in {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task An_SSM_plan_costs_one_call_per_page()
    {
        await using var ssm = await FakeSsm.StartAsync();
        var leaked = RevocationHarness.NewValue();
        for (var i = 0; i < Secrets; i++) ssm.Put($"/app/p{i:D4}", i == 321 ? leaked : RevocationHarness.NewValue("other"));
        var ssmClient = new AmazonSimpleSystemsManagementClient(FakeIam.Credentials, new AmazonSimpleSystemsManagementConfig { ServiceURL = ssm.Server.Address.ToString(), AuthenticationRegion = "us-east-1", MaxErrorRetry = 0 });
        var store = new AwsStore(ssmClient, new IamAccessKeyClient(new HttpClient(), ssm.Server.Address, FakeIam.Credentials, RevocationHarness.Retry), ["/app"], NewSecretPolicy.Default, RevocationHarness.Retry);

        var clock = Stopwatch.StartNew();
        var step = Assert.Single(await _harness.RunAsync(store, RevocationHarness.Leak(leaked), apply: false));
        clock.Stop();

        Assert.Equal("/app/p0321", step.Action!.Path);
        Assert.Equal(Secrets / 2, ssm.Operations.Count(o => o == "GetParametersByPath"));
        output.WriteLine($"ssm plan over {Secrets} parameters (fake page size 2): {ssm.Operations.Count} calls in {clock.ElapsedMilliseconds} ms");
    }
}
