using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LeakGate.Stores;

/// <summary>
/// JSON-over-HTTP calls for the stores spoken to without an SDK (Vault, GitHub): one request, throttling
/// retried, error statuses turned into <see cref="StoreRequestException"/> with the store's own message.
/// </summary>
public sealed class StoreHttp(HttpClient client, string storeName, ThrottlingRetry retry)
{
    public async Task<JsonNode?> SendAsync(HttpMethod method, string path, JsonNode? body, IReadOnlyDictionary<string, string>? headers, CancellationToken cancellationToken)
    {
        return await retry.RunAsync(async ct =>
        {
            using var request = new HttpRequestMessage(method, path);
            foreach (var (name, value) in headers ?? new Dictionary<string, string>()) request.Headers.TryAddWithoutValidation(name, value);
            if (body is not null) request.Content = JsonContent.Create(body);
            HttpResponseMessage response;
            try
            {
                response = await client.SendAsync(request, ct);
            }
            catch (HttpRequestException ex)
            {
                throw new StoreRequestException($"{storeName}: {method} {path}: connection failed: {ex.Message}", null, ex);
            }
            using (response)
            {
                string text;
                try
                {
                    text = await response.Content.ReadAsStringAsync(ct);
                }
                catch (HttpRequestException ex)
                {
                    throw new StoreRequestException($"{storeName}: {method} {path}: connection dropped while reading the answer: {ex.Message}", null, ex);
                }
                if (!response.IsSuccessStatusCode)
                {
                    throw new StoreRequestException($"{storeName}: {method} {path}: {(int)response.StatusCode} {Describe(response.StatusCode)}{ErrorText(text)}", response.StatusCode);
                }
                return text.Length == 0 ? null : ParseOrThrow(text, method, path);
            }
        }, cancellationToken);
    }

    private JsonNode? ParseOrThrow(string text, HttpMethod method, string path)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            throw new StoreRequestException($"{storeName}: {method} {path}: the answer is not JSON");
        }
    }

    private static string Describe(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Forbidden => "permission denied",
        HttpStatusCode.NotFound => "not found",
        HttpStatusCode.TooManyRequests => "throttled",
        HttpStatusCode.Unauthorized => "not authenticated",
        _ => status.ToString(),
    };

    /// <summary>Vault answers <c>{"errors":[...]}</c>, GitHub <c>{"message":...}</c>; both are safe to show (no values).</summary>
    private static string ErrorText(string text)
    {
        try
        {
            var node = JsonNode.Parse(text);
            if (node?["errors"] is JsonArray errors && errors.Count > 0) return ": " + string.Join("; ", errors.Select(e => e?.ToString()));
            if (node?["message"] is JsonValue message) return ": " + message;
        }
        catch (JsonException)
        {
        }
        return "";
    }
}
