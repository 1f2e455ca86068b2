using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PolicyPortal.BrowserTests.Infrastructure;

/// <summary>
/// Reaches every public page of one version (regular or /a11y) by clicking the visible links a visitor sees, from the
/// version's current document (the header's «Действующий документ»): breadth first, each new page through the link that led to it, back through the
/// header's links when the current page does not link to it. Nothing is opened by address.
/// </summary>
public static partial class PublicWalk
{
    /// <summary>Runs <paramref name="check"/> on every page reached and returns the paths of those pages, in order.</summary>
    public static async Task<IReadOnlyList<string>> VisitEveryPageAsync(IPage page, Func<IPage, Task> check)
    {
        var origin = new Uri(page.Url).GetLeftPart(UriPartial.Authority);
        var special = PathOf(page.Url).StartsWith("/a11y", StringComparison.Ordinal);
        // The walk starts at the current document, which every public page's header links to.
        var start = special ? "/a11y" : "/";
        if (PathOf(page.Url) != start)
        {
            var home = page.GetByRole(AriaRole.Navigation, new() { Name = "Разделы" }).GetByRole(AriaRole.Link, new() { Name = "Действующий документ", Exact = true });
            await home.ClickAsync();
            await page.WaitForURLAsync(origin + start, new() { WaitUntil = WaitUntilState.Load });
        }

        var routes = new Dictionary<string, List<string>> { [start] = [start] };
        var queue = new Queue<string>([start]);
        var visited = new List<string>();

        while (queue.TryDequeue(out var target))
        {
            await ReachAsync(page, origin, routes[target]);
            await check(page);
            visited.Add(target);
            foreach (var href in await VisibleLinksAsync(page))
            {
                if (InScope(href, special) && !routes.ContainsKey(href))
                {
                    routes[href] = [.. routes[target], href];
                    queue.Enqueue(href);
                }
            }
        }

        return visited;
    }

    /// <summary>The target directly if the current page links to it; otherwise the route from the start (the current
    /// document), which every public page's header links to.</summary>
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
        await page.WaitForURLAsync(origin + href, new() { WaitUntil = WaitUntilState.Load });
        return true;
    }

    private static Task<string[]> VisibleLinksAsync(IPage page) =>
        page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('a[href]')]
              .filter(a => a.getClientRects().length > 0 && a.origin === location.origin && !a.hasAttribute('download'))
              .map(a => a.getAttribute('href'))
            """);

    /// <summary>The pages of the version being walked: not files, feeds, the other version, staff pages or anchors.</summary>
    private static bool InScope(string href, bool special) =>
        PublicPage().IsMatch(href) && href.StartsWith("/a11y", StringComparison.Ordinal) == special;

    private static string PathOf(string url)
    {
        var uri = new Uri(url);
        return uri.AbsolutePath + uri.Query;
    }

    [GeneratedRegex(@"^(/a11y)?(/|/policy|/documents(\?page=\d+)?|/documents/[0-9a-f-]{36}(/changes(\?from=[0-9a-f-]{36})?)?|/verify)?$")]
    private static partial Regex PublicPage();
}
