using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Domain.Acknowledgements;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Pages.My;

namespace PolicyPortal.IntegrationTests.Acknowledgements;

public sealed class SigningTests : IAsyncLifetime
{
    private readonly AcknowledgementPortalFactory factory = new();
    private FormClient admin = default!;

    public async Task InitializeAsync() => admin = await TestAccounts.SetUpAsync(factory);

    [Fact]
    public async Task At_first_sign_in_a_person_who_acknowledges_documents_is_shown_the_agreement()
    {
        var order = await AcknowledgementArrange.PublishOrderAsync(factory, admin);
        var deputy = await AcknowledgementArrange.SignerAsync(factory, admin, order.People[0], "first@college.test", acceptAgreement: false);

        var (landing, _) = await deputy.GetAsync("/dashboard");
        Assert.True(FormClient.IsRedirectTo(landing, "/account/agreement"));

        await AcknowledgementArrange.AcceptAgreementAsync(deputy);
        var (after, page) = await deputy.GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains("Рабочий стол", page.Title);

        // An administrator who signs nothing is not asked.
        var (adminLanding, _) = await admin.GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.OK, adminLanding.StatusCode);
    }

    [Fact]
    public async Task Staff_sign_with_the_checkbox_and_their_password_and_the_row_binds_person_account_version_and_time()
    {
        var order = await AcknowledgementArrange.PublishOrderAsync(factory, admin);
        var deputy = await AcknowledgementArrange.SignerAsync(factory, admin, order.People[0], "deputy@college.test");

        var (_, list) = await deputy.GetAsync("/my/documents");
        Assert.NotNull(list.QuerySelector($".my-pending a[href='/my/documents/{order.DocumentId}']"));
        var (page, _) = await deputy.GetAsync($"/my/documents/{order.DocumentId}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        var (response, _) = await AcknowledgementArrange.SignAsync(deputy, order.DocumentId);
        Assert.True(FormClient.IsRedirectTo(response, $"/my/documents/{order.DocumentId}"));
        var (_, after) = await deputy.GetAsync($"/my/documents/{order.DocumentId}");
        Assert.Contains(SignModel.SignedMessage, after.QuerySelector("main")!.TextContent);
        Assert.NotNull(after.QuerySelector("#acknowledged"));
        Assert.Single(after.QuerySelectorAll("main .notice"));

        await using var scope = factory.Scope(out var db);
        var row = await db.Acknowledgements.SingleAsync();
        var document = await db.Documents.SingleAsync(d => d.Id == order.DocumentId);
        var user = await db.Users.SingleAsync(u => u.Email == "deputy@college.test");
        Assert.Equal(order.People[0].Id, row.PersonId);
        Assert.Equal(user.Id, row.UserId);
        Assert.Equal(AcknowledgementMethod.Electronic, row.Method);
        Assert.Equal(document.SnapshotHash, row.DocumentHash);
        Assert.Equal(Acknowledgement.Genesis, row.PreviousHash);
        // Authenticated by the journal key kept outside the database, not a plain SHA-256 anyone could recompute.
        var key = (await scope.ServiceProvider.GetRequiredService<PolicyPortal.Web.Journal.JournalKeyring>().TryLoadAsync())!.Key;
        Assert.Equal(PolicyPortal.Domain.Journal.JournalChain.KeyedLink(row, row.PreviousHash, key), row.Hash);
        Assert.NotEqual(row.ComputeHash(), row.Hash);
        Assert.InRange(row.SignedAt, factory.Time.GetUtcNow().AddSeconds(-1), factory.Time.GetUtcNow().AddSeconds(1));

        var (_, done) = await deputy.GetAsync("/my/documents");
        Assert.Null(done.QuerySelector(".my-pending a"));
        Assert.NotNull(done.QuerySelector($".my-acknowledged a[href='/my/documents/{order.DocumentId}']"));
    }

    [Fact]
    public async Task Staff_cannot_sign_for_someone_else_whatever_ids_the_form_carries()
    {
        var order = await AcknowledgementArrange.PublishOrderAsync(factory, admin, people: 2);
        var other = await AcknowledgementArrange.PublishOrderAsync(factory, admin, people: 1, number: "45");
        var deputy = await AcknowledgementArrange.SignerAsync(factory, admin, order.People[0], "deputy@college.test");
        string victimUserId;
        await using (var scope = factory.Scope(out var db))
        {
            victimUserId = (await db.Users.SingleAsync(u => u.Email == TestAccounts.AdminEmail)).Id;
        }

        // Forged fields naming the colleague, another user and another version are ignored: the row is the signer's own.
        var (response, _) = await AcknowledgementArrange.SignAsync(deputy, order.DocumentId, extra: new()
        {
            ["PersonId"] = order.People[1].Id.ToString(),
            ["Input.PersonId"] = order.People[1].Id.ToString(),
            ["UserId"] = victimUserId,
            ["Input.UserId"] = victimUserId,
            ["DocumentId"] = other.DocumentId.ToString(),
            ["id"] = other.DocumentId.ToString(),
        });
        Assert.True(FormClient.IsRedirectTo(response, $"/my/documents/{order.DocumentId}"));

        // A document that does not name the signer cannot be opened or signed.
        var (foreign, _) = await deputy.GetAsync($"/my/documents/{other.DocumentId}");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        var forged = await deputy.PostRawAsync($"/my/documents/{other.DocumentId}",
            [new("Input.Confirmed", "true"), new("Input.Password", TestAccounts.UserPassword)], $"/my/documents/{order.DocumentId}");
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);

        await using var check = factory.Scope(out var db2);
        var row = await db2.Acknowledgements.SingleAsync();
        Assert.Equal(order.People[0].Id, row.PersonId);
        Assert.Equal(order.DocumentId, row.DocumentId);
        Assert.NotEqual(victimUserId, row.UserId);
    }

    [Fact]
    public async Task A_wrong_password_at_the_confirmation_step_signs_nothing()
    {
        var order = await AcknowledgementArrange.PublishOrderAsync(factory, admin);
        var deputy = await AcknowledgementArrange.SignerAsync(factory, admin, order.People[0], "deputy@college.test");

        var (response, page) = await AcknowledgementArrange.SignAsync(deputy, order.DocumentId, password: "не тот пароль совсем");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SignModel.WrongPassword, FormClient.ErrorFor(page, "Input.Password"));

        var (unchecked_, page2) = await deputy.SubmitAsync($"/my/documents/{order.DocumentId}",
            new Dictionary<string, string> { ["Input.Confirmed"] = "false", ["Input.Password"] = TestAccounts.UserPassword }, "main form[method=post]");
        Assert.Equal(HttpStatusCode.OK, unchecked_.StatusCode);
        Assert.NotNull(FormClient.ErrorFor(page2, "Input.Confirmed"));

        await using var scope = factory.Scope(out var db);
        Assert.Equal(0, await db.Acknowledgements.CountAsync());
    }

    [Fact]
    public async Task Signing_waits_for_the_agreement_to_be_accepted()
    {
        var order = await AcknowledgementArrange.PublishOrderAsync(factory, admin);
        var deputy = await AcknowledgementArrange.SignerAsync(factory, admin, order.People[0], "deputy@college.test", acceptAgreement: false);

        var (_, page) = await deputy.GetAsync($"/my/documents/{order.DocumentId}");
        Assert.Null(page.QuerySelector("main form[method=post]"));
        var response = await deputy.PostRawAsync($"/my/documents/{order.DocumentId}",
            [new("Input.Confirmed", "true"), new("Input.Password", TestAccounts.UserPassword)], "/account/agreement");
        Assert.True(FormClient.IsRedirectTo(response, "/account/agreement"));

        await AcknowledgementArrange.AcceptAgreementAsync(deputy);
        await using var scope = factory.Scope(out var db);
        Assert.Equal(0, await db.Acknowledgements.CountAsync());
        var acceptance = await db.AgreementAcceptances.SingleAsync();
        var agreement = await db.SignatureAgreements.SingleAsync();
        Assert.Equal(agreement.Hash, acceptance.AgreementHash);
        Assert.Equal(SignatureAgreement.HashOf(agreement.Text), agreement.Hash);
    }

    [Fact]
    public async Task A_draft_is_404_and_a_superseded_version_cannot_be_signed_and_points_to_the_newer()
    {
        var draftId = await DocumentArrange.CreateReadyDraftAsync(factory, admin, "50");
        var order = await AcknowledgementArrange.PublishOrderAsync(factory, admin);
        var deputy = await AcknowledgementArrange.SignerAsync(factory, admin, order.People[0], "deputy@college.test");
        await using (var scope = factory.Scope(out var db))
        {
            // The draft names the deputy too.
            var draft = await db.Documents.SingleAsync(d => d.Id == draftId);
            var content = draft.ReadContent();
            content.Acknowledgers.Add(PolicyPortal.Domain.Documents.PersonRef.Of(order.People[0].FullName, order.People[0].Position, order.People[0].Id));
            draft.UpdateDraft(content, "test", DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }

        var (draftPage, _) = await deputy.GetAsync($"/my/documents/{draftId}");
        Assert.Equal(HttpStatusCode.NotFound, draftPage.StatusCode);

        // The old page still holds its form; meanwhile a new version supersedes it.
        var (_, oldPage) = await deputy.GetAsync($"/my/documents/{order.DocumentId}");
        var oldForm = (AngleSharp.Html.Dom.IHtmlFormElement)oldPage.QuerySelector("main form[method=post]")!;
        var newer = await PublishNewVersionAsync(order);
        var (response, page) = await deputy.PostFormAsync(oldForm, $"/my/documents/{order.DocumentId}",
            new Dictionary<string, string> { ["Input.Confirmed"] = "true", ["Input.Password"] = TestAccounts.UserPassword });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector($"#superseded a[href='/my/documents/{newer}']"));
        await using (var scope = factory.Scope(out var db))
        {
            Assert.Equal(0, await db.Acknowledgements.CountAsync());
        }

        // Acknowledgement starts again for the new version.
        var (_, list) = await deputy.GetAsync("/my/documents");
        Assert.NotNull(list.QuerySelector($".my-pending a[href='/my/documents/{newer}']"));
        Assert.Null(list.QuerySelector($".my-pending a[href='/my/documents/{order.DocumentId}']"));
        var (signed, _) = await AcknowledgementArrange.SignAsync(deputy, newer);
        Assert.True(FormClient.IsRedirectTo(signed, $"/my/documents/{newer}"));
    }

    [Fact]
    public async Task The_acknowledged_list_says_when_a_document_has_lapsed()
    {
        var order = await AcknowledgementArrange.PublishOrderAsync(factory, admin);
        var deputy = await AcknowledgementArrange.SignerAsync(factory, admin, order.People[0], "lapsed@college.test");
        await AcknowledgementArrange.SignAsync(deputy, order.DocumentId);
        var (_, before) = await deputy.GetAsync("/my/documents");
        Assert.DoesNotContain("утратил силу", before.QuerySelector(".my-acknowledged")!.TextContent, StringComparison.Ordinal);

        await PublishNewVersionAsync(order);
        var (_, after) = await deputy.GetAsync("/my/documents");
        var item = after.QuerySelectorAll(".my-acknowledged li").Single(li => li.QuerySelector($"a[href='/my/documents/{order.DocumentId}']") is not null);
        Assert.Contains("утратил силу", item.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ten_parallel_signing_posts_leave_one_row_and_a_calm_answer()
    {
        var order = await AcknowledgementArrange.PublishOrderAsync(factory, admin);
        var deputy = await AcknowledgementArrange.SignerAsync(factory, admin, order.People[0], "deputy@college.test");
        var (_, page) = await deputy.GetAsync($"/my/documents/{order.DocumentId}");
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("main form[method=post]")!;
        var fields = new Dictionary<string, string> { ["Input.Confirmed"] = "true", ["Input.Password"] = TestAccounts.UserPassword };

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => deputy.PostFormAsync(form, $"/my/documents/{order.DocumentId}", fields)));

        Assert.All(responses, r => Assert.True(FormClient.IsRedirectTo(r.Response, $"/my/documents/{order.DocumentId}"), $"{(int)r.Response.StatusCode}"));
        await using var scope = factory.Scope(out var db);
        Assert.Equal(1, await db.Acknowledgements.CountAsync());
        var (_, after) = await deputy.GetAsync($"/my/documents/{order.DocumentId}");
        Assert.NotNull(after.QuerySelector("#acknowledged"));
        var (again, _) = await deputy.PostFormAsync(form, $"/my/documents/{order.DocumentId}", fields);
        Assert.True(FormClient.IsRedirectTo(again, $"/my/documents/{order.DocumentId}"));
        var (_, calm) = await deputy.GetAsync($"/my/documents/{order.DocumentId}");
        Assert.Contains(SignModel.AlreadyMessage, calm.QuerySelector("main")!.TextContent);
    }

    private async Task<Guid> PublishNewVersionAsync(AcknowledgementArrange.Published order)
    {
        var (copied, _) = await admin.SubmitAsync($"/director/documents/{order.DocumentId}", new Dictionary<string, string>(), "form[action*='handler=Copy']");
        var newId = Guid.Parse(copied.Headers.Location!.OriginalString.Split('/').Last());
        await using (var scope = factory.Scope(out var db))
        {
            var draft = await db.Documents.SingleAsync(d => d.Id == newId);
            var content = draft.ReadContent();
            content.Requisites.Number = "46";
            draft.UpdateDraft(content, "test", DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }

        var published = await DocumentArrange.PublishAsync(admin, newId, order.DocumentId);
        Assert.True(FormClient.IsRedirectTo(published, $"/director/documents/{newId}"));
        return newId;
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }
}
