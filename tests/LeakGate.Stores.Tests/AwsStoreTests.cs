// AWS adapter with the official SSM client pointed at a fake speaking AWS JSON 1.1, and IAM's query protocol with checked SigV4 signatures.
using Amazon.SimpleSystemsManagement;
using LeakGate.Stores.Tests.Fakes;

namespace LeakGate.Stores.Tests;

public sealed class AwsStoreTests : IAsyncLifetime, IDisposable
{
    private readonly RevocationHarness _harness = new();
    private readonly string _leaked = RevocationHarness.NewValue();
    private FakeSsm _ssm = null!;
    private FakeIam _iam = null!;

    public async Task InitializeAsync()
    {
        _ssm = await FakeSsm.StartAsync();
        _iam = await FakeIam.StartAsync();
        // More parameters than one page, so the search follows NextToken.
        _ssm.Put("/app/a", RevocationHarness.NewValue("unrelated"));
        _ssm.Put("/app/b", RevocationHarness.NewValue("unrelated"), "String");
        _ssm.Put("/app/db/password", _leaked);
        _ssm.Put("/other/x", _leaked);
    }

    public async Task DisposeAsync()
    {
        await _ssm.DisposeAsync();
        await _iam.DisposeAsync();
    }

    public void Dispose() => _harness.Dispose();

    private AwsStore Store(IReadOnlyList<string>? paths = null)
    {
        var config = new AmazonSimpleSystemsManagementConfig { ServiceURL = _ssm.Server.Address.ToString(), AuthenticationRegion = "us-east-1", MaxErrorRetry = 0 };
        var ssm = new AmazonSimpleSystemsManagementClient(FakeIam.Credentials, config);
        var iam = new IamAccessKeyClient(new HttpClient(), _iam.Server.Address, FakeIam.Credentials, RevocationHarness.Retry);
        return new AwsStore(ssm, iam, paths ?? ["/app"], NewSecretPolicy.Default, RevocationHarness.Retry);
    }

    [Fact]
    public async Task Plan_without_apply_finds_the_parameter_across_pages_and_changes_nothing()
    {
        var step = Assert.Single(await _harness.RunAsync(Store(), RevocationHarness.Leak(_leaked), apply: false));

        Assert.Equal(AuditLog.Planned, step.Result);
        Assert.Equal("/app/db/password", step.Action!.Path);
        Assert.Equal(2, _ssm.Operations.Count(o => o == "GetParametersByPath"));
        Assert.DoesNotContain("PutParameter", _ssm.Operations);
        Assert.Equal((_leaked, 1), (_ssm.Current("/app/db/password").Value, _ssm.Current("/app/db/password").Version));
    }

    [Fact]
    public async Task Apply_puts_a_new_labelled_version_read_back_first()
    {
        var step = Assert.Single(await _harness.RunAsync(Store(), RevocationHarness.Leak(_leaked), apply: true));

        Assert.Equal(AuditLog.Applied, step.Result);
        var (value, version, labels) = _ssm.Current("/app/db/password");
        Assert.NotEqual(_leaked, value);
        Assert.Equal(2, version);
        Assert.Contains(AwsStore.RotatedLabel, labels);
        var operations = _ssm.Operations.SkipWhile(o => o != "PutParameter").ToList();
        Assert.Equal(["PutParameter", "GetParameter", "LabelParameterVersion"], operations);
        Assert.Equal(_leaked, _ssm.Current("/other/x").Value);
        Assert.DoesNotContain(_leaked, _harness.AuditText);
        Assert.DoesNotContain(value, _harness.AuditText);
    }

    [Fact]
    public async Task A_second_apply_is_a_no_op()
    {
        await _harness.RunAsync(Store(), RevocationHarness.Leak(_leaked), apply: true);

        var again = Assert.Single(await _harness.RunAsync(Store(), RevocationHarness.Leak(_leaked), apply: true));

        Assert.Equal("none", again.Result);
        Assert.Single(_ssm.Operations, o => o == "PutParameter");
    }

