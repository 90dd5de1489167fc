// Test support: an AWS SSM Parameter Store server speaking the AWS JSON 1.1 protocol (POST /, X-Amz-Target: AmazonSSM.<Operation>) for the operations LeakGate uses, with its error shapes (__type).
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace LeakGate.Stores.Tests.Fakes;

public sealed class FakeSsm : IAsyncDisposable
{
    private const int PageSize = 2;
    private readonly Dictionary<string, Parameter> _parameters = [];
    private readonly object _lock = new();

    private FakeSsm(FakeServer server) => Server = server;

    public FakeServer Server { get; }
    public FaultPlan Faults { get; } = new();
    /// <summary>The X-Amz-Target operations received, in order.</summary>
    public List<string> Operations { get; } = [];

    public static async Task<FakeSsm> StartAsync()
    {
        FakeSsm? ssm = null;
        var server = await FakeServer.StartAsync(context => ssm!.HandleAsync(context));
        ssm = new FakeSsm(server);
        return ssm;
    }

    public void Put(string name, string value, string type = "SecureString")
    {
        lock (_lock)
        {
            if (!_parameters.TryGetValue(name, out var parameter)) _parameters[name] = parameter = new Parameter(type);
            parameter.Values.Add(value);
        }
    }

    public (string Value, int Version, IReadOnlyList<string> Labels) Current(string name)
    {
        lock (_lock)
        {
            var parameter = _parameters[name];
            return (parameter.Values[^1], parameter.Values.Count, parameter.Labels.Where(l => l.Value == parameter.Values.Count).Select(l => l.Key).ToList());
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var target = context.Request.Headers["X-Amz-Target"].ToString();
        var operation = target.StartsWith("AmazonSSM.", StringComparison.Ordinal) ? target["AmazonSSM.".Length..] : "";
        lock (_lock) Operations.Add(operation);
        if (await Faults.TryInjectAsync(context, operation)) return;
        if (context.Request.Method != "POST" || !context.Request.ContentType!.StartsWith("application/x-amz-json-1.1", StringComparison.Ordinal))
        {
            await Error(context, 400, "SerializationException", "expected POST with application/x-amz-json-1.1");
            return;
        }
        if (!context.Request.Headers.Authorization.ToString().StartsWith("AWS4-HMAC-SHA256 Credential=AKIAFAKEFORTESTS0001/", StringComparison.Ordinal)
            || !context.Request.Headers.Authorization.ToString().Contains("/ssm/aws4_request", StringComparison.Ordinal))
        {
            await Error(context, 400, "UnrecognizedClientException", "The security token included in the request is invalid.");
            return;
        }
        var request = (await JsonNode.ParseAsync(context.Request.Body))!;
        JsonNode? answer;
        lock (_lock)
        {
            answer = operation switch
            {
                "GetParametersByPath" => GetParametersByPath(request),
                "GetParameter" => GetParameter(request),
                "PutParameter" => PutParameter(request),
                "LabelParameterVersion" => LabelParameterVersion(request),
                _ => null,
            };
        }
        if (answer is null) await Error(context, 400, "ParameterNotFound", "");
        else await Json(context, 200, answer);
    }

    private JsonNode GetParametersByPath(JsonNode request)
    {
        var path = request["Path"]!.GetValue<string>();
        var folder = path.EndsWith('/') ? path : path + "/";
        var start = int.TryParse(request["NextToken"]?.GetValue<string>(), out var token) ? token : 0;
        var matching = _parameters.Where(p => p.Key.StartsWith(folder, StringComparison.Ordinal)).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        var page = new JsonArray(matching.Skip(start).Take(PageSize).Select(p => Describe(p.Key, p.Value, p.Value.Values.Count, decrypt: request["WithDecryption"]?.GetValue<bool>() == true)).ToArray<JsonNode?>());
        var answer = new JsonObject { ["Parameters"] = page };
        if (start + PageSize < matching.Count) answer["NextToken"] = (start + PageSize).ToString();
        return answer;
    }

    private JsonNode? GetParameter(JsonNode request)
    {
        var name = request["Name"]!.GetValue<string>();
        var version = 0;
        var colon = name.LastIndexOf(':');
        if (colon > 0 && int.TryParse(name[(colon + 1)..], out var asked))
        {
            version = asked;
            name = name[..colon];
        }
        if (!_parameters.TryGetValue(name, out var parameter)) return null;
        if (version == 0) version = parameter.Values.Count;
        if (version > parameter.Values.Count) return null;
        return new JsonObject { ["Parameter"] = Describe(name, parameter, version, decrypt: request["WithDecryption"]?.GetValue<bool>() == true) };
    }

    private JsonNode? PutParameter(JsonNode request)
    {
        var name = request["Name"]!.GetValue<string>();
        if (_parameters.TryGetValue(name, out var parameter) && request["Overwrite"]?.GetValue<bool>() != true) return null;
        if (parameter is null) _parameters[name] = parameter = new Parameter(request["Type"]?.GetValue<string>() ?? "String");
        parameter.Values.Add(request["Value"]!.GetValue<string>());
        return new JsonObject { ["Version"] = parameter.Values.Count, ["Tier"] = "Standard" };
    }

    private JsonNode? LabelParameterVersion(JsonNode request)
    {
        if (!_parameters.TryGetValue(request["Name"]!.GetValue<string>(), out var parameter)) return null;
        var version = request["ParameterVersion"]?.GetValue<long>() ?? parameter.Values.Count;
        foreach (var label in request["Labels"]!.AsArray()) parameter.Labels[label!.GetValue<string>()] = (int)version;
        return new JsonObject { ["InvalidLabels"] = new JsonArray(), ["ParameterVersion"] = version };
    }

    private static JsonObject Describe(string name, Parameter parameter, int version, bool decrypt) => new()
    {
        ["Name"] = name,
        ["Type"] = parameter.Type,
        // Without decryption a SecureString's value is the ciphertext; a stand-in shows the same effect.
        ["Value"] = parameter.Type == "SecureString" && !decrypt ? "AQICAHencrypted" : parameter.Values[version - 1],
        ["Version"] = version,
        ["DataType"] = "text",
        ["ARN"] = $"arn:aws:ssm:us-east-1:123456789012:parameter{name}",
    };

    public static Task Error(HttpContext context, int status, string type, string message) =>
        Json(context, status, new JsonObject { ["__type"] = type, ["message"] = message });

    private static async Task Json(HttpContext context, int status, JsonNode body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/x-amz-json-1.1";
        context.Response.Headers["x-amzn-RequestId"] = Guid.NewGuid().ToString();
        await context.Response.WriteAsync(body.ToJsonString());
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();

    private sealed class Parameter(string type)
    {
        public string Type { get; } = type;
        public List<string> Values { get; } = [];
        public Dictionary<string, int> Labels { get; } = [];
    }
}
