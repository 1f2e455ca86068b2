using Microsoft.Playwright;
using PolicyPortal.BrowserTests.Pages;

namespace PolicyPortal.BrowserTests.Infrastructure;

/// <summary>One step of a staff journey: a screenshot to look at, and axe finds nothing serious or critical.</summary>
public static class Steps
{
    public static async Task ShowAsync(IPage page, string name, bool fullPage = true)
    {
        await Screenshots.TakeAsync(page, name, fullPage);
        await PublicChecks.AssertAxeCleanAsync(page);
    }

    /// <summary>A link of the header menu («Документы», «Сотрудники»…), clicked as a person would; returns on its page, loaded.</summary>
    public static Task MenuAsync(IPage page, string title) =>
        Arrival.ClickAsync(page, page.GetByRole(AriaRole.Navigation, new() { Name = "Основное меню" }).GetByRole(AriaRole.Link, new() { Name = title, Exact = true }));
}