    [Fact]
    public async Task Access_denied_stops_the_plan_with_the_reason()
    {
        _ssm.Faults.Add("GetParametersByPath", 1, context => FakeSsm.Error(context, 400, "AccessDeniedException", "User is not authorized to perform: ssm:GetParametersByPath"));

        var step = Assert.Single(await _harness.RunAsync(Store(), RevocationHarness.Leak(_leaked), apply: true));

        Assert.Equal(AuditLog.Failed, step.Result);
        Assert.Contains("AccessDeniedException", step.Detail);
        Assert.DoesNotContain("PutParameter", _ssm.Operations);
    }

    [Fact]
    public async Task A_parameter_deleted_after_the_plan_fails_unchanged()
    {
        var plan = Assert.Single(await _harness.RunAsync(Store(), RevocationHarness.Leak(_leaked), apply: false));
        _ssm.Faults.Add("GetParameter", 1, context => FakeSsm.Error(context, 400, "ParameterNotFound", ""));

        await Assert.ThrowsAsync<StoreActionException>(() => Store().ApplyAsync(plan.Action!, RevocationHarness.Leak(_leaked), CancellationToken.None));

        Assert.DoesNotContain("PutParameter", _ssm.Operations);
    }

    [Fact]
    public async Task ThrottlingException_is_retried()
    {
        _ssm.Faults.Add("PutParameter", 2, context => FakeSsm.Error(context, 400, "ThrottlingException", "Rate exceeded"));

        var step = Assert.Single(await _harness.RunAsync(Store(), RevocationHarness.Leak(_leaked), apply: true));

        Assert.Equal(AuditLog.Applied, step.Result);
        Assert.Equal(3, _ssm.Operations.Count(o => o == "PutParameter"));
        Assert.Equal(2, _ssm.Current("/app/db/password").Version);
    }

    [Fact]
    public async Task A_connection_dropped_after_the_new_version_is_written_says_the_new_version_is_current()
    {
        // The SDK and the transport retry dropped connections themselves (11 attempts here); one that stays down fails the action.
        _ssm.Faults.DropConnection("LabelParameterVersion", times: 100);

        var step = Assert.Single(await _harness.RunAsync(Store(), RevocationHarness.Leak(_leaked), apply: true));

        Assert.Equal(AuditLog.Failed, step.Result);
        Assert.Contains("new version 2 of /app/db/password written but not verified or not labelled; it is current", step.Detail);
        Assert.NotEqual(_leaked, _ssm.Current("/app/db/password").Value);
        Assert.Contains("\"state\":\"new version 2", _harness.AuditText);
    }

    [Fact]
    public async Task A_leaked_access_key_id_is_deactivated_through_signed_IAM_calls()
    {
        var keyId = "AKIA" + Guid.NewGuid().ToString("N")[..16].ToUpperInvariant();
        _iam.AddKey(keyId, "ci-deployer");
        var leak = RevocationHarness.Leak(keyId, "aws-access-key-id");

        var plan = Assert.Single(await _harness.RunAsync(Store(), leak, apply: false));
        Assert.Equal("Active", _iam.StatusOf(keyId));
        var applied = Assert.Single(await _harness.RunAsync(Store(), leak, apply: true));

        Assert.Equal("iam/user/ci-deployer", plan.Action!.Path);
        Assert.Equal(AuditLog.Applied, applied.Result);
        Assert.Equal("Inactive", _iam.StatusOf(keyId));
        Assert.Equal(0, _iam.BadSignatures);
        Assert.DoesNotContain(keyId, _harness.AuditText);
    }

    [Fact]
    public async Task IAM_throttling_is_retried_and_an_unknown_key_is_reported()
    {
        var keyId = "AKIA" + Guid.NewGuid().ToString("N")[..16].ToUpperInvariant();
        _iam.AddKey(keyId, "ci-deployer");
        _iam.Faults.Add("UpdateAccessKey", 1, context => FakeIam.Error(context, 400, "Throttling", "Rate exceeded"));

        var applied = Assert.Single(await _harness.RunAsync(Store(), RevocationHarness.Leak(keyId, "aws-access-key-id"), apply: true));
        var unknown = Assert.Single(await _harness.RunAsync(Store(), RevocationHarness.Leak("AKIA" + new string('Q', 16), "aws-access-key-id"), apply: true));

        Assert.Equal(AuditLog.Applied, applied.Result);
        Assert.Equal("Inactive", _iam.StatusOf(keyId));
        Assert.Equal(AuditLog.Failed, unknown.Result);
        Assert.Contains("NoSuchEntity", unknown.Detail);
    }
}
