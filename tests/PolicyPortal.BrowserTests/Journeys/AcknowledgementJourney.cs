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

    [Fact]
    public async Task The_administrator_invites_a_deputy_who_signs_and_the_director_downloads_the_sheet_with_her_name_and_time()
    {
        using var portal = BrowserFixture.StartPortal();
        await using var adminContext = await fixture.Browser.NewContextAsync(new(LivePortal.ContextOptions) { AcceptDownloads = true });
        var admin = await adminContext.NewPageAsync();
        await SignInSteps.SetUpAndSignInAsAdministratorAsync(admin, portal.BaseUrl, "director@uvarovo.test", "зелёный чай по утрам");
        var documentId = await PublishOrderNamingAsync(portal, (Deputy, "deputy@uvarovo.test"), ("Бирюкова Елена Викторовна", ""));

        var link = await new StaffDirectoryPage(admin).InviteAsync(portal.BaseUrl, Deputy);
        await Screenshots.TakeAsync(admin, "20-invitation-link");

        await using var deputyContext = await fixture.Browser.NewContextAsync(LivePortal.ContextOptions);
        var deputy = await deputyContext.NewPageAsync();
        await SignInSteps.AcceptInvitationAsync(deputy, link, "тёплый вечер у реки");
        var my = new MyDocumentPage(deputy);
        await my.AcceptAgreementAsync();
        await Assertions.Expect(deputy.GetByRole(AriaRole.Heading, new() { Name = "Мои документы" })).ToBeVisibleAsync();
        await my.SignAsync("Приказ № 44 от 25.04.2025", "тёплый вечер у реки");
        await Assertions.Expect(deputy.Locator("#acknowledged")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(deputy, "21-signed");

        await admin.GotoAsync($"{portal.BaseUrl}/director/documents/{documentId}/acknowledgements");
        await Assertions.Expect(admin.Locator("#ack-count")).ToHaveTextAsync("1 из 2");
        await Screenshots.TakeAsync(admin, "22-acknowledgement-status");
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
