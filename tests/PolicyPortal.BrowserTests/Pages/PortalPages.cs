using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PolicyPortal.BrowserTests.Infrastructure;
using PolicyPortal.IntegrationTests.Infrastructure;

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

    public Task SubmitAsync() => Arrival.ClickAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Сохранить и войти" }));

    /// <summary>The whole first run for an administrator who is also the director: setup, then the required two-factor enrolment.
    /// Returns the authenticator's shared key, for signing in again.</summary>
    public async Task<string> CompleteAsDirectorAsync(string email, string password)
    {
        await FillAsync("Уваровский политехнический колледж", "Уварово", "Ермакова Наталья Александровна", "Рыбаков Сергей Сергеевич", email, password);
        await page.GetByLabel("Администратор также директор").CheckAsync();
        await SubmitAsync();
        var sharedKey = await page.Locator("#shared-key").InnerTextAsync();
        await new TwoFactorPage(page).EnterCodeAsync(Totp.Now(sharedKey), "Включить двухфакторный вход");
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Перейти на рабочий стол" }));
        return sharedKey;
    }
}

public sealed class LoginPage(IPage page)
{
    public async Task SignInAsync(string email, string password)
    {
        await page.GetByLabel("Электронная почта").FillAsync(email);
        await page.GetByLabel("Пароль").FillAsync(password);
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Войти" }));
    }
}

public sealed class TwoFactorPage(IPage page)
{
    public async Task EnterCodeAsync(string code, string button)
    {
        // Enrolment asks for «Шестизначный код из приложения» (no recovery codes exist yet); sign-in for
        // «Код из приложения или код восстановления».
        await page.GetByLabel(new Regex("код из приложения", RegexOptions.IgnoreCase)).FillAsync(code);
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Button, new() { Name = button }));
    }
}

public static class Screenshots
{
    /// <param name="fullPage">False for what the visitor sees first (long documents make full-page shots unreadable).</param>
    public static async Task<string> TakeAsync(IPage page, string name, bool fullPage = true)
    {
        var path = Path.Combine(BrowserFixture.ScreenshotFolder, $"{name}.png");
        try
        {
            await page.ScreenshotAsync(new() { Path = path, FullPage = fullPage });
        }
        catch (PlaywrightException e) when (e.Message.Contains("Unable to capture screenshot", StringComparison.Ordinal))
        {
            // Chromium with phone emulation sometimes refuses a capture while the page just loaded is still being laid
            // out; the picture is an artefact for a person to look at, so it is taken once more after the load (as the page
            // itself reports it: Playwright's «load» wait can miss an event that has already fired, see Arrival).
            await Arrival.ReadyAsync(page);
            await page.ScreenshotAsync(new() { Path = path, FullPage = fullPage });
        }

        return path;
    }
}

/// <summary>Every sign-in step of the acknowledgement journey, in one place to adapt when sign-in changes.</summary>
public static class SignInSteps
{
    /// <summary>First-run setup from the portal's address (it leads to the wizard); the administrator (also the director) is signed in at the end.</summary>
    public static async Task SetUpAndSignInAsAdministratorAsync(IPage page, string baseUrl, string email, string password)
    {
        await page.GotoAsync(baseUrl + "/");
        await new SetupPage(page).CompleteAsDirectorAsync(email, password);
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/dashboard$"));
    }

    /// <summary>The invited person opens the link they were sent, sets a password and is signed in.</summary>
    public static async Task AcceptInvitationAsync(IPage page, string link, string password)
    {
        await page.GotoAsync(link);
        await page.GetByLabel("Новый пароль").FillAsync(password);
        await page.GetByLabel("Пароль ещё раз").FillAsync(password);
        // The click returns before the next page has loaded; a screenshot taken meanwhile fails in Chromium.
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Задать пароль и войти" }));
    }
}

public sealed class StaffDirectoryPage(IPage page)
{
    public async Task<string> InviteAsync(string fullName)
    {
        await Steps.MenuAsync(page, "Сотрудники");
        // The directory may already show an earlier invitation's link: read the one on the page this click leads to.
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Button, new() { Name = $"Пригласить: {fullName}" }));
        return (await page.Locator("#invite-link").TextContentAsync())!.Trim();
    }
}

public sealed class MyDocumentPage(IPage page)
{
    public async Task AcceptAgreementAsync()
    {
        await page.GetByLabel("Я прочитал(а) соглашение и принимаю его условия").CheckAsync();
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Принять соглашение" }));
    }

    public async Task SignAsync(string documentLink, string password)
    {
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Link, new() { Name = documentLink }));
        await page.GetByLabel("С документом ознакомлен(а)").CheckAsync();
        await page.GetByLabel("Ваш пароль").FillAsync(password);
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Подтвердить ознакомление" }));
    }
}

/// <summary>The public pages as a parent or an inspector reads them, without signing in.</summary>
public sealed class PublicPolicyPage(IPage page)
{
    public ILocator ContentsLinks => page.Locator(".toc a[href^='#']");

    public ILocator PdfLinks => page.Locator("a[download][href$='/pdf']");

    public Task OpenArchiveAsync() => FollowAsync(page.GetByRole(AriaRole.Link, new() { Name = "Все документы", Exact = true }));

    public Task SwitchToSpecialVersionAsync() => FollowAsync(page.GetByRole(AriaRole.Link, new() { Name = "Версия для слабовидящих" }));

    public Task SwitchToRegularVersionAsync() => FollowAsync(page.GetByRole(AriaRole.Link, new() { Name = "Обычная версия сайта" }));

    // A click returns before the next page has loaded; a test that reads the page right after must read the new one.
    private async Task FollowAsync(ILocator link)
    {
        var target = new Uri(new Uri(page.Url), await link.GetAttributeAsync("href") ?? "").AbsoluteUri;
        await link.ClickAsync();
        await Arrival.AtAsync(page, target);
    }

    /// <summary>Downloads the PDF behind <paramref name="link"/> and returns its first bytes and suggested name.</summary>
    public async Task<(string Name, byte[] Head)> DownloadAsync(ILocator link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path);
        return (download.SuggestedFilename, bytes[..Math.Min(5, bytes.Length)]);
    }
}
