// Test support: an Azure TokenCredential that hands out the fake vault's token and records the scopes and tenants it was asked for.
using Azure.Core;

namespace LeakGate.Stores.Tests.Fakes;

public sealed class TestTokenCredential : TokenCredential
{
    public List<(string Scopes, string? Tenant)> Requests { get; } = [];

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        lock (Requests) Requests.Add((string.Join(' ', requestContext.Scopes), requestContext.TenantId));
        return new AccessToken(FakeKeyVault.AccessToken, DateTimeOffset.UtcNow.AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
