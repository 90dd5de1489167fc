using System.Net;
using System.Text.Json.Nodes;

namespace LeakGate.Stores;

/// <summary>The Vault HTTP API calls LeakGate uses (KV v2, leases, token revocation), with the operator's token and namespace.</summary>
public sealed class VaultClient
{
    private readonly StoreHttp _http;
    private readonly VaultSettings _settings;

    public VaultClient(VaultSettings settings, HttpClient client, ThrottlingRetry retry)
    {
        _settings = settings;
        client.BaseAddress ??= new Uri(settings.Address.ToString().TrimEnd('/') + "/v1/");
        _http = new StoreHttp(client, "vault", retry);
    }

    /// <summary>Keys under a KV v2 folder (names ending in '/' are folders); Vault answers 404 for an empty folder.</summary>
    public async Task<IReadOnlyList<string>> ListAsync(string mount, string folder, CancellationToken cancellationToken)
    {
        try
        {
            var answer = await Send(new HttpMethod("LIST"), $"{mount}/metadata/{folder}", null, cancellationToken);
            return answer?["data"]?["keys"]?.AsArray().Select(k => k!.GetValue<string>()).ToList() ?? [];
        }
        catch (StoreRequestException ex) when (ex.Status == HttpStatusCode.NotFound)
        {
            return [];
        }
    }

    /// <summary>The current version and the versions still readable (neither destroyed nor soft-deleted), newest first.</summary>
    public async Task<(int Current, IReadOnlyList<int> Readable)> ReadMetadataAsync(string mount, string path, CancellationToken cancellationToken)
    {
        var answer = await Send(HttpMethod.Get, $"{mount}/metadata/{path}", null, cancellationToken);
        var current = answer?["data"]?["current_version"]?.GetValue<int>() ?? 0;
        var readable = new List<int>();
        foreach (var (number, version) in answer?["data"]?["versions"]?.AsObject() ?? [])
        {
            var deleted = version?["deletion_time"]?.GetValue<string>() is { Length: > 0 };
            if (version?["destroyed"]?.GetValue<bool>() != true && !deleted && int.TryParse(number, out var n)) readable.Add(n);
        }
        return (current, readable.OrderDescending().ToList());
    }

    /// <summary>The fields of one version (the current one when <paramref name="version"/> is null) and its version number.</summary>
    public async Task<(Dictionary<string, string?> Fields, int Version)> ReadAsync(string mount, string path, int? version, CancellationToken cancellationToken)
    {
        var answer = await Send(HttpMethod.Get, $"{mount}/data/{path}" + (version is null ? "" : $"?version={version}"), null, cancellationToken);
        var data = answer?["data"]?["data"] as JsonObject;
        var number = answer?["data"]?["metadata"]?["version"]?.GetValue<int>() ?? 0;
        var fields = data?.ToDictionary(p => p.Key, p => p.Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : p.Value?.ToJsonString()) ?? [];
        return (fields, number);
    }

    /// <summary>Writes a new version only if the current one is still <paramref name="expectedVersion"/> (check-and-set); returns the new version.</summary>
    public async Task<int> WriteAsync(string mount, string path, IReadOnlyDictionary<string, string?> fields, int expectedVersion, CancellationToken cancellationToken)
    {
        var data = new JsonObject();
        foreach (var (name, value) in fields) data[name] = value;
        var body = new JsonObject { ["options"] = new JsonObject { ["cas"] = expectedVersion }, ["data"] = data };
        var answer = await Send(HttpMethod.Post, $"{mount}/data/{path}", body, cancellationToken);
        return answer?["data"]?["version"]?.GetValue<int>() ?? throw new StoreRequestException($"vault: write {mount}/{path}: the answer has no version");
    }

    public Task DestroyAsync(string mount, string path, int version, CancellationToken cancellationToken) =>
        Send(HttpMethod.Put, $"{mount}/destroy/{path}", new JsonObject { ["versions"] = new JsonArray(version) }, cancellationToken);

    /// <summary>Revokes every lease under a prefix (e.g. <c>database/creds/app</c>): the dynamic credentials issued there stop working.</summary>
    public Task RevokeLeasePrefixAsync(string prefix, CancellationToken cancellationToken) =>
        Send(HttpMethod.Put, $"sys/leases/revoke-prefix/{prefix.Trim('/')}", null, cancellationToken);

    /// <summary>A leaked token revokes itself: the call is made with the leaked token, sent only to the Vault that issued it.</summary>
    public Task RevokeSelfAsync(string leakedToken, CancellationToken cancellationToken) =>
        _http.SendAsync(HttpMethod.Post, "auth/token/revoke-self", null, Headers(leakedToken), cancellationToken);

    /// <summary>The accessor of a token, looked up with the operator's token.</summary>
    public async Task<string> AccessorOfAsync(string leakedToken, CancellationToken cancellationToken)
    {
        var answer = await Send(HttpMethod.Post, "auth/token/lookup", new JsonObject { ["token"] = leakedToken }, cancellationToken);
        return answer?["data"]?["accessor"]?.GetValue<string>() ?? throw new StoreRequestException("vault: token lookup answered without an accessor");
    }

    public Task RevokeAccessorAsync(string accessor, CancellationToken cancellationToken) =>
        Send(HttpMethod.Post, "auth/token/revoke-accessor", new JsonObject { ["accessor"] = accessor }, cancellationToken);

    private Task<JsonNode?> Send(HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken) =>
        _http.SendAsync(method, path, body, Headers(_settings.Token), cancellationToken);

    private Dictionary<string, string> Headers(string token)
    {
        var headers = new Dictionary<string, string> { ["X-Vault-Token"] = token, ["X-Vault-Request"] = "true" };
        if (_settings.Namespace is not null) headers["X-Vault-Namespace"] = _settings.Namespace;
        return headers;
    }
}
