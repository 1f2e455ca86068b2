using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Domain.Audit;
using PolicyPortal.IntegrationTests.Acknowledgements;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Acknowledgements;

namespace PolicyPortal.IntegrationTests.Security;

/// <summary>Issue 14, high: an administrator must not sign as someone else by relinking the staff directory.</summary>
public sealed class SignForAnotherTests : IAsyncLifetime
{
    private const string StaffUrl = "/director/staff";
    private readonly AcknowledgementPortalFactory factory = new();
    private FormClient admin = default!;

    public async Task InitializeAsync() => admin = await TestAccounts.SetUpAsync(factory);

    [Fact]
    public async Task A_person_who_has_signed_or_uses_an_account_is_never_relinked_and_linking_is_audited()
    {
        var order = await AcknowledgementArrange.PublishOrderAsync(factory, admin, people: 2);
        var deputy = await AcknowledgementArrange.SignerAsync(factory, admin, order.People[0], "deputy@college.test");
        await AcknowledgementArrange.SignAsync(deputy, order.DocumentId);
        var adminId = await UserIdAsync(TestAccounts.AdminEmail);

        // The deputy has signed: neither relinked to the administrator nor unlinked.
        Assert.Contains("изменить нельзя", await LinkAsync(order.People[0].FullName, adminId));
        Assert.Contains("изменить нельзя", await LinkAsync(order.People[0].FullName, ""));
        Assert.Equal(await UserIdAsync("deputy@college.test"), await LinkedAsync(order.People[0].Id));

        // A teacher's account in use: linking it is allowed and audited; moving the teacher to another account is not.
        await TestAccounts.CreateUserAsync(factory, admin, "teacher@college.test", "Staff", order.People[1].FullName);
        var teacherId = await UserIdAsync("teacher@college.test");
        Assert.Contains("учётная запись связана", await LinkAsync(order.People[1].FullName, teacherId));
        Assert.Contains("пользуется своей учётной записью", await LinkAsync(order.People[1].FullName, adminId));
        Assert.Contains("пользуется своей учётной записью", await LinkAsync(order.People[1].FullName, ""));
        Assert.Equal(teacherId, await LinkedAsync(order.People[1].Id));

        await using var scope = factory.Scope(out var db);
        var audit = await db.AuditLog.AsNoTracking().Where(a => a.EntityId == order.People[1].Id.ToString()).ToListAsync();
        var entry = Assert.Single(audit);
        Assert.Equal(AuditActions.LinkAccount, entry.Action);
        Assert.Equal(TestAccounts.AdminEmail, entry.UserName);
        Assert.Contains("нет → teacher@college.test", entry.Details);
    }

    [Fact]
    public async Task The_status_page_and_the_sheet_show_the_account_that_signed()
    {
        var order = await AcknowledgementArrange.PublishOrderAsync(factory, admin, people: 2);
        // The administrator links a person without an account to their own and signs: possible, but never hidden.
        Assert.Contains("учётная запись связана", await LinkAsync(order.People[1].FullName, await UserIdAsync(TestAccounts.AdminEmail)));
        await AcknowledgementArrange.AcceptAgreementAsync(admin);
        var (signed, _) = await AcknowledgementArrange.SignAsync(admin, order.DocumentId, TestAccounts.AdminPassword);
        Assert.True(FormClient.IsRedirectTo(signed, $"/my/documents/{order.DocumentId}"), $"{(int)signed.StatusCode}");

        var (_, status) = await admin.GetAsync($"/director/documents/{order.DocumentId}/acknowledgements");
        var row = status.QuerySelectorAll("#signed tbody tr").Single(r => r.QuerySelector("td")?.TextContent.Trim() == order.People[1].FullName);
        Assert.Equal(TestAccounts.AdminEmail, row.QuerySelector(".signed-by")!.TextContent.Trim());

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PolicyPortal.Web.Data.AppDbContext>();
        var document = await db.Documents.AsNoTracking().SingleAsync(d => d.Id == order.DocumentId);
        var view = await scope.ServiceProvider.GetRequiredService<AcknowledgementSheet>().ViewAsync(document, CancellationToken.None);
        Assert.Equal(TestAccounts.AdminEmail, view.Lines.Single(l => l.FullName == order.People[1].FullName).Account);
        Assert.Equal("", view.Lines.Single(l => l.FullName == order.People[0].FullName).Account);
        Assert.Contains("сотрудник связан с учётной записью:", AuditActions.Title(AuditActions.LinkAccount));
    }

    [Fact]
    public async Task A_forged_person_id_in_the_acknowledgers_form_does_not_carry_a_forged_name()
    {
        var victim = await DocumentArrange.AddPersonAsync(factory, "Ермакова Наталья Александровна", "Директор");
        var id = await DocumentArrange.CreateReadyDraftAsync(factory, admin);
        var (_, page) = await admin.GetAsync($"/director/documents/{id}/acknowledgers");
        var form = (IHtmlFormElement)page.QuerySelector("main form[method=post]")!;
        var (saved, _) = await admin.PostFormAsync(form, $"/director/documents/{id}/acknowledgers", new Dictionary<string, string>
        {
            ["Others[0].FullName"] = "Поддельный Пётр Петрович",
            ["Others[0].Position"] = "Директор",
            ["Others[0].PersonId"] = victim.Id.ToString(),
        });
        Assert.True(FormClient.IsRedirectTo(saved, $"/director/documents/{id}/acknowledgers"), $"{(int)saved.StatusCode}");

        await using var scope = factory.Scope(out var db);
        var content = (await db.Documents.AsNoTracking().SingleAsync(d => d.Id == id)).ReadContent();
        // The typed name becomes a directory person of its own (TypedAcknowledgersTests), never the victim.
        var forged = Assert.Single(content.Acknowledgers, a => a.FullName == "Поддельный Пётр Петрович");
        Assert.Equal("Поддельный Пётр Петрович", (await db.People.AsNoTracking().SingleAsync(p => p.Id == forged.PersonId)).FullName);
        Assert.DoesNotContain(content.Acknowledgers, a => a.PersonId == victim.Id);
    }

    private async Task<string> LinkAsync(string fullName, string userId)
    {
        var (_, page) = await admin.GetAsync(StaffUrl);
        var row = page.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("td")?.TextContent.Trim() == fullName);
        var form = (IHtmlFormElement)row.QuerySelector("form[action*='handler=Link']")!;
        var email = userId.Length == 0 ? "" : await EmailAsync(userId);
        var (response, _) = await admin.PostFormAsync(form, StaffUrl, new Dictionary<string, string> { ["accountEmail"] = email });
        Assert.True(FormClient.IsRedirectTo(response, StaffUrl));
        var (_, after) = await admin.GetAsync(StaffUrl);
        return after.QuerySelector(".notice")?.TextContent ?? "";
    }

    private async Task<string> EmailAsync(string userId)
    {
        await using var scope = factory.Scope(out var db);
        return (await db.Users.SingleAsync(u => u.Id == userId)).Email!;
    }

    private async Task<string> UserIdAsync(string email)
    {
        await using var scope = factory.Scope(out var db);
        return (await db.Users.SingleAsync(u => u.Email == email)).Id;
    }

    private async Task<string?> LinkedAsync(Guid personId)
    {
        await using var scope = factory.Scope(out var db);
        return (await db.People.AsNoTracking().SingleAsync(p => p.Id == personId)).UserId;
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }
}
