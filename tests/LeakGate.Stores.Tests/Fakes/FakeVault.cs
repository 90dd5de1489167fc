// Test support: a Vault server speaking the HTTP API for KV v2 (list, metadata, read, check-and-set write, destroy), lease revocation by prefix and tokens (revoke-self, lookup, revoke-accessor), with Vault's error bodies.
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace LeakGate.Stores.Tests.Fakes;

public sealed class FakeVault : IAsyncDisposable
{
    public const string RootToken = "hvs.fake-operator-token-for-tests";
    private readonly Dictionary<string, List<KvVersion>> _secrets = [];
    private readonly Dictionary<string, string> _tokenAccessors = [];
    private readonly object _lock = new();

    private FakeVault(FakeServer server) => Server = server;

    public FakeServer Server { get; private set; }
    public FaultPlan Faults { get; } = new();
    public HashSet<string> RevokedTokens { get; } = [];
    /// <summary>Tokens whose policy lacks revoke-self (Vault answers 403 for them).</summary>
    public HashSet<string> TokensWithoutRevokeSelf { get; } = [];
    public string? RequiredNamespace { get; set; }
    /// <summary>Live lease ids, e.g. "database/creds/app/abc123".</summary>
    public HashSet<string> Leases { get; } = [];

    public static async Task<FakeVault> StartAsync()
    {
        FakeVault? vault = null;
        var server = await FakeServer.StartAsync(context => vault!.HandleAsync(context));
        vault = new FakeVault(server);
        return vault;
    }

    public void Put(string mount, string path, Dictionary<string, string> fields)
    {
        lock (_lock)
        {
            var key = $"{mount}/{path}";
            if (!_secrets.TryGetValue(key, out var versions)) _secrets[key] = versions = [];
            versions.Add(new KvVersion(new Dictionary<string, string>(fields)));
        }
    }

    public void AddToken(string token, string accessor)
    {
        lock (_lock) _tokenAccessors[token] = accessor;
    }

    /// <summary>The fields of a version (1-based; null: current), or null when that version is destroyed.</summary>
    public IReadOnlyDictionary<string, string>? Read(string mount, string path, int? version = null)
    {
        lock (_lock)
        {
            var versions = _secrets[$"{mount}/{path}"];
            var kv = versions[(version ?? versions.Count) - 1];
            return kv.Destroyed ? null : kv.Fields;
        }
    }

    public int CurrentVersion(string mount, string path)
    {
        lock (_lock) return _secrets[$"{mount}/{path}"].Count;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = $"{context.Request.Method} {context.Request.Path}";
        if (await Faults.TryInjectAsync(context, request)) return;
        var path = context.Request.Path.Value!;
        if (!path.StartsWith("/v1/", StringComparison.Ordinal))
        {
            await Error(context, 404, "no handler for route");
            return;
        }
        var token = context.Request.Headers["X-Vault-Token"].ToString();
        var route = path["/v1/".Length..];
        if (route == "auth/token/revoke-self")
        {
            await RevokeSelfAsync(context, token);
            return;
        }
        if (token != RootToken || (RequiredNamespace is not null && context.Request.Headers["X-Vault-Namespace"] != RequiredNamespace))
        {
            await Error(context, 403, "permission denied");
            return;
        }
        var text = await new StreamReader(context.Request.Body).ReadToEndAsync();
        var body = text.Length > 0 ? JsonNode.Parse(text) : null;
        switch (route)
        {
            case "auth/token/lookup":
                await LookupAsync(context, body!["token"]!.GetValue<string>());
                return;
            case "auth/token/revoke-accessor":
                await RevokeAccessorAsync(context, body!["accessor"]!.GetValue<string>());
                return;
        }
        var slash = route.IndexOf('/');
        var second = route.IndexOf('/', slash + 1);
        if (slash < 0 || second < 0)
        {
            await Error(context, 404, "no handler for route");
            return;
        }
        var mount = route[..slash];
        var kind = route[(slash + 1)..second];
        var secretPath = route[(second + 1)..];
        var method = context.Request.Method;
        if (mount == "sys" && kind == "policies" && method == "GET" && secretPath.StartsWith("password/", StringComparison.Ordinal) && secretPath.EndsWith("/generate", StringComparison.Ordinal)) await GeneratePasswordAsync(context, secretPath["password/".Length..^"/generate".Length]);
        else if (mount == "sys" && kind == "leases" && method is "PUT" or "POST" && secretPath.StartsWith("revoke-prefix/", StringComparison.Ordinal)) await RevokeLeasesAsync(context, secretPath["revoke-prefix/".Length..]);
        else if (kind == "metadata" && method == "GET" && context.Request.Query["list"] != "true") await MetadataAsync(context, mount, secretPath);
        else if (kind == "metadata" && (method == "LIST" || (method == "GET" && context.Request.Query["list"] == "true"))) await ListAsync(context, mount, secretPath);
        else if (kind == "data" && method == "GET") await ReadAsync(context, mount, secretPath);
        else if (kind == "data" && method is "POST" or "PUT") await WriteAsync(context, mount, secretPath, body!);
        else if (kind == "destroy" && method is "POST" or "PUT") await DestroyAsync(context, mount, secretPath, body!);
        else await Error(context, 405, "unsupported operation");
    }

