using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PolicyPortal.BrowserTests.Infrastructure;
using PolicyPortal.BrowserTests.Pages;
using PolicyPortal.IntegrationTests.Infrastructure;

namespace PolicyPortal.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public sealed partial class PublicPagesJourney(BrowserFixture fixture)
{
    [Fact]
    public async Task An_anonymous_visitor_reads_the_policy_downloads_its_pdfs_opens_the_archive_compares_versions_and_switches_to_the_special_version()
    {
        using var portal = BrowserFixture.StartPortal();
        var (first, second) = await PublishTwoEditionsAsync(portal);
        await using var context = await fixture.Browser.NewContextAsync(new(LivePortal.ContextOptions) { AcceptDownloads = true });
        var page = await context.NewPageAsync();
        var policy = new PublicPolicyPage(page);

        await page.GotoAsync(portal.BaseUrl + "/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Как связаться с колледжем" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".esign")).ToContainTextAsync("SHA-256");
        await Screenshots.TakeAsync(page, "60-public-policy", fullPage: false);
        await page.Locator("#prikaz").ScrollIntoViewIfNeededAsync();
        await Screenshots.TakeAsync(page, "60-public-policy-order", fullPage: false);

        // The table of contents leads to the clause on the hours of communication.
        var hours = page.Locator(".toc a", new() { HasTextRegex = HoursSection() });
        await hours.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("#prilozhenie-1-razdel-\\d+$"));
        var anchor = new Uri(page.Url).Fragment;
        await Assertions.Expect(page.Locator(anchor)).ToBeInViewportAsync();

        // Every PDF: the whole package and each appendix.
        var links = await policy.PdfLinks.AllAsync();
        Assert.True(links.Count >= 5, $"{links.Count} PDF links");
        foreach (var link in links)
        {
            var (name, head) = await policy.DownloadAsync(link);
            Assert.EndsWith(".pdf", name, StringComparison.OrdinalIgnoreCase);
            Assert.Equal("%PDF-"u8.ToArray(), head);
        }

        await policy.OpenArchiveAsync();
        await Assertions.Expect(page.Locator("tr", new() { HasTextString = "№\u00a044" })).ToContainTextAsync("утратил силу");
        await Assertions.Expect(page.Locator("tr", new() { HasTextString = "№\u00a045" })).ToContainTextAsync("действует");
        await Screenshots.TakeAsync(page, "61-public-archive");
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(@"№\s45") }));
        await Assertions.Expect(page).ToHaveURLAsync(portal.BaseUrl + $"/documents/{second}");
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Что изменилось по сравнению") }));
        await Assertions.Expect(page.Locator("del", new() { HasTextString = "19:00" }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("ins", new() { HasTextString = "18:00" }).First).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "62-public-changes");

        // The special version is remembered by the address: it stays on while browsing, with no cookie.
        await policy.SwitchToSpecialVersionAsync();
        await Assertions.Expect(page).ToHaveURLAsync(portal.BaseUrl + $"/a11y/documents/{second}/changes");
        await policy.OpenArchiveAsync();
        await Assertions.Expect(page).ToHaveURLAsync(portal.BaseUrl + "/a11y/documents");
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(@"№\s44") }));
        await Assertions.Expect(page).ToHaveURLAsync(portal.BaseUrl + $"/a11y/documents/{first}");
        await Assertions.Expect(page.Locator("body.special")).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("img").CountAsync());
        await Screenshots.TakeAsync(page, "63-public-special-superseded", fullPage: false);
        await policy.SwitchToRegularVersionAsync();
        await Assertions.Expect(page).ToHaveURLAsync(portal.BaseUrl + $"/documents/{first}");
        Assert.Empty(await context.CookiesAsync());
    }

    [Fact]
    public async Task Every_public_page_passes_axe_reflows_at_200_percent_and_is_keyboard_operable_in_both_versions()
    {
        using var portal = BrowserFixture.StartPortal();
        var (first, second) = await PublishTwoEditionsAsync(portal);
        await using var context = await fixture.Browser.NewContextAsync(new(LivePortal.ContextOptions) { ViewportSize = new() { Width = 640, Height = 900 } });
        var page = await context.NewPageAsync();

        string[] paths = ["/", "/documents", $"/documents/{first}", $"/documents/{second}", $"/documents/{second}/changes", "/verify"];
        static async Task CheckAsync(IPage page)
        {
            await PublicChecks.AssertRussianAsync(page);
            await PublicChecks.AssertAxeCleanAsync(page);
            await PublicChecks.AssertNoHorizontalScrollAsync(page);
            await PublicChecks.AssertEveryControlReachableByKeyboardAsync(page);
        }

        await page.GotoAsync(portal.BaseUrl + "/");
        Assert.Equal(paths.Order(), (await PublicWalk.VisitEveryPageAsync(page, CheckAsync)).Order());
        await new PublicPolicyPage(page).SwitchToSpecialVersionAsync();
        Assert.Equal(paths.Select(p => "/a11y" + (p == "/" ? "" : p)).Order(), (await PublicWalk.VisitEveryPageAsync(page, CheckAsync)).Order());

        // The embeddable copy, opened from the link on the college's own page.
        using var college = new HostPage { Body = $"<h1>Документы</h1><a href=\"{portal.BaseUrl}/embed/policy\">Порядок применения сервисов</a>" };
        await page.GotoAsync(college.Origin + "/svedenia/dokumenty");
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Порядок применения сервисов" }));
        Assert.Equal(portal.BaseUrl + "/embed/policy", page.Url);
        await CheckAsync(page);

        await page.GotoAsync(portal.BaseUrl + "/");
        await new PublicPolicyPage(page).SwitchToSpecialVersionAsync();
        await Screenshots.TakeAsync(page, "64-public-special-640px", fullPage: false);
        await new PublicPolicyPage(page).SwitchToRegularVersionAsync();
        await Screenshots.TakeAsync(page, "65-public-640px", fullPage: false);
    }

    [Fact]
    public async Task The_embed_view_loads_in_an_iframe_on_the_college_site_and_is_refused_on_another()
    {
        using var college = new HostPage();
        using var other = new HostPage();
        using var portal = BrowserFixture.StartPortal(new Dictionary<string, string> { ["Site:EmbedOrigins:0"] = college.Origin });
        await PublishTwoEditionsAsync(portal);
        college.Body = other.Body =
            $"<h1>Сведения об образовательной организации</h1><iframe title=\"Порядок применения сервисов\" src=\"{portal.BaseUrl}/embed/policy\" width=\"900\" height=\"600\"></iframe>";
        await using var context = await fixture.Browser.NewContextAsync(LivePortal.ContextOptions);

        var allowed = await context.NewPageAsync();
        await allowed.GotoAsync(college.Origin + "/svedenia/dokumenty");
        await Assertions.Expect(allowed.FrameLocator("iframe").Locator(".contacts h2")).ToHaveTextAsync("Как связаться с колледжем");
        await Screenshots.TakeAsync(allowed, "66-embed-allowed");

        var refused = await context.NewPageAsync();
        // Waits for Chromium's own report of the refusal rather than for the network to fall quiet (a guess at timing).
        await refused.RunAndWaitForConsoleMessageAsync(
            () => refused.GotoAsync(other.Origin + "/svedenia/dokumenty"),
            new() { Predicate = m => m.Text.Contains("frame-ancestors", StringComparison.Ordinal) });
        Assert.Equal(0, await refused.FrameLocator("iframe").Locator(".contacts").CountAsync());
        await Screenshots.TakeAsync(refused, "67-embed-refused");
    }

    /// <summary>Edition № 44, then № 45 with the evening hour moved from 19:00 to 18:00, published in its place.</summary>
    internal static async Task<(Guid First, Guid Second)> PublishTwoEditionsAsync(LivePortal portal)
    {
        using var director = await TestAccounts.SetUpAsync(portal.Factory);
        var first = await DocumentArrange.CreateReadyDraftAsync(portal.Factory, director, "44");
        await DocumentArrange.PublishAsync(director, first);
        var second = await DocumentArrange.CreateReadyDraftAsync(portal.Factory, director, "45");
        await using (var scope = portal.Factory.Scope(out var db))
        {
            var draft = await db.Documents.FindAsync(second);
            var content = draft!.ReadContent();
            var clause = content.Appendices[0].Sections.SelectMany(s => s.Clauses).First(c => c.Text.Contains("19:00", StringComparison.Ordinal));
            clause.Text = clause.Text.Replace("19:00", "18:00", StringComparison.Ordinal);
            draft.UpdateDraft(content, "test", DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }

        await DocumentArrange.PublishAsync(director, second, supersedes: first);
        return (first, second);
    }

    [GeneratedRegex("Время общения")]
    private static partial Regex HoursSection();
}
