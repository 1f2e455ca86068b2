using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PolicyPortal.BrowserTests.Infrastructure;
using PolicyPortal.BrowserTests.Pages;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Staff;
using PolicyPortal.IntegrationTests.Documents;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Accounts;

namespace PolicyPortal.BrowserTests.Journeys;

/// <summary>
/// Every staff page that the administrator-director (with two-factor), a staff member and the region's curator reach by
/// clicks from their dashboard, with axe run on each: nothing serious or critical anywhere, not only on the public pages.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class StaffPagesAccessibilityJourney(BrowserFixture fixture)
{
    private const string DirectorEmail = "director@uvarovo.test";
    private const string Deputy = "Кухарская Оксана Борисовна";

    [Fact]
    public async Task Axe_finds_nothing_serious_on_any_page_the_director_administrator_a_deputy_or_the_curator_reaches_by_clicks()
    {
        using var portal = BrowserFixture.StartPortal();
        await using var adminContext = await fixture.Browser.NewContextAsync(LivePortal.ContextOptions);
        var admin = await adminContext.NewPageAsync();
        await SignInSteps.SetUpAndSignInAsAdministratorAsync(admin, portal.BaseUrl, DirectorEmail, "зелёный чай по утрам");
        var (published, deputy) = await PublishOrderNamingDirectorAndDeputyAsync(portal);
        await Steps.MenuAsync(admin, "Документы");
        await Arrival.ClickAsync(admin, admin.GetByRole(AriaRole.Button, new() { Name = "По типовому шаблону" }));
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Проверка перед публикацией" })).ToBeVisibleAsync();
        var draft = Guid.Parse(new Uri(admin.Url).AbsolutePath.Split('/').Last());
        var names = new Dictionary<string, string> { [published.ToString()] = "{published}", [draft.ToString()] = "{draft}", [deputy.ToString()] = "{deputy}" };

        var problems = new List<string>();
        var adminPages = (await WalkAsync(admin, "30-admin", problems)).Select(p => Named(p, names)).ToList();

        var link = await new StaffDirectoryPage(admin).InviteAsync(Deputy);
        await using var deputyContext = await fixture.Browser.NewContextAsync(LivePortal.ContextOptions);
        var deputyPage = await deputyContext.NewPageAsync();
        await SignInSteps.AcceptInvitationAsync(deputyPage, link, "тёплый вечер у реки");
        await new MyDocumentPage(deputyPage).AcceptAgreementAsync();
        await Assertions.Expect(deputyPage.GetByRole(AriaRole.Heading, new() { Name = "Мои документы" })).ToBeVisibleAsync();
        var deputyPages = (await WalkAsync(deputyPage, "31-deputy", problems)).Select(p => Named(p, names)).ToList();

        var curatorPages = (await CuratorWalkAsync(portal, fixture.Browser, problems)).ToList();

        Assert.True(problems.Count == 0, string.Join("\n\n", problems));
        AssertVisited(curatorPages, ["/region", "/account/change-password", "/account/two-factor/setup"]);
        Assert.DoesNotContain("/my/documents", curatorPages);
        AssertVisited(adminPages,
        [
            "/dashboard", "/director/documents", "/director/documents/import",
            "/director/documents/{draft}", "/director/documents/{draft}/requisites", "/director/documents/{draft}/items",
            "/director/documents/{draft}/appendix-1", "/director/documents/{draft}/acknowledgers",
            "/director/documents/{draft}/preview", "/director/documents/{draft}/delete",
            "/director/documents/{published}", "/director/documents/{published}/acknowledgements", "/director/documents/{published}/preview",
            "/director/staff", "/director/staff/{deputy}", "/my/documents",
            "/admin/users", "/admin/profile", "/admin/services", "/admin/services/{id}", "/admin/calendar", "/admin/prohibited", "/admin/agreement",
            "/account/agreement", "/account/change-password", "/account/two-factor/setup",
        ]);
        AssertVisited(deputyPages,
            ["/dashboard", "/my/documents", "/my/documents/{published}", "/account/agreement", "/account/change-password", "/account/two-factor/setup"]);
        Assert.DoesNotContain(deputyPages, p => p.StartsWith("/director", StringComparison.Ordinal) || p.StartsWith("/admin", StringComparison.Ordinal));
    }

    /// <summary>
    /// The region's curator (made as create-curator makes it) comes to the portal's root, signs in, enrols in two-factor
    /// sign-in and lands on the regional overview; from there every page the curator reaches by clicks.
    /// </summary>
    private static async Task<IReadOnlyList<string>> CuratorWalkAsync(LivePortal portal, IBrowser browser, List<string> problems)
    {
        const string email = "curator@minobr.region.test";
        const string password = "обзор региона по средам";
        await using (var scope = portal.Factory.Services.CreateAsyncScope())
        {
            var (created, _) = await scope.ServiceProvider.GetRequiredService<AdministratorAccounts>()
                .CreateCuratorAsync(email, "Инспекторова Ольга Львовна", password);
            Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        }

        await using var context = await browser.NewContextAsync(LivePortal.ContextOptions);
        var page = await context.NewPageAsync();
        await page.GotoAsync(portal.BaseUrl + "/");
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Вход для сотрудников" }));
        await new LoginPage(page).SignInAsync(email, password);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/two-factor/setup$"));
        var sharedKey = await page.Locator("#shared-key").InnerTextAsync();
        await new TwoFactorPage(page).EnterCodeAsync(Totp.Now(sharedKey), "Включить двухфакторный вход");
        // «Рабочий стол» answers with a redirect to the overview.
        await Arrival.ClickAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Перейти на рабочий стол" }));
        Assert.EndsWith("/region", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();

        var n = 0;
        // The curator's «Рабочий стол» is the overview itself (/dashboard answers with a redirect there).
        return await LinkWalk.VisitAsync(page, "/region", p => p != "/dashboard" && StaffPage().IsMatch(p), async p =>
        {
            await Screenshots.TakeAsync(p, $"32-curator-{++n:00}");
            if (await PublicChecks.SeriousAxeViolationsAsync(p) is { Count: > 0 } bad)
            {
                problems.Add($"{p.Url} (32-curator-{n:00}):\n{string.Join('\n', bad)}");
            }
        });
    }

    private static void AssertVisited(List<string> visited, string[] expected)
    {
        var missing = expected.Except(visited).ToList();
        Assert.True(missing.Count == 0, $"Not reached: {string.Join(", ", missing)}\nVisited: {string.Join(", ", visited)}");
    }

    /// <summary>Walks the staff pages from the dashboard, screenshotting each and collecting what axe finds.</summary>
    private static async Task<IReadOnlyList<string>> WalkAsync(IPage page, string prefix, List<string> problems)
    {
        var n = 0;
        await Steps.MenuAsync(page, "Рабочий стол");
        Assert.EndsWith("/dashboard", page.Url, StringComparison.Ordinal);
        var visited = await LinkWalk.VisitAsync(page, "/dashboard", StaffPage().IsMatch, async p =>
        {
            await Screenshots.TakeAsync(p, $"{prefix}-{++n:00}");
            if (await PublicChecks.SeriousAxeViolationsAsync(p) is { Count: > 0 } bad)
            {
                problems.Add($"{p.Url} ({prefix}-{n:00}):\n{string.Join('\n', bad)}");
            }
        });
        return visited;
    }

    private static string Named(string path, Dictionary<string, string> names) =>
        GuidPattern().Replace(path, m => names.GetValueOrDefault(m.Value, "{id}"));

    private static async Task<(Guid Document, Guid Deputy)> PublishOrderNamingDirectorAndDeputyAsync(LivePortal portal)
    {
        await using var scope = portal.Factory.Scope(out var db);
        var account = await db.Users.SingleAsync(u => u.Email == DirectorEmail);
        var director = new Person { FullName = "Рыбаков Сергей Сергеевич", Position = "Директор", Email = DirectorEmail, UserId = account.Id };
        var deputy = new Person { FullName = Deputy, Position = "Заместитель директора", Email = "deputy@uvarovo.test" };
        db.People.AddRange(director, deputy);
        var content = PdfPortalFactory.CollegeOrder();
        content.Acknowledgers.Clear();
        content.Acknowledgers.Add(PersonRef.Of(director.FullName, director.Position, director.Id));
        content.Acknowledgers.Add(PersonRef.Of(deputy.FullName, deputy.Position, deputy.Id));
        var document = PolicyDocument.CreateDraft(content, DirectorEmail, DateTimeOffset.UtcNow);
        document.Publish(DocumentArrange.ApprovedOnPaper, DirectorEmail, DateTimeOffset.UtcNow);
        db.Documents.Add(document);
        await db.SaveChangesAsync();
        return (document.Id, deputy.Id);
    }

    /// <summary>Staff pages, without query strings, anchors or files (PDF, DOCX, CSV).</summary>
    [GeneratedRegex(@"^/(dashboard|region|director/[^?#]*|admin/[^?#]*|my/[^?#]*|account/(agreement|change-password|two-factor/setup))$(?<!\.pdf|/pdf|/docx|\.csv)")]
    private static partial Regex StaffPage();

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex GuidPattern();
}
