using Microsoft.Playwright;
using PolicyPortal.BrowserTests.Infrastructure;
using PolicyPortal.BrowserTests.Pages;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Staff;
using PolicyPortal.IntegrationTests.Documents;
using PolicyPortal.Web.Acknowledgements;

namespace PolicyPortal.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public sealed class AcknowledgementJourney(BrowserFixture fixture)
{
    private const string Deputy = "Кухарская Оксана Борисовна";
    private const string Teacher = "Бирюкова Елена Викторовна";

    [Fact]
    public async Task The_administrator_invites_a_deputy_who_signs_and_the_director_downloads_the_sheet_with_her_name_and_time()
    {
        using var portal = BrowserFixture.StartPortal();
        await using var adminContext = await fixture.Browser.NewContextAsync(new(LivePortal.ContextOptions) { AcceptDownloads = true });
        var admin = await adminContext.NewPageAsync();
        await SignInSteps.SetUpAndSignInAsAdministratorAsync(admin, portal.BaseUrl, "director@uvarovo.test", "зелёный чай по утрам");
        await PublishOrderNamingAsync(portal, (Deputy, "deputy@uvarovo.test"), (Teacher, "teacher@uvarovo.test"));

        var link = await new StaffDirectoryPage(admin).InviteAsync(Deputy);
        await Steps.ShowAsync(admin, "20-invitation-link");

        await using var deputyContext = await fixture.Browser.NewContextAsync(LivePortal.ContextOptions);
        var deputy = await deputyContext.NewPageAsync();
        await SignInSteps.AcceptInvitationAsync(deputy, link, "тёплый вечер у реки");
        var my = new MyDocumentPage(deputy);
        await Steps.ShowAsync(deputy, "21-agreement");
        await my.AcceptAgreementAsync();
        await Assertions.Expect(deputy.GetByRole(AriaRole.Heading, new() { Name = "Мои документы" })).ToBeVisibleAsync();
        await Steps.ShowAsync(deputy, "21-my-documents");

        // A wrong password: the error is where she is, with the focus, not thousands of pixels above.
        await my.SignAsync("Приказ № 44 от 25.04.2025", "не тот пароль");
        await Assertions.Expect(deputy.Locator("[data-error-summary]")).ToBeFocusedAsync();
        await Assertions.Expect(deputy.Locator("[data-error-summary]")).ToBeInViewportAsync();
        await Assertions.Expect(deputy.Locator("[data-error-summary]")).ToContainTextAsync("Неверный пароль");
        await Screenshots.TakeAsync(deputy, "21-wrong-password", fullPage: false);
        await deputy.GetByLabel("С документом ознакомлен(а)").CheckAsync();
        await deputy.GetByLabel("Ваш пароль").FillAsync("тёплый вечер у реки");
        await deputy.GetByRole(AriaRole.Button, new() { Name = "Подтвердить ознакомление" }).DblClickAsync();
        await Assertions.Expect(deputy.Locator("#acknowledged")).ToBeVisibleAsync();
        await Assertions.Expect(deputy.Locator("[data-error-summary]")).ToHaveCountAsync(0);
        await Screenshots.TakeAsync(deputy, "21-signed", fullPage: false);

        // A teacher on a phone: invited, signs with her thumb.
        var teacherLink = await new StaffDirectoryPage(admin).InviteAsync(Teacher);
        await using var phoneContext = await fixture.Browser.NewContextAsync(new(LivePortal.ContextOptions) { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true });
        var phone = await phoneContext.NewPageAsync();
        await SignInSteps.AcceptInvitationAsync(phone, teacherLink, "синие сумерки в марте");
        await Steps.ShowAsync(phone, "23-phone-agreement", fullPage: false);
        await new MyDocumentPage(phone).AcceptAgreementAsync();
        await Steps.ShowAsync(phone, "23-phone-my-documents", fullPage: false);
        await new MyDocumentPage(phone).SignAsync("Приказ № 44 от 25.04.2025", "синие сумерки в марте");
        await Assertions.Expect(phone.Locator("#acknowledged")).ToBeVisibleAsync();
        await Steps.ShowAsync(phone, "23-phone-signed", fullPage: false);
        await PublicChecks.AssertNoHorizontalScrollAsync(phone);

        await Steps.MenuAsync(admin, "Документы");
        await Arrival.ClickAsync(admin, admin.GetByRole(AriaRole.Link, new() { Name = "Приказ № 44 от 25.04.2025" }));
        await Arrival.ClickAsync(admin, admin.GetByRole(AriaRole.Link, new() { Name = "Кто ознакомился, напоминания, лист ознакомления" }));
        await Assertions.Expect(admin.Locator("#ack-count")).ToHaveTextAsync("2 из 2");
        await Steps.ShowAsync(admin, "22-acknowledgement-status");
        var download = await admin.RunAndWaitForDownloadAsync(() =>
            admin.GetByRole(AriaRole.Link, new() { Name = "Лист ознакомления (PDF)" }).ClickAsync());
        var pdf = await File.ReadAllBytesAsync((await download.PathAsync())!);
        var text = string.Join(' ', PdfReading.PageTexts(pdf));
        Assert.Null(PdfReading.FirstMissingInOrder(PdfReading.Words(Deputy), PdfReading.Words(text)));
        Assert.Contains(AcknowledgementSheet.Electronic, text);
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow"));
        Assert.Matches($@"{today:dd\.MM\.yyyy} \d\d:\d\d", text);
    }

    private static async Task<Guid> PublishOrderNamingAsync(LivePortal portal, params (string Name, string Email)[] people)
    {
        await using var scope = portal.Factory.Scope(out var db);
        var content = PdfPortalFactory.CollegeOrder();
        content.Acknowledgers.Clear();
        foreach (var (name, email) in people)
        {
            var person = new Person { FullName = name, Position = "Заместитель директора", Email = email };
            db.People.Add(person);
            content.Acknowledgers.Add(PersonRef.Of(person.FullName, person.Position, person.Id));
        }

        var document = PolicyDocument.CreateDraft(content, "director@uvarovo.test", DateTimeOffset.UtcNow);
        document.Publish(PolicyPortal.IntegrationTests.Infrastructure.DocumentArrange.ApprovedOnPaper, "director@uvarovo.test", DateTimeOffset.UtcNow);
        db.Documents.Add(document);
        await db.SaveChangesAsync();
        return document.Id;
    }
}
