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
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

public sealed class LivePortal : IDisposable
{
    private readonly KestrelPortalFactory factory = new();

    public LivePortal(IReadOnlyDictionary<string, string>? settings = null)
    {
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            factory.Settings[key] = value;
        }

        factory.UseKestrel(0);
        factory.StartServer();
        BaseUrl = factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
    }

    public string BaseUrl { get; }

    public PortalFactory Factory => factory;

    public void Dispose() => factory.Dispose();
}

/// <summary>
/// A portal on a real port. Its form clients talk to that port over HTTP, keeping cookies and not following redirects
/// (the in-memory client's options do not reach a real socket).
/// </summary>
public sealed class KestrelPortalFactory : PortalFactory
{
    public override FormClient CreateFormClient() =>
        new(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new() }) { BaseAddress = ClientOptions.BaseAddress });
}
