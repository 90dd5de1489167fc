// Test support: an Azure Key Vault server (HTTPS) speaking the secrets REST API: the 401 bearer challenge the SDK starts with, list, get, set (new version) and update (enable/disable), with Key Vault's error bodies.
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace LeakGate.Stores.Tests.Fakes;

public sealed class FakeKeyVault : IAsyncDisposable
{
    public const string AccessToken = "fake-azure-access-token";
    private readonly Dictionary<string, List<SecretVersion>> _secrets = [];
    private readonly object _lock = new();
    private int _versionCounter;

    private FakeKeyVault(FakeServer server) => Server = server;

    public FakeServer Server { get; }
    public FaultPlan Faults { get; } = new();
    public int Challenges { get; private set; }

    public static async Task<FakeKeyVault> StartAsync()
    {
        FakeKeyVault? vault = null;
        var server = await FakeServer.StartAsync(context => vault!.HandleAsync(context), https: true);
        vault = new FakeKeyVault(server);
        return vault;
    }

    public string Set(string name, string value)
    {
        lock (_lock)
        {
            if (!_secrets.TryGetValue(name, out var versions)) _secrets[name] = versions = [];
            var version = $"{++_versionCounter:x32}";
            versions.Add(new SecretVersion(version, value));
            return version;
        }
    }

    public IReadOnlyList<(string Version, string Value, bool Enabled)> Versions(string name)
    {
        lock (_lock) return _secrets[name].Select(v => (v.Version, v.Value, v.Enabled)).ToList();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value!.TrimEnd('/');
        if (context.Request.Headers.Authorization.ToString() != $"Bearer {AccessToken}")
        {
            Challenges++;
            context.Response.StatusCode = 401;
            context.Response.Headers.WWWAuthenticate = "Bearer authorization=\"https://login.microsoftonline.com/00000000-0000-0000-0000-000000000001\", resource=\"https://vault.azure.net\"";
            return;
        }
        if (await Faults.TryInjectAsync(context, $"{context.Request.Method} {path}")) return;
        if (string.IsNullOrEmpty(context.Request.Query["api-version"]))
        {
            await Error(context, 400, "BadParameter", "The 'api-version' query parameter is required.");
            return;
        }
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts[0] != "secrets")
        {
            await Error(context, 404, "NotFound", "no such route");
            return;
        }
        var method = context.Request.Method;
        if (parts.Length == 1 && method == "GET") await ListAsync(context);
        else if (parts.Length is 2 or 3 && method == "GET") await GetAsync(context, parts[1], parts.Length == 3 ? parts[2] : null);
        else if (parts.Length == 2 && method == "PUT") await SetAsync(context, parts[1]);
        else if (parts.Length == 3 && method == "PATCH") await UpdateAsync(context, parts[1], parts[2]);
        else await Error(context, 405, "MethodNotAllowed", "unsupported");
    }

    private async Task ListAsync(HttpContext context)
    {
        JsonArray items;
        lock (_lock) items = new JsonArray(_secrets.Keys.Order().Select(name => (JsonNode)new JsonObject { ["id"] = $"{Base(context)}/secrets/{name}", ["attributes"] = new JsonObject { ["enabled"] = true } }).ToArray());
        await Json(context, 200, new JsonObject { ["value"] = items, ["nextLink"] = null });
    }

    private async Task GetAsync(HttpContext context, string name, string? version)
    {
        SecretVersion? found;
        lock (_lock) found = _secrets.TryGetValue(name, out var versions) ? (version is null ? versions[^1] : versions.FirstOrDefault(v => v.Version == version)) : null;
        if (found is null) await Error(context, 404, "SecretNotFound", $"A secret with (name/id) {name} was not found in this key vault.");
        else if (!found.Enabled) await Error(context, 403, "Forbidden", "Operation get is not allowed on a disabled secret.");
        else await Json(context, 200, Bundle(context, name, found, withValue: true));
    }

    private async Task SetAsync(HttpContext context, string name)
    {
        var body = (await JsonNode.ParseAsync(context.Request.Body))!;
        var version = Set(name, body["value"]!.GetValue<string>());
        SecretVersion created;
        lock (_lock) created = _secrets[name].Single(v => v.Version == version);
        await Json(context, 200, Bundle(context, name, created, withValue: true));
    }

    private async Task UpdateAsync(HttpContext context, string name, string version)
    {
        var body = (await JsonNode.ParseAsync(context.Request.Body))!;
        SecretVersion? found;
        lock (_lock)
        {
            found = _secrets.TryGetValue(name, out var versions) ? versions.FirstOrDefault(v => v.Version == version) : null;
            if (found is not null && body["attributes"]?["enabled"] is { } enabled) found.Enabled = enabled.GetValue<bool>();
        }
        if (found is null) await Error(context, 404, "SecretNotFound", $"A secret with (name/id) {name}/{version} was not found in this key vault.");
        else await Json(context, 200, Bundle(context, name, found, withValue: false));
    }

    private static JsonObject Bundle(HttpContext context, string name, SecretVersion version, bool withValue)
    {
        var bundle = new JsonObject
        {
            ["id"] = $"{Base(context)}/secrets/{name}/{version.Version}",
            ["attributes"] = new JsonObject { ["enabled"] = version.Enabled, ["created"] = 1704067200, ["updated"] = 1704067200, ["recoveryLevel"] = "Recoverable+Purgeable" },
        };
        if (withValue) bundle["value"] = version.Value;
        return bundle;
    }

    private static string Base(HttpContext context) => $"{context.Request.Scheme}://{context.Request.Host}";

    public static Task Error(HttpContext context, int status, string code, string message) =>
        Json(context, status, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } });

    private static async Task Json(HttpContext context, int status, JsonNode body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(body.ToJsonString());
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();

    private sealed class SecretVersion(string version, string value)
    {
        public string Version { get; } = version;
        public string Value { get; } = value;
        public bool Enabled { get; set; } = true;
    }
}
