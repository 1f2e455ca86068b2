using Microsoft.Playwright;
using PolicyPortal.BrowserTests.Infrastructure;
using PolicyPortal.BrowserTests.Pages;

namespace PolicyPortal.BrowserTests.Journeys;

/// <summary>The public pages on a phone (390×844): the document reflows, tables say they scroll, no word is cut.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneLayoutTests(BrowserFixture fixture)
{
    public static BrowserNewContextOptions Phone => new(LivePortal.ContextOptions)
    {
        ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, DeviceScaleFactor = 2, AcceptDownloads = true,
    };

    [Fact]
    public async Task On_a_phone_the_policy_reflows_its_tables_signal_scrolling_and_the_archive_cuts_no_word()
    {
        using var portal = BrowserFixture.StartPortal();
        await PublicPagesJourney.PublishTwoEditionsAsync(portal);
        await using var context = await fixture.Browser.NewContextAsync(Phone);
        var page = await context.NewPageAsync();

        await page.GotoAsync(portal.BaseUrl + "/");
        await PublicChecks.AssertNoHorizontalScrollAsync(page);
        // The text takes the screen's width (not a 190 px wide A4 sheet) at a size at least that of the page's own text.
        var (textWidth, textSize, bodySize) = await page.EvaluateAsync<double[]>("""
            () => {
              const p = document.querySelector('.public-paper .document .items li') ?? document.querySelector('.public-paper .document p');
              return [p.getBoundingClientRect().width, parseFloat(getComputedStyle(p).fontSize), parseFloat(getComputedStyle(document.body).fontSize)];
            }
            """) switch { [var w, var s, var b] => (w, s, b), _ => (0d, 0d, 0d) };
        Assert.True(textWidth >= 300, $"the document's text is {textWidth} px wide");
        Assert.True(textSize >= bodySize, $"the document's text is {textSize} px, the page's {bodySize} px");
        await page.Locator("#prikaz").ScrollIntoViewIfNeededAsync();
        await Screenshots.TakeAsync(page, "70-phone-policy-order", fullPage: false);

        // Every table is stacked: nothing to swipe sideways, each cell as wide as the text.
        var tables = page.Locator(".public-paper .doc-table");
        Assert.True(await tables.CountAsync() > 0);
        foreach (var table in await tables.AllAsync())
        {
            var (scroll, client, narrowest) = await table.EvaluateAsync<double[]>(
                "t => [t.scrollWidth, t.clientWidth, Math.min(...[...t.querySelectorAll('td')].filter(c => c.getClientRects().length > 0).map(c => c.getBoundingClientRect().width))]") switch
            { [var s, var c, var n] => (s, c, n), _ => (0d, 0d, 0d) };
            Assert.True(scroll <= client, $"a table {scroll} px wide in {client} px");
            Assert.True(narrowest >= 250, $"a cell of a table is {narrowest} px wide");
        }

        var roster = page.Locator(".public-paper .roster-table").First;
        await roster.ScrollIntoViewIfNeededAsync();
        await Screenshots.TakeAsync(page, "71-phone-policy-roster", fullPage: false);

        await new PublicPolicyPage(page).OpenArchiveAsync();
        await PublicChecks.AssertNoHorizontalScrollAsync(page);
        var inForce = page.Locator(".archive .status", new() { HasTextString = "действует" });
        await Assertions.Expect(inForce).ToBeInViewportAsync(new() { Ratio = 1 });
        var box = (await inForce.BoundingBoxAsync())!;
        Assert.True(box.X >= 0 && box.X + box.Width <= 390, $"«действует» spans {box.X}..{box.X + box.Width}");
        Assert.Empty(await WordsBrokenAcrossLinesAsync(page, ".archive td"));
        await Screenshots.TakeAsync(page, "72-phone-archive", fullPage: false);
    }

    /// <summary>Words of the cells whose letters lie on more than one line.</summary>
    public static async Task<string[]> WordsBrokenAcrossLinesAsync(IPage page, string selector) =>
        await page.EvaluateAsync<string[]>("""
            selector => {
              const broken = [];
              for (const cell of document.querySelectorAll(selector)) {
                const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                  for (const m of node.data.matchAll(/\S+/g)) {
                    const range = document.createRange();
                    range.setStart(node, m.index);
                    range.setEnd(node, m.index + m[0].length);
                    const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
                    if (tops.size > 1) broken.push(m[0]);
                  }
                }
              }
              return broken;
            }
            """, selector);
}
