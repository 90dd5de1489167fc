using System.Net;
using System.Xml.Linq;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Signing;

namespace LeakGate.Stores;

/// <summary>
/// The two IAM calls LeakGate needs, in IAM's query protocol (form-encoded POST, XML answer), signed with
/// AWSSDK.Core's SigV4 signer since the IAM SDK package is not used: whose key is it, and deactivate it.
/// </summary>
public sealed class IamAccessKeyClient(HttpClient client, Uri endpoint, AWSCredentials credentials, ThrottlingRetry retry)
{
    private static readonly XNamespace Iam = "https://iam.amazonaws.com/doc/2010-05-08/";

    /// <summary>IAM's default endpoint, or the one named by the SDK's standard <c>AWS_ENDPOINT_URL_IAM</c>/<c>AWS_ENDPOINT_URL</c> variables.</summary>
    public static Uri EndpointFromEnvironment() =>
        new(Environment.GetEnvironmentVariable("AWS_ENDPOINT_URL_IAM") is { Length: > 0 } iam ? iam
            : Environment.GetEnvironmentVariable("AWS_ENDPOINT_URL") is { Length: > 0 } any ? any
            : "https://iam.amazonaws.com/");

    /// <summary>The IAM user that owns an access key id; IAM answers AccessDenied for keys of other accounts.</summary>
    public async Task<string> OwnerOfAsync(string accessKeyId, CancellationToken cancellationToken)
    {
        var answer = await CallAsync(new() { ["Action"] = "GetAccessKeyLastUsed", ["AccessKeyId"] = accessKeyId }, cancellationToken);
        return answer.Descendants(Iam + "UserName").FirstOrDefault()?.Value
            ?? throw new StoreRequestException("iam: GetAccessKeyLastUsed answered without a user name");
    }

    public Task DeactivateAsync(string userName, string accessKeyId, CancellationToken cancellationToken) =>
        CallAsync(new() { ["Action"] = "UpdateAccessKey", ["UserName"] = userName, ["AccessKeyId"] = accessKeyId, ["Status"] = "Inactive" }, cancellationToken);

    private async Task<XDocument> CallAsync(Dictionary<string, string> parameters, CancellationToken cancellationToken)
    {
        parameters["Version"] = "2010-05-08";
        var body = await new FormUrlEncodedContent(parameters).ReadAsByteArrayAsync(cancellationToken);
        return await retry.RunAsync(async ct =>
        {
            using var request = await SignedRequestAsync(body, ct);
            HttpResponseMessage response;
            try
            {
                response = await client.SendAsync(request, ct);
            }
            catch (HttpRequestException ex)
            {
                throw new StoreRequestException($"iam: {parameters["Action"]}: connection failed: {ex.Message}", null, ex);
            }
            using (response)
            {
                var text = await response.Content.ReadAsStringAsync(ct);
                var xml = ParseXml(text);
                if (response.IsSuccessStatusCode) return xml;
                var code = xml.Descendants().FirstOrDefault(e => e.Name.LocalName == "Code")?.Value ?? response.StatusCode.ToString();
                var message = xml.Descendants().FirstOrDefault(e => e.Name.LocalName == "Message")?.Value ?? "";
                // IAM reports throttling as HTTP 400 with code Throttling; treat it like 429 so it is retried.
                var status = code == "Throttling" ? HttpStatusCode.TooManyRequests : response.StatusCode;
                throw new StoreRequestException($"iam: {parameters["Action"]}: {(int)response.StatusCode} {code}: {message}", status);
            }
        }, cancellationToken);
    }

    private static XDocument ParseXml(string text)
    {
        try
        {
            return text.Length == 0 ? new XDocument() : XDocument.Parse(text);
        }
        catch (System.Xml.XmlException)
        {
            return new XDocument();
        }
    }

    private async Task<HttpRequestMessage> SignedRequestAsync(byte[] body, CancellationToken cancellationToken)
    {
        var signing = new AWSSigningRequest { HttpMethod = HttpMethod.Post, RequestUri = endpoint, Content = body };
        signing.Headers["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8";
        signing.Headers["Host"] = endpoint.Authority;
        // IAM is a global service, signed for us-east-1.
        var signed = await AWSSigV4Signer.SignAsync(signing, new AWSSigV4Parameters { Credentials = credentials, Region = RegionEndpoint.USEast1, Service = "iam" }, cancellationToken);
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", signing.Headers["Content-Type"]);
        foreach (var (name, value) in signed.Headers)
        {
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase) || name.Equals("Host", StringComparison.OrdinalIgnoreCase) || name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)) continue;
            request.Headers.TryAddWithoutValidation(name, value);
        }
        return request;
    }
}
