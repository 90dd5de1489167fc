// Test support: an IAM server speaking the query protocol (form-encoded POST, XML answers, ErrorResponse on failure) for GetAccessKeyLastUsed and UpdateAccessKey; it checks each request's SigV4 signature by signing it again.
using System.Globalization;
using System.Net;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Signing;
using Microsoft.AspNetCore.Http;

namespace LeakGate.Stores.Tests.Fakes;

public sealed class FakeIam : IAsyncDisposable
{
    public static readonly BasicAWSCredentials Credentials = new("AKIAFAKEFORTESTS0001", "fake/secret/key/for/tests/only/0000000000");
    private readonly Dictionary<string, (string User, string Status)> _keys = [];
    private readonly object _lock = new();

    private FakeIam(FakeServer server) => Server = server;

    public FakeServer Server { get; }
    public FaultPlan Faults { get; } = new();
    public int BadSignatures { get; private set; }

    public static async Task<FakeIam> StartAsync()
    {
        FakeIam? iam = null;
        var server = await FakeServer.StartAsync(context => iam!.HandleAsync(context));
        iam = new FakeIam(server);
        return iam;
    }

    public void AddKey(string accessKeyId, string user)
    {
        lock (_lock) _keys[accessKeyId] = (user, "Active");
    }

    public string StatusOf(string accessKeyId)
    {
        lock (_lock) return _keys[accessKeyId].Status;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();
        var form = System.Web.HttpUtility.ParseQueryString(System.Text.Encoding.UTF8.GetString(body));
        var action = form["Action"] ?? "";
        if (await Faults.TryInjectAsync(context, action)) return;
        if (!await SignatureIsValidAsync(context, body))
        {
            BadSignatures++;
            await Error(context, 403, "SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided.");
            return;
        }
        if (form["Version"] != "2010-05-08")
        {
            await Error(context, 400, "InvalidAction", "Could not find operation for this version");
            return;
        }
        var keyId = form["AccessKeyId"] ?? "";
        (string User, string Status) key;
        lock (_lock)
        {
            if (!_keys.TryGetValue(keyId, out key)) key = default;
        }
        if (key.User is null)
        {
            await Error(context, 404, "NoSuchEntity", $"The Access Key with id {keyId} cannot be found.");
            return;
        }
        switch (action)
        {
            case "GetAccessKeyLastUsed":
                await Xml(context, $"<GetAccessKeyLastUsedResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><GetAccessKeyLastUsedResult><AccessKeyLastUsed><Region>N/A</Region><ServiceName>N/A</ServiceName></AccessKeyLastUsed><UserName>{key.User}</UserName></GetAccessKeyLastUsedResult><ResponseMetadata><RequestId>{Guid.NewGuid()}</RequestId></ResponseMetadata></GetAccessKeyLastUsedResponse>");
                return;
            case "UpdateAccessKey" when form["UserName"] == key.User && form["Status"] is "Active" or "Inactive":
                lock (_lock) _keys[keyId] = (key.User, form["Status"]!);
                await Xml(context, $"<UpdateAccessKeyResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><ResponseMetadata><RequestId>{Guid.NewGuid()}</RequestId></ResponseMetadata></UpdateAccessKeyResponse>");
                return;
            default:
                await Error(context, 400, "ValidationError", "bad request");
                return;
        }
    }

    private async Task<bool> SignatureIsValidAsync(HttpContext context, byte[] body)
    {
        var date = context.Request.Headers["X-Amz-Date"].ToString();
        if (!DateTime.TryParseExact(date, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var signedAt)) return false;
        var signing = new AWSSigningRequest { HttpMethod = HttpMethod.Post, RequestUri = Server.Address, Content = body };
        signing.Headers["Content-Type"] = context.Request.ContentType!;
        signing.Headers["Host"] = context.Request.Host.Value!;
        var expected = await AWSSigV4Signer.SignAsync(signing, new AWSSigV4Parameters { Credentials = Credentials, Region = RegionEndpoint.USEast1, Service = "iam", SignedAt = signedAt }, CancellationToken.None);
        return expected.Headers.TryGetValue("Authorization", out var authorization) && authorization == context.Request.Headers.Authorization.ToString();
    }

    public static Task Error(HttpContext context, int status, string code, string message) =>
        Xml(context, $"<ErrorResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><Error><Type>Sender</Type><Code>{code}</Code><Message>{WebUtility.HtmlEncode(message)}</Message></Error><RequestId>{Guid.NewGuid()}</RequestId></ErrorResponse>", status);

    private static async Task Xml(HttpContext context, string xml, int status = 200)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/xml";
        await context.Response.WriteAsync(xml);
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
