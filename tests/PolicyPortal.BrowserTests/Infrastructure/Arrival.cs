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
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'");
    }
}
