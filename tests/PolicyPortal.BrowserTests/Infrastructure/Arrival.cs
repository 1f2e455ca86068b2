using Microsoft.Playwright;

namespace PolicyPortal.BrowserTests.Infrastructure;

/// <summary>Waits until the page a click led to is the one shown and fully loaded.</summary>
public static class Arrival
{
    /// <summary>
    /// Waits for the address, then for <c>document.readyState</c> to be «complete» as the page itself reports it. Waiting
    /// for Playwright's «load» event instead hung once in CI for 30 s on a page that had loaded (only «networkidle» was
    /// logged): the event can be missed when it fires between the commit and the wait, the page's own state cannot.
    /// </summary>
    public static async Task AtAsync(IPage page, string url)
    {
        await page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.Commit });
        await ReadyAsync(page);
    }

    /// <summary>
    /// Clicks a link or a form's button that leads to another page — through a redirect, or to the same address again —
    /// and waits until a new document has replaced the one clicked on and reports itself «complete». The page clicked on
    /// is marked first and only a new document lacks the mark, so neither the old page, still shown while the request is
    /// on its way, nor a reload of the same address is taken for the new one.
    /// </summary>
    public static async Task ClickAsync(IPage page, ILocator control)
    {
        await page.EvaluateAsync("() => { window.__ppLeaving = true; }");
        await control.ClickAsync();
        await page.WaitForFunctionAsync("() => window.__ppLeaving !== true && document.readyState === 'complete'");
    }

    /// <summary>The current document has loaded everything, as the page itself reports it.</summary>
    public static Task ReadyAsync(IPage page) => page.WaitForFunctionAsync("() => document.readyState === 'complete'");
}