    private async Task ListAsync(HttpContext context, string mount, string folder)
    {
        List<string> keys;
        lock (_lock)
        {
            var prefix = $"{mount}/{folder}";
            keys = _secrets.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal))
                .Select(k => k[prefix.Length..])
                .Select(rest => rest.Contains('/') ? rest[..(rest.IndexOf('/') + 1)] : rest)
                .Distinct().Order().ToList();
        }
        if (keys.Count == 0)
        {
            await Error(context, 404, null);
            return;
        }
        await Json(context, 200, new JsonObject { ["data"] = new JsonObject { ["keys"] = new JsonArray(keys.Select(k => (JsonNode)k).ToArray()) } });
    }

    private async Task MetadataAsync(HttpContext context, string mount, string path)
    {
        JsonObject? versions = null;
        int current = 0;
        lock (_lock)
        {
            if (_secrets.TryGetValue($"{mount}/{path}", out var kvs))
            {
                current = kvs.Count;
                versions = new JsonObject();
                for (var i = 0; i < kvs.Count; i++) versions[(i + 1).ToString()] = new JsonObject { ["created_time"] = "2024-01-01T00:00:00Z", ["deletion_time"] = "", ["destroyed"] = kvs[i].Destroyed };
            }
        }
        if (versions is null) await Error(context, 404, null);
        else await Json(context, 200, new JsonObject { ["data"] = new JsonObject { ["current_version"] = current, ["max_versions"] = 0, ["versions"] = versions } });
    }

    /// <summary>Password policies by name: the alphabet and length Vault would generate from.</summary>
    public Dictionary<string, (string Alphabet, int Length)> PasswordPolicies { get; } = [];

    private async Task GeneratePasswordAsync(HttpContext context, string name)
    {
        if (!PasswordPolicies.TryGetValue(name, out var rule))
        {
            await Error(context, 404, null);
            return;
        }
        var password = System.Security.Cryptography.RandomNumberGenerator.GetString(rule.Alphabet, rule.Length);
        await Json(context, 200, new JsonObject { ["data"] = new JsonObject { ["password"] = password } });
    }

    private async Task RevokeLeasesAsync(HttpContext context, string prefix)
    {
        lock (_lock)
        {
            foreach (var lease in Leases.Where(l => l.StartsWith(prefix + "/", StringComparison.Ordinal)).ToList()) Leases.Remove(lease);
        }
        context.Response.StatusCode = 204;
        await Task.CompletedTask;
    }

    private async Task ReadAsync(HttpContext context, string mount, string path)
    {
        KvVersion? kv;
        int number;
        lock (_lock)
        {
            if (!_secrets.TryGetValue($"{mount}/{path}", out var versions))
            {
                kv = null;
                number = 0;
            }
            else
            {
                number = int.TryParse(context.Request.Query["version"], out var asked) && asked > 0 ? asked : versions.Count;
                kv = number <= versions.Count ? versions[number - 1] : null;
            }
        }
        if (kv is null)
        {
            await Error(context, 404, null);
            return;
        }
        var metadata = new JsonObject { ["version"] = number, ["destroyed"] = kv.Destroyed, ["created_time"] = "2024-01-01T00:00:00Z", ["deletion_time"] = "" };
        if (kv.Destroyed)
        {
            // Vault answers 404 with the metadata and null data for a destroyed version.
            await Json(context, 404, new JsonObject { ["data"] = new JsonObject { ["data"] = null, ["metadata"] = metadata } });
            return;
        }
        var data = new JsonObject();
        foreach (var (name, value) in kv.Fields) data[name] = value;
        await Json(context, 200, new JsonObject { ["data"] = new JsonObject { ["data"] = data, ["metadata"] = metadata } });
    }

    private async Task WriteAsync(HttpContext context, string mount, string path, JsonNode body)
    {
        int version;
        lock (_lock)
        {
            var key = $"{mount}/{path}";
            var current = _secrets.TryGetValue(key, out var versions) ? versions.Count : 0;
            var cas = body["options"]?["cas"]?.GetValue<int>();
            if (cas is not null && cas != current)
            {
                version = -1;
            }
            else
            {
                if (versions is null) _secrets[key] = versions = [];
                versions.Add(new KvVersion(body["data"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>())));
                version = versions.Count;
            }
        }
        if (version < 0)
        {
            await Error(context, 400, "check-and-set parameter did not match the current version");
            return;
        }
        await Json(context, 200, new JsonObject { ["data"] = new JsonObject { ["version"] = version, ["created_time"] = "2024-01-01T00:00:00Z", ["destroyed"] = false } });
    }

    private async Task DestroyAsync(HttpContext context, string mount, string path, JsonNode body)
    {
        lock (_lock)
        {
            if (_secrets.TryGetValue($"{mount}/{path}", out var versions))
            {
                foreach (var number in body["versions"]!.AsArray().Select(v => v!.GetValue<int>()).Where(n => n >= 1 && n <= versions.Count)) versions[number - 1].Destroyed = true;
            }
        }
        context.Response.StatusCode = 204;
        await Task.CompletedTask;
    }

    private async Task RevokeSelfAsync(HttpContext context, string token)
    {
        lock (_lock)
        {
            if (token == RootToken || !_tokenAccessors.ContainsKey(token) || RevokedTokens.Contains(token) || TokensWithoutRevokeSelf.Contains(token)) token = "";
            else RevokedTokens.Add(token);
        }
        if (token.Length == 0) await Error(context, 403, "permission denied");
        else context.Response.StatusCode = 204;
    }

    private async Task LookupAsync(HttpContext context, string token)
    {
        string? accessor;
        lock (_lock) accessor = _tokenAccessors.GetValueOrDefault(token) is { } a && !RevokedTokens.Contains(token) ? a : null;
        if (accessor is null) await Error(context, 403, "bad token");
        else await Json(context, 200, new JsonObject { ["data"] = new JsonObject { ["accessor"] = accessor, ["policies"] = new JsonArray("default") } });
    }

    private async Task RevokeAccessorAsync(HttpContext context, string accessor)
    {
        bool found;
        lock (_lock)
        {
            var token = _tokenAccessors.FirstOrDefault(t => t.Value == accessor).Key;
            found = token is not null && RevokedTokens.Add(token);
        }
        if (found) context.Response.StatusCode = 204;
        else await Error(context, 400, "invalid accessor");
    }

    private static Task Error(HttpContext context, int status, string? message) =>
        Json(context, status, new JsonObject { ["errors"] = message is null ? new JsonArray() : new JsonArray(message) });

    private static async Task Json(HttpContext context, int status, JsonNode body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString());
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();

    private sealed class KvVersion(Dictionary<string, string> fields)
    {
        public Dictionary<string, string> Fields { get; } = fields;
        public bool Destroyed { get; set; }
    }
}
