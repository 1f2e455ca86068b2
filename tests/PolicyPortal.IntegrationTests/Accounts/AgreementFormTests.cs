using System.Net;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Accounts;

namespace PolicyPortal.IntegrationTests.Accounts;

/// <summary>The two forms of the ПЭП agreement: a staff member accepting it, the administrator editing its text.</summary>
public sealed class AgreementFormTests : IAsyncLifetime
{
    private readonly PortalFactory factory = new();
    private FormClient admin = default!;

    public async Task InitializeAsync() => admin = await TestAccounts.SetUpAsync(factory);

    [Fact]
    public async Task Accepting_without_the_checkbox_is_answered_in_russian_next_to_it_and_records_nothing()
    {
        using var staff = await TestAccounts.CreateUserAsync(factory, admin, "staff@college.test", Roles.Staff);

        var (response, page) = await staff.SubmitAsync("/account/agreement", new Dictionary<string, string> { ["Accept"] = "false" }, "main form[method=post]");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Отметьте, что принимаете соглашение.", FormClient.ErrorFor(page, "Accept"));
        await using var scope = factory.Scope(out var db);
        Assert.Equal(0, await db.AgreementAcceptances.CountAsync());
    }

    [Fact]
    public async Task An_empty_agreement_text_is_answered_in_russian_next_to_it_and_no_version_is_saved()
    {
        var (response, page) = await admin.SubmitAsync("/admin/agreement", new Dictionary<string, string> { ["Text"] = "  \n  " });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Текст соглашения не может быть пустым.", FormClient.ErrorFor(page, "Text"));
        // Only the default text, seeded when the page was first shown.
        await using var scope = factory.Scope(out var db);
        Assert.Equal(1, Assert.Single(await db.SignatureAgreements.ToListAsync()).Version);
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }
}
