using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace PolicyPortal.Web.Printing;

/// <summary>
/// Prints HTML to PDF with one headless Chromium for the whole process: started on first use, restarted if it
/// disconnects, shut down when idle. Pages are pooled (no more than the processor count) and run with JavaScript
/// off and every network request aborted: documents arrive with their CSS inlined and use system fonts.
/// </summary>
public sealed class ChromiumPdf : IAsyncDisposable
{
    private static readonly string[] CommonArgs =
        ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    /// <summary>The sandbox stays on unless <see cref="PdfOptions.Sandbox"/> says off, or is unset and the process is root.</summary>
    public static string[] LaunchArguments(PdfOptions options, bool privileged) =>
        options.Sandbox ?? !privileged ? CommonArgs : ["--no-sandbox", .. CommonArgs];

    private readonly PdfOptions options;
    private readonly TimeProvider time;
    private readonly ILogger<ChromiumPdf> logger;
    private readonly SemaphoreSlim startLock = new(1, 1);
    private readonly SemaphoreSlim pageSlots;
    private readonly ConcurrentBag<IPage> idlePages = [];
    private readonly ITimer idleTimer;
    private IPlaywright? playwright;
    private IBrowser? browser;
    private IBrowserContext? context;
    private int busy;
    private DateTimeOffset lastUsed;

    public ChromiumPdf(IOptions<PdfOptions> options, TimeProvider time, ILogger<ChromiumPdf> logger)
    {
        this.options = options.Value;
        this.time = time;
        this.logger = logger;
        pageSlots = new SemaphoreSlim(Math.Clamp(this.options.MaxPages, 1, Environment.ProcessorCount));
        idleTimer = time.CreateTimer(_ => _ = CloseIfIdleAsync(), null, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
    }

    public bool IsRunning => browser?.IsConnected == true;

    public async Task<byte[]> PrintAsync(string html, CancellationToken ct)
    {
        await pageSlots.WaitAsync(ct);
        Interlocked.Increment(ref busy);
        try
        {
            var page = await RentPageAsync(ct);
            try
            {
                await page.SetContentAsync(html, new() { WaitUntil = WaitUntilState.Load });
                var pdf = await page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true, Tagged = true, Outline = true });
                idlePages.Add(page);
                return pdf;
            }
            catch (PlaywrightException e)
            {
                await ClosePageQuietlyAsync(page);
                throw new PdfUnavailableException($"Браузер, печатающий PDF, не смог подготовить документ: {e.Message}", e);
            }
        }
        finally
        {
            lastUsed = time.GetUtcNow();
            Interlocked.Decrement(ref busy);
            pageSlots.Release();
        }
    }

    private async Task<IPage> RentPageAsync(CancellationToken ct)
    {
        while (idlePages.TryTake(out var pooled))
        {
            if (!pooled.IsClosed)
            {
                return pooled;
            }
        }

        var current = await EnsureContextAsync(ct);
        return await current.NewPageAsync();
    }

    private async Task<IBrowserContext> EnsureContextAsync(CancellationToken ct)
    {
        await startLock.WaitAsync(ct);
        try
        {
            if (browser?.IsConnected == true && context is not null)
            {
                return context;
            }

            await ShutDownAsync();
            try
            {
                if (options.Sandbox is null && Environment.IsPrivilegedProcess)
                {
                    logger.LogWarning("The portal runs as root: Chromium prints without its sandbox. Run the portal as an unprivileged user (docs/security.md).");
                }

                playwright = await Playwright.CreateAsync();
                browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = options.ChromiumPath, Headless = true, Args = LaunchArguments(options, Environment.IsPrivilegedProcess) });
            }
            catch (Exception e) when (e is PlaywrightException or IOException or InvalidOperationException)
            {
                await ShutDownAsync();
                throw new PdfUnavailableException($"Не удалось запустить браузер для печати PDF ({options.ChromiumPath}): {FirstLine(e.Message)}", e);
            }

            var launched = browser;
            launched.Disconnected += (_, _) =>
            {
                logger.LogWarning("Chromium for PDFs disconnected; it will be started again on the next render.");
                idlePages.Clear();
            };
            context = await launched.NewContextAsync(new() { JavaScriptEnabled = false });
            await context.RouteAsync("**/*", route => route.AbortAsync());
            logger.LogInformation("Chromium for PDFs started ({Path}).", options.ChromiumPath);
            return context;
        }
        finally
        {
            startLock.Release();
        }
    }

    private async Task CloseIfIdleAsync()
    {
        if (browser is null || Volatile.Read(ref busy) > 0 || time.GetUtcNow() - lastUsed < options.IdleTimeout)
        {
            return;
        }

        await startLock.WaitAsync();
        try
        {
            if (Volatile.Read(ref busy) == 0)
            {
                logger.LogInformation("Chromium for PDFs idle for {Idle}; shutting it down.", options.IdleTimeout);
                await ShutDownAsync();
            }
        }
        finally
        {
            startLock.Release();
        }
    }

    private async Task ShutDownAsync()
    {
        idlePages.Clear();
        context = null;
        if (browser is not null)
        {
            try
            {
                await browser.CloseAsync();
            }
            catch (PlaywrightException)
            {
                // Already gone.
            }

            browser = null;
        }

        playwright?.Dispose();
        playwright = null;
    }

    private static async Task ClosePageQuietlyAsync(IPage page)
    {
        try
        {
            await page.CloseAsync();
        }
        catch (PlaywrightException)
        {
            // The browser went away with it.
        }
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();

    public async ValueTask DisposeAsync()
    {
        await idleTimer.DisposeAsync();
        await startLock.WaitAsync();
        try
        {
            await ShutDownAsync();
        }
        finally
        {
            startLock.Release();
        }
    }
}
