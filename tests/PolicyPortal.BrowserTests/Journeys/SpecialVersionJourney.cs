using Microsoft.Playwright;
using PolicyPortal.BrowserTests.Infrastructure;
using PolicyPortal.BrowserTests.Pages;

namespace PolicyPortal.BrowserTests.Journeys;

/// <summary>The version for the visually impaired (ГОСТ Р 52872-2019): size, colours, spacing, images — by keyboard, remembered without a cookie.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SpecialVersionJourney(BrowserFixture fixture)
{
    public static readonly (string Value, string Name, string Background)[] Schemes =
    [
        ("bw", "Ц — чёрным по белому", "rgb(255, 255, 255)"),
        ("wb", "Ц — белым по чёрному", "rgb(0, 0, 0)"),
        ("blue", "Ц — тёмно-синим по голубому", "rgb(157, 209, 255)"),
    ];

    [Fact]
    public async Task A_visitor_chooses_size_colours_spacing_and_images_by_keyboard_and_finds_them_on_the_next_page()
    {
        using var portal = BrowserFixture.StartPortal();
        await PublicPagesJourney.PublishTwoEditionsAsync(portal);
        await using var context = await fixture.Browser.NewContextAsync(new(LivePortal.ContextOptions) { ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(portal.BaseUrl + "/");
        var regularText = await DocumentTextSizeAsync(page);

        await new PublicPolicyPage(page).SwitchToSpecialVersionAsync();
        Assert.True(await DocumentTextSizeAsync(page) >= regularText, "the special version's document text is smaller than the regular one's");

        await PressAsync(page, "А — очень крупный (200 %)");
        Assert.Equal("32px", await page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).fontSize"));
        Assert.True(await DocumentTextSizeAsync(page) >= 2 * regularText * 0.85, "200 % does not make the document's text about twice as large");
        await PressAsync(page, "А — наибольший (250 %)");
        Assert.Equal("40px", await page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).fontSize"));
        await Screenshots.TakeAsync(page, "80-special-250", fullPage: false);
        await PressAsync(page, "А — очень крупный (200 %)");

        foreach (var (value, name, background) in Schemes)
        {
            await PressAsync(page, name);
            Assert.Equal(background, await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
            await PublicChecks.AssertAxeCleanAsync(page);
            await Screenshots.TakeAsync(page, $"81-special-{value}", fullPage: false);
        }

        await PressAsync(page, "большой");
        Assert.True(await page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.body).letterSpacing)") > 5);
        await PressAsync(page, "не показывать");
        Assert.Equal("off", await page.EvaluateAsync<string>("() => document.documentElement.dataset.a11yImages"));
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "не показывать" })).ToHaveAttributeAsync("aria-pressed", "true");
        await Screenshots.TakeAsync(page, "82-special-blue-spaced", fullPage: false);

        // Remembered on the next page, in the browser's storage and not in a cookie (the page itself is the cached one).
        await new PublicPolicyPage(page).OpenArchiveAsync();
        await Assertions.Expect(page).ToHaveURLAsync(portal.BaseUrl + "/a11y/documents");
        Assert.Equal(["2", "blue", "3", "off"], await page.EvaluateAsync<string[]>(
            "() => ['a11yFont', 'a11yScheme', 'a11ySpacing', 'a11yImages'].map(k => document.documentElement.dataset[k])"));
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Ц — тёмно-синим по голубому" })).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.Empty(await context.CookiesAsync());
        await PublicChecks.AssertAxeCleanAsync(page);
        await PublicChecks.AssertEveryControlReachableByKeyboardAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Обычные настройки" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("24px", await page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).fontSize"));
    }

    [Fact]
    public async Task Every_page_of_the_special_version_passes_axe_in_every_colour_scheme_at_every_size()
    {
        using var portal = BrowserFixture.StartPortal();
        var (first, second) = await PublicPagesJourney.PublishTwoEditionsAsync(portal);
        await using var context = await fixture.Browser.NewContextAsync(new(LivePortal.ContextOptions) { ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        string[] pages = ["/a11y", "/a11y/documents", $"/a11y/documents/{first}", $"/a11y/documents/{second}", $"/a11y/documents/{second}/changes", "/a11y/verify"];
        await page.GotoAsync(portal.BaseUrl + "/");
        await new PublicPolicyPage(page).SwitchToSpecialVersionAsync();

        foreach (var (_, scheme, background) in Schemes)
        {
            foreach (var size in new[] { "А — крупный (150 %)", "А — наибольший (250 %)" })
            {
                // Chosen on whichever page the last walk ended, as a visitor would; every page then shows them.
                await PressAsync(page, size);
                await PressAsync(page, scheme);
                await PressAsync(page, "увеличенный");
                var visited = await PublicWalk.VisitEveryPageAsync(page, async p =>
                {
                    Assert.Equal(background, await p.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
                    await PublicChecks.AssertAxeCleanAsync(p);
                });
                Assert.Equal(pages.Order(), visited.Order());
            }
        }
    }

    private static async Task PressAsync(IPage page, string button)
    {
        var control = page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true });
        await control.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(control).ToHaveAttributeAsync("aria-pressed", "true");
    }

    private static Task<double> DocumentTextSizeAsync(IPage page) =>
        page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.querySelector('.public-paper .document .items li') ?? document.querySelector('.public-paper .document p')).fontSize)");
}
