// GitHub adapter against a fake credential revocation endpoint: only GitHub tokens are sent, unauthenticated, once; 422 and 429 answers.
using LeakGate.Stores.Tests.Fakes;

namespace LeakGate.Stores.Tests;

public sealed class GitHubStoreTests : IAsyncLifetime, IDisposable
{
    private readonly RevocationHarness _harness = new();
    private readonly string _token = "ghp_" + Guid.NewGuid().ToString("N") + "abcd";
    private FakeGitHub _github = null!;

    public async Task InitializeAsync() => _github = await FakeGitHub.StartAsync();

    public async Task DisposeAsync() => await _github.DisposeAsync();

    public void Dispose() => _harness.Dispose();

    private GitHubStore Store() => new(new StoreHttp(new HttpClient { BaseAddress = _github.Server.Address }, "github", RevocationHarness.Retry));

    [Fact]
    public async Task A_leaked_token_is_planned_then_reported_once()
    {
        var leak = RevocationHarness.Leak(_token, "github-classic-pat");

        var planned = Assert.Single(await _harness.RunAsync(Store(), leak, apply: false));
        Assert.Empty(_github.RevokedCredentials);
        var applied = Assert.Single(await _harness.RunAsync(Store(), leak, apply: true));
        var again = Assert.Single(await _harness.RunAsync(Store(), leak, apply: true));

        Assert.Equal(AuditLog.Planned, planned.Result);
        Assert.Equal(AuditLog.Applied, applied.Result);
        Assert.Equal(AuditLog.Skipped, again.Result);
        Assert.Equal([_token], _github.RevokedCredentials);
        Assert.DoesNotContain(_token, _harness.AuditText);
    }

    [Fact]
    public async Task Other_findings_are_never_sent_to_GitHub()
    {
        var step = Assert.Single(await _harness.RunAsync(Store(), RevocationHarness.Leak(RevocationHarness.NewValue()), apply: true));

        Assert.Equal("none", step.Result);
        Assert.Empty(_github.Server.Requests);
    }

    [Fact]
    public async Task A_422_answer_fails_and_says_the_token_may_still_be_valid()
    {
        _github.Faults.Add("POST /credentials/revoke", 1, context => FakeGitHub.Message(context, 422, "Validation failed, or the endpoint has been spammed."));

        var step = Assert.Single(await _harness.RunAsync(Store(), RevocationHarness.Leak(_token, "github-fine-grained-pat"), apply: true));

        Assert.Equal(AuditLog.Failed, step.Result);
        Assert.Contains("422", step.Detail);
        Assert.Contains("may still be valid", step.Detail);
    }

    [Fact]
    public async Task A_429_answer_is_retried()
    {
        _github.Faults.Add("POST /credentials/revoke", 1, context => FakeGitHub.Message(context, 429, "API rate limit exceeded"));

        var step = Assert.Single(await _harness.RunAsync(Store(), RevocationHarness.Leak(_token, "github-classic-pat"), apply: true));

        Assert.Equal(AuditLog.Applied, step.Result);
        Assert.Equal(2, _github.Server.Count("POST /credentials/revoke"));
    }
}
