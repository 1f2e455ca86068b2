using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PolicyPortal.IntegrationTests.Infrastructure;

namespace PolicyPortal.BrowserTests.Infrastructure;

/// <summary>
/// One headless Debian Chromium for the whole run (browsers cannot be downloaded here, so it is launched by path)
/// and a portal of its own on a real loopback port.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = default!;

    /// <summary>Screenshots go here, to be looked at (PP_SCREENSHOTS, else a temp folder).</summary>
    public static string ScreenshotFolder { get; } = Directory.CreateDirectory(
        Environment.GetEnvironmentVariable("PP_SCREENSHOTS") ?? Path.Combine(Path.GetTempPath(), "policyportal-screenshots")).FullName;

    public async Task InitializeAsync()
    {
        // A publication prints its PDFs before it answers; on a loaded CI machine that can take longer than
        // Playwright's 5 s default (a journey failed waiting for «Документ опубликован.» with a build running beside it).
        Assertions.SetDefaultExpectTimeout(20_000);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("PP_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh portal (its own database) served by Kestrel on a free loopback port.</summary>
    public static LivePortal StartPortal(IReadOnlyDictionary<string, string>? settings = null) => new(settings);

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
[SuppressMessage("Naming", "CA1711", Justification = "xunit's convention names collection definitions *Collection.")]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

/// <summary>
/// The portal on Kestrel over HTTPS on a free loopback port, with a self-signed certificate made in-process. HTTPS and
/// not HTTP because the portal's cookies are __Host- and Secure and its antiforgery check refuses plain-HTTP requests;
/// the browser context accepts the certificate (<see cref="ContextOptions"/>). Production settings, nothing relaxed.
/// </summary>
public sealed class LivePortal : IDisposable
{
    private readonly KestrelPortalFactory factory = new();

    public LivePortal(IReadOnlyDictionary<string, string>? settings = null)
    {
        // Links that leave the portal (the invitation mail) come from Site:BaseUrl, so the port is chosen before the start.
        var port = FreeLoopbackPort();
        factory.WithSetting("Site:BaseUrl", $"https://127.0.0.1:{port}");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            factory.WithSetting(key, value);
        }

        using var certificate = SelfSignedCertificate();
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port, listen => listen.UseHttps(X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null))));
        factory.StartServer();
        BaseUrl = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static BrowserNewContextOptions ContextOptions => new() { Locale = "ru-RU", IgnoreHTTPSErrors = true };

    public string BaseUrl { get; }

    public PortalFactory Factory => factory;

    public void Dispose() => factory.Dispose();

    private static X509Certificate2 SelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
    }
}

/// <summary>
/// A portal on a real port. Its form clients talk to that port over HTTPS (trusting the test's self-signed certificate),
/// keeping cookies and not following redirects (the in-memory client's options do not reach a real socket).
/// </summary>
public sealed class KestrelPortalFactory : PortalFactory
{
    public override FormClient CreateFormClient()
    {
        var cookies = new CookieContainer();
        var handler = new HttpClientHandler
        {
            AllowAutoRedirect = false,
            UseCookies = true,
            CookieContainer = cookies,
            ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
        };
        var baseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new FormClient(new HttpClient(handler) { BaseAddress = new Uri(baseUrl) }, cookies);
    }
}
