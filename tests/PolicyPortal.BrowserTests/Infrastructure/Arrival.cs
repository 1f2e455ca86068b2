using Microsoft.Playwright;

namespace PolicyPortal.BrowserTests.Infrastructure;

/// <summary>Waits until the page a click led to is the one shown and fully loaded.</summary>
public static class Arrival
{
    /// <summary>
    /// Waits until the page itself reports the address and <c>document.readyState</c> «complete». Playwright's own waits
    /// hung for 30 s in CI on a page that had loaded (only «networkidle» was logged): <c>WaitForURLAsync</c> with «load»
    /// once, and with «commit» twice in one run, when the address already matched and it waited for a lifecycle event
    /// that had passed. The page's own state cannot be missed, and the check is re-run in each new document.
    /// </summary>
    public static Task AtAsync(IPage page, string url) =>
        page.WaitForFunctionAsync("url => new URL(url, location.href).href === location.href && document.readyState === 'complete'", url);

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
