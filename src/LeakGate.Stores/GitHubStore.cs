using System.Text.Json.Nodes;

namespace LeakGate.Stores;

/// <summary>
/// GitHub: leaked GitHub tokens are reported to GitHub's credential revocation endpoint
/// (<c>POST /credentials/revoke</c>), which revokes them and notifies their owners. The call is
/// unauthenticated by design (GitHub answers 403 to authenticated calls on github.com).
/// </summary>
public sealed class GitHubStore(StoreHttp http) : ISecretStore
{
    public const string RevokeKind = "revoke-token";

    /// <summary>The token kinds the endpoint accepts: classic and fine-grained PATs, OAuth, user-to-server and refresh tokens.</summary>
    private static readonly HashSet<string> RevocableRules =
        ["github-classic-pat", "github-fine-grained-pat", "github-oauth-access-token", "github-user-to-server-token", "github-refresh-token"];

    public string Name => "github";

    /// <summary>The API root: <c>GITHUB_API_URL</c> as GitHub Actions sets it, else api.github.com.</summary>
    public static Uri ApiFromEnvironment() =>
        new((Environment.GetEnvironmentVariable("GITHUB_API_URL") is { Length: > 0 } api ? api : "https://api.github.com").TrimEnd('/') + "/");

    public Task<IReadOnlyList<StoreAction>> PlanAsync(LeakedSecret leak, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StoreAction>>(RevocableRules.Contains(leak.RuleId)
            ? [new StoreAction(Name, RevokeKind, "credentials/revoke", null, "report the leaked token to GitHub's credential revocation endpoint")]
            : []);

    public async Task<ActionOutcome> ApplyAsync(StoreAction action, LeakedSecret leak, CancellationToken cancellationToken)
    {
        var headers = new Dictionary<string, string> { ["Accept"] = "application/vnd.github+json", ["X-GitHub-Api-Version"] = "2022-11-28", ["User-Agent"] = "leakgate" };
        try
        {
            await http.SendAsync(HttpMethod.Post, "credentials/revoke", new JsonObject { ["credentials"] = new JsonArray(leak.Value) }, headers, cancellationToken);
        }
        catch (StoreRequestException ex)
        {
            throw new StoreActionException("the leaked token was not accepted for revocation and may still be valid", ex.Message, ex);
        }
        return new ActionOutcome(null, "accepted by GitHub for revocation (202)");
    }
}
