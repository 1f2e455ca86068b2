using Microsoft.Playwright;
using PolicyPortal.BrowserTests.Infrastructure;
using PolicyPortal.BrowserTests.Pages;
using PolicyPortal.IntegrationTests.Infrastructure;

namespace PolicyPortal.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public sealed class FirstRunJourney(BrowserFixture fixture)
{
    [Fact]
    public async Task A_newcomer_sets_up_the_portal_signs_in_as_administrator_and_signs_out()
    {
        using var portal = BrowserFixture.StartPortal();
        await using var context = await fixture.Browser.NewContextAsync(LivePortal.ContextOptions);
        var page = await context.NewPageAsync();

        await page.GotoAsync(portal.BaseUrl + "/");
        Assert.EndsWith("/setup", page.Url);
        Assert.Equal("ru", await page.GetAttributeAsync("html", "lang"));

        var setup = new SetupPage(page);
        await setup.FillAsync("Уваровский политехнический колледж", "Уварово", "Ермакова Наталья Александровна", "Рыбаков Сергей Сергеевич", "admin@uvarovo.test", "короткий");
        await setup.SubmitAsync();
        await Assertions.Expect(page.Locator("#Input_AdminPassword-error")).ToContainTextAsync("не короче 10 символов");
        await Assertions.Expect(page.GetByLabel("Город")).ToHaveValueAsync("Уварово");
        await Screenshots.TakeAsync(page, "01-setup-errors");

        await page.GetByLabel("Пароль", new() { Exact = true }).FillAsync("зелёный чай по утрам");
        await page.GetByLabel("Пароль ещё раз").FillAsync("зелёный чай по утрам");
        await setup.SubmitAsync();

        // An administrator must enrol in two-factor sign-in before anything else.
        await Assertions.Expect(page).ToHaveURLAsync(portal.BaseUrl + "/account/two-factor/setup");
        await Assertions.Expect(page.GetByAltText("QR-код для приложения-аутентификатора")).ToBeVisibleAsync();
        await Steps.ShowAsync(page, "02-two-factor-setup");
        var sharedKey = await page.Locator("#shared-key").InnerTextAsync();
        await new TwoFactorPage(page).EnterCodeAsync(Totp.Now(sharedKey), "Включить двухфакторный вход");
        await Assertions.Expect(page.GetByText("Двухфакторный вход включён.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".recovery-codes li")).ToHaveCountAsync(10);
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Перейти на рабочий стол" }));

        await Assertions.Expect(page).ToHaveURLAsync(portal.BaseUrl + "/dashboard");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Рабочий стол" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("header")).ToContainTextAsync("ТОГБПОУ «Уваровский политехнический колледж»");
        await Steps.ShowAsync(page, "03-dashboard");

        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Выйти") }));
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
        await Screenshots.TakeAsync(page, "04-login");

        await new LoginPage(page).SignInAsync("admin@uvarovo.test", "зелёный чай по утрам");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/two-factor"));
        await Screenshots.TakeAsync(page, "05-two-factor-code");
        await new TwoFactorPage(page).EnterCodeAsync(Totp.Now(sharedKey), "Подтвердить");
        await Assertions.Expect(page).ToHaveURLAsync(portal.BaseUrl + "/dashboard");

        var cookies = await context.CookiesAsync();
        var auth = Assert.Single(cookies, c => c.Name == "__Host-PolicyPortal.Auth");
        Assert.True(auth.Secure && auth.HttpOnly && auth.SameSite == SameSiteAttribute.Lax);
        await Steps.ShowAsync(page, "05-dashboard-again");

        // The administrator's own pages, each by its link: users, profile, services, prohibited list, staff and invitations.
        await Steps.MenuAsync(page, "Пользователи");
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Рыбаков Сергей Сергеевич" })).ToBeVisibleAsync();
        await Steps.ShowAsync(page, "06-users");
        await Steps.MenuAsync(page, "Профиль организации");
        await Steps.ShowAsync(page, "07-profile");
        await Steps.MenuAsync(page, "Сервисы");
        await Steps.ShowAsync(page, "08-services");
        await Steps.MenuAsync(page, "Рабочий стол");
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Перечень запрещённых") }));
        await Steps.ShowAsync(page, "09-prohibited");
        await Steps.MenuAsync(page, "Сотрудники");
        await page.GetByLabel("ФИО", new() { Exact = true }).FillAsync("Кухарская Оксана Борисовна");
        await page.GetByLabel("Должность", new() { Exact = true }).FillAsync("Заместитель директора по учебной работе");
        await page.GetByLabel("Электронная почта", new() { Exact = true }).FillAsync("deputy@uvarovo.test");
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Добавить", Exact = true }));
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Пригласить: Кухарская Оксана Борисовна" }));
        await Assertions.Expect(page.Locator("#invite-link")).ToBeVisibleAsync();
        await Steps.ShowAsync(page, "09-staff-invitation");
    }
}
