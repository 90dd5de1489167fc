// Test support: an in-process Kestrel server on 127.0.0.1 and a random port (HTTP, or HTTPS with a throw-away self-signed certificate) that records every request.
using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LeakGate.Stores.Tests.Fakes;

public sealed class FakeServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeServer(WebApplication app, Uri address, X509Certificate2? certificate)
    {
        _app = app;
        Address = address;
        Certificate = certificate;
    }

    public Uri Address { get; }
    public X509Certificate2? Certificate { get; }

    /// <summary>"METHOD /path?query" of every request, in arrival order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    public static async Task<FakeServer> StartAsync(Func<HttpContext, Task> handle, bool https = false)
    {
        var certificate = https ? SelfSignedLoopbackCertificate() : null;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (certificate is not null) listen.UseHttps(certificate);
        }));
        var app = builder.Build();
        FakeServer? server = null;
        app.Run(async context =>
        {
            server!.Requests.Enqueue($"{context.Request.Method} {context.Request.Path}{context.Request.QueryString}");
            await handle(context);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server = new FakeServer(app, new Uri(address.TrimEnd('/') + "/"), certificate);
        return server;
    }

    /// <summary>An HttpClient that trusts exactly this server's certificate.</summary>
    public HttpClient CreateClient(Uri? baseAddress = null) => new(CreateHandler()) { BaseAddress = baseAddress };

    public HttpMessageHandler CreateHandler() => new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = (_, presented, _, _) => Certificate is not null && presented?.Thumbprint == Certificate.Thumbprint,
    };

    public int Count(string requestStart) => Requests.Count(r => r.StartsWith(requestStart, StringComparison.Ordinal));

    private static X509Certificate2 SelfSignedLoopbackCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
