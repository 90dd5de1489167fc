// Test support: GitHub's credential revocation endpoint (POST /credentials/revoke, 202 Accepted; 403 for authenticated calls; 422 for a bad body).
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace LeakGate.Stores.Tests.Fakes;

public sealed class FakeGitHub : IAsyncDisposable
{
    private FakeGitHub(FakeServer server) => Server = server;

    public FakeServer Server { get; }
    public FaultPlan Faults { get; } = new();
    public List<string> RevokedCredentials { get; } = [];

    public static async Task<FakeGitHub> StartAsync()
    {
        FakeGitHub? github = null;
        var server = await FakeServer.StartAsync(context => github!.HandleAsync(context));
        github = new FakeGitHub(server);
        return github;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = $"{context.Request.Method} {context.Request.Path}";
        if (await Faults.TryInjectAsync(context, request)) return;
        if (request != "POST /credentials/revoke")
        {
            await Message(context, 404, "Not Found");
            return;
        }
        if (!string.IsNullOrEmpty(context.Request.Headers.Authorization)) 
        {
            await Message(context, 403, "Must not be authenticated");
            return;
        }
        var body = await JsonNode.ParseAsync(context.Request.Body);
        if (body?["credentials"] is not JsonArray credentials || credentials.Count is 0 or > 1000)
        {
            await Message(context, 422, "Validation Failed");
            return;
        }
        lock (RevokedCredentials) RevokedCredentials.AddRange(credentials.Select(c => c!.GetValue<string>()));
        await Message(context, 202, "Accepted");
    }

    public static async Task Message(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(new JsonObject { ["message"] = message }.ToJsonString());
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
