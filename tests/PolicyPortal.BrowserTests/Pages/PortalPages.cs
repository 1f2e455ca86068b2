using Microsoft.Playwright;
using PolicyPortal.BrowserTests.Infrastructure;

namespace PolicyPortal.BrowserTests.Pages;

/// <summary>Page objects: what a person does on each page, in the page's own words.</summary>
public sealed class SetupPage(IPage page)
{
    public async Task FillAsync(string institution, string city, string director, string adminName, string email, string password)
    {
        await page.GetByLabel("Учредитель (вышестоящий орган)").FillAsync("Министерство образования и науки Тамбовской области");
        await page.GetByLabel("Полное наименование организации").FillAsync($"Тамбовское областное государственное бюджетное профессиональное образовательное учреждение «{institution}»");
        await page.GetByLabel("Краткое наименование").FillAsync($"ТОГБПОУ «{institution}»");
        await page.GetByLabel("Город").FillAsync(city);
        await page.GetByLabel("ФИО руководителя").FillAsync(director);
        await page.GetByLabel("ФИО администратора").FillAsync(adminName);
        await page.GetByLabel("Электронная почта администратора (логин)").FillAsync(email);
        await page.GetByLabel("Пароль", new() { Exact = true }).FillAsync(password);
        await page.GetByLabel("Пароль ещё раз").FillAsync(password);
    }

    public Task SubmitAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Сохранить и войти" }).ClickAsync();
}

public sealed class LoginPage(IPage page)
{
    public async Task SignInAsync(string email, string password)
    {
        await page.GetByLabel("Электронная почта").FillAsync(email);
        await page.GetByLabel("Пароль").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Войти" }).ClickAsync();
    }
}

public static class Screenshots
{
    /// <param name="fullPage">False for what the visitor sees first (long documents make full-page shots unreadable).</param>
    public static async Task<string> TakeAsync(IPage page, string name, bool fullPage = true)
    {
        var path = Path.Combine(BrowserFixture.ScreenshotFolder, $"{name}.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = fullPage });
        return path;
    }
}

/// <summary>The public pages as a parent or an inspector reads them, without signing in.</summary>
public sealed class PublicPolicyPage(IPage page)
{
    public ILocator ContentsLinks => page.Locator(".toc a[href^='#']");

    public ILocator PdfLinks => page.Locator("a[download][href$='/pdf']");

    public Task OpenArchiveAsync() => page.GetByRole(AriaRole.Link, new() { Name = "Все документы", Exact = true }).ClickAsync();

    public Task SwitchToSpecialVersionAsync() => page.GetByRole(AriaRole.Link, new() { Name = "Версия для слабовидящих" }).ClickAsync();

    public Task SwitchToRegularVersionAsync() => page.GetByRole(AriaRole.Link, new() { Name = "Обычная версия сайта" }).ClickAsync();

    /// <summary>Downloads the PDF behind <paramref name="link"/> and returns its first bytes and suggested name.</summary>
    public async Task<(string Name, byte[] Head)> DownloadAsync(ILocator link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path);
        return (download.SuggestedFilename, bytes[..Math.Min(5, bytes.Length)]);
    }
}
