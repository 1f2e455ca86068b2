using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace PolicyPortal.BrowserTests.Infrastructure;

/// <summary>WCAG 2.1 AA checks of a public page: axe, reflow at 200% zoom, keyboard reach, language.</summary>
public static class PublicChecks
{
    /// <summary>axe-core finds no serious or critical violation.</summary>
    public static async Task AssertAxeCleanAsync(IPage page)
    {
        var bad = await SeriousAxeViolationsAsync(page);
        Assert.True(bad.Count == 0, $"{page.Url}:\n{string.Join('\n', bad)}");
    }

    /// <summary>axe-core's serious and critical violations on the page, each with up to three of its elements.</summary>
    public static async Task<IReadOnlyList<string>> SeriousAxeViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        return result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Take(3).Select(n => n.Html))}")
            .ToList();
    }

    /// <summary>200% zoom of a 1280 px window is a 640 px one: nothing may scroll sideways.</summary>
    public static async Task AssertNoHorizontalScrollAsync(IPage page)
    {
        var (scroll, client) = (await page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]")) switch
        {
            [var s, var c] => (s, c),
            _ => (0, 0),
        };
        Assert.True(scroll <= client, $"{page.Url}: scrollWidth {scroll} > clientWidth {client}");
    }

    /// <summary>Tabbing from the top reaches every link and button of the page.</summary>
    public static async Task AssertEveryControlReachableByKeyboardAsync(IPage page)
    {
        var total = await page.EvaluateAsync<int>("""
            () => {
              const controls = [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])')]
                .filter(e => e.getClientRects().length > 0 || e.classList.contains('skip-link'));
              controls.forEach((e, i) => e.dataset.keyboardIndex = i);
              return controls.length;
            }
            """);
        var reached = new HashSet<string>();
        await page.EvaluateAsync("() => document.activeElement && document.activeElement.blur()");
        for (var i = 0; i < total + 5 && reached.Count < total; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string?>("() => document.activeElement?.dataset.keyboardIndex ?? null") is { } index)
            {
                reached.Add(index);
            }
        }

        Assert.True(reached.Count == total, $"{page.Url}: {reached.Count} of {total} controls reached by Tab");
    }

    public static async Task AssertRussianAsync(IPage page) =>
        Assert.Equal("ru", await page.EvaluateAsync<string>("() => document.documentElement.lang"));
}
