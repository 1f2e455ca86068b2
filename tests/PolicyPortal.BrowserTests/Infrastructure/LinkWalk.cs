using Microsoft.Playwright;

namespace PolicyPortal.BrowserTests.Infrastructure;

/// <summary>
/// Reaches every page in scope by clicking the visible links a person sees, breadth first from <c>start</c>: each new
/// page through the link that led to it, or, when the current page does not link to it, along the route from the start
/// (every page in scope links back to the start from its header). Nothing is opened by address.
/// </summary>
public static class LinkWalk
{
    /// <summary>Runs <paramref name="check"/> on every page reached and returns the paths of those pages, in order.</summary>
    public static async Task<IReadOnlyList<string>> VisitAsync(IPage page, string start, Func<string, bool> inScope, Func<IPage, Task> check, int limit = 200)
    {
        var origin = new Uri(page.Url).GetLeftPart(UriPartial.Authority);
        var routes = new Dictionary<string, List<string>> { [start] = [start] };
        var queue = new Queue<string>([start]);
        var visited = new List<string>();

        while (queue.TryDequeue(out var target))
        {
            await ReachAsync(page, origin, routes[target]);
            await check(page);
            visited.Add(target);
            Assert.True(visited.Count <= limit, $"More than {limit} pages: {string.Join(", ", visited)}");
            foreach (var href in await VisibleLinksAsync(page))
            {
                if (inScope(href) && !routes.ContainsKey(href))
                {
                    routes[href] = [.. routes[target], href];
                    queue.Enqueue(href);
                }
            }
        }

        return visited;
    }

    /// <summary>The target directly if the current page links to it; otherwise the route from the start.</summary>
    private static async Task ReachAsync(IPage page, string origin, List<string> route)
    {
        var target = route[^1];
        if (PathOf(page.Url) == target)
        {
            return;
        }

        if (!await TryFollowAsync(page, origin, target))
        {
            foreach (var step in route)
            {
                if (PathOf(page.Url) != step)
                {
                    Assert.True(await TryFollowAsync(page, origin, step),
                        $"{page.Url} has no visible link to {step} (route {string.Join(" → ", route)}; links {string.Join(", ", await VisibleLinksAsync(page))})");
                }
            }
        }

        Assert.Equal(target, PathOf(page.Url));
    }

    /// <summary>Clicks a visible link to <paramref name="href"/>; waits for the new page to load before anyone reads it.</summary>
    private static async Task<bool> TryFollowAsync(IPage page, string origin, string href)
    {
        var link = page.Locator($"a[href=\"{href}\"]").Filter(new() { Visible = true }).First;
        if (await link.CountAsync() == 0)
        {
            return false;
        }

        var response = await page.RunAndWaitForResponseAsync(() => link.ClickAsync(), origin + href);
        Assert.True(response.Ok, $"{href}: {response.Status}");
        await Arrival.AtAsync(page, origin + href);
        return true;
    }

    private static Task<string[]> VisibleLinksAsync(IPage page) =>
        page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('a[href]')]
              .filter(a => a.getClientRects().length > 0 && a.origin === location.origin && !a.hasAttribute('download'))
              .map(a => a.getAttribute('href'))
            """);

    public static string PathOf(string url)
    {
        var uri = new Uri(url);
        return uri.AbsolutePath + uri.Query;
    }
}
