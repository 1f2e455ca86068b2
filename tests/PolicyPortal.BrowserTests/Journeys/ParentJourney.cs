using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PolicyPortal.BrowserTests.Infrastructure;
using PolicyPortal.BrowserTests.Pages;

namespace PolicyPortal.BrowserTests.Journeys;

/// <summary>
/// A parent, by clicks only from the root: which channel and how to join it, the PDF, the archive with the superseded
/// edition, the check of a downloaded file, and the special version with each of its settings — on a phone and a desktop.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ParentJourney(BrowserFixture fixture)
{
    [Fact]
    public Task On_a_phone() => RunAsync(PhoneLayoutTests.Phone, "phone");

    [Fact]
    public Task On_a_desktop() => RunAsync(new(LivePortal.ContextOptions) { ViewportSize = new() { Width = 1280, Height = 900 }, AcceptDownloads = true }, "desktop");

    private async Task RunAsync(BrowserNewContextOptions options, string device)
    {
        using var portal = BrowserFixture.StartPortal();
        var (first, _) = await PublicPagesJourney.PublishTwoEditionsAsync(portal);
        await using var context = await fixture.Browser.NewContextAsync(options);
        var page = await context.NewPageAsync();
        var policy = new PublicPolicyPage(page);
        await page.GotoAsync(portal.BaseUrl + "/");

        // The teacher's channel: what it is and how to join it.
        var contacts = page.Locator(".contacts");
        await Assertions.Expect(contacts.GetByRole(AriaRole.Heading, new() { Name = "ИКОП «Сферум»" })).ToBeVisibleAsync();
        var join = contacts.GetByRole(AriaRole.Link, new() { Name = "sferum.ru — подключиться к ИКОП «Сферум»" });
        await join.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(join).ToBeInViewportAsync();
        await Assertions.Expect(join).ToHaveAttributeAsync("href", "https://sferum.ru");
        await Screenshots.TakeAsync(page, $"90-{device}-parent-channel", fullPage: false);

        // The PDF of the document in force.
        var (name, head) = await policy.DownloadAsync(page.GetByRole(AriaRole.Link, new() { Name = "Скачать документ целиком (PDF)" }));
        Assert.EndsWith(".pdf", name, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("%PDF-"u8.ToArray(), head);

        // The archive: the earlier edition is marked as superseded, and so is its download.
        await policy.OpenArchiveAsync();
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Link, new() { NameRegex = Edition44() }));
        await Assertions.Expect(page).ToHaveURLAsync(portal.BaseUrl + $"/documents/{first}");
        await Assertions.Expect(page.Locator(".superseded-banner")).ToBeVisibleAsync();
        var (lapsedName, _) = await policy.DownloadAsync(page.GetByRole(AriaRole.Link, new() { Name = "Скачать документ целиком (PDF, утратил силу)" }));
        Assert.StartsWith("Утратил силу.", lapsedName, StringComparison.Ordinal);
        var hash = (await page.Locator(".downloads .file-hash code").TextContentAsync())!.Trim();
        await Screenshots.TakeAsync(page, $"91-{device}-superseded", fullPage: false);

        // Verify: the hash shown next to the download names this edition and says it lost force.
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Проверить документ", Exact = true }));
        await page.GetByLabel("Контрольная сумма SHA-256 (64 знака)").FillAsync(hash);
        await page.GetByRole(AriaRole.Button, new() { Name = "Проверить" }).ClickAsync();
        await Assertions.Expect(page.Locator(".verify-result")).ToContainTextAsync("утратил силу");
        await Screenshots.TakeAsync(page, $"92-{device}-verify", fullPage: false);

        // The special version with each setting.
        await policy.SwitchToSpecialVersionAsync();
        string[] buttons =
        [
            "А — очень крупный (200 %)", "А — наибольший (250 %)", "Ц — белым по чёрному", "Ц — тёмно-синим по голубому",
            "Ц — чёрным по белому", "увеличенный", "большой", "не показывать", "показывать", "А — крупный (150 %)", "обычный",
        ];
        foreach (var button in buttons)
        {
            var control = page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true });
            await control.ClickAsync();
            await Assertions.Expect(control).ToHaveAttributeAsync("aria-pressed", "true");
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Ц — белым по чёрному", Exact = true }).ClickAsync();
        await PublicChecks.AssertAxeCleanAsync(page);
        await Screenshots.TakeAsync(page, $"93-{device}-special-white-on-black", fullPage: false);
        Assert.Empty(await context.CookiesAsync());
    }

    [GeneratedRegex(@"№\s44")]
    private static partial Regex Edition44();
}
