using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PolicyPortal.BrowserTests.Infrastructure;

/// <summary>
/// Reaches every public page of one version (regular or /a11y) by clicking the visible links a visitor sees, from the
/// version's current document (the header's «Действующий документ»), by <see cref="LinkWalk"/>.
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
            await Arrival.AtAsync(page, origin + start);
        }

        return await LinkWalk.VisitAsync(page, start, href => InScope(href, special), check);
    }

    /// <summary>The pages of the version being walked: not files, feeds, the other version, staff pages or anchors.</summary>
    private static bool InScope(string href, bool special) =>
        PublicPage().IsMatch(href) && href.StartsWith("/a11y", StringComparison.Ordinal) == special;

    private static string PathOf(string url) => LinkWalk.PathOf(url);

    [GeneratedRegex(@"^(/a11y)?(/|/policy|/documents(\?page=\d+)?|/documents/[0-9a-f-]{36}(/changes(\?from=[0-9a-f-]{36})?)?|/verify)?$")]
    private static partial Regex PublicPage();
}
