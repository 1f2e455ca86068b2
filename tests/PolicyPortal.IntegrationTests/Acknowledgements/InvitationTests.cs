using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Staff;
using PolicyPortal.IntegrationTests.Infrastructure;

namespace PolicyPortal.IntegrationTests.Acknowledgements;

public sealed partial class InvitationTests : IAsyncLifetime
{
    private const string NewPassword = "весенний сад за окном";
    private readonly AcknowledgementPortalFactory factory = new();
    private FormClient admin = default!;

    public async Task InitializeAsync() => admin = await TestAccounts.SetUpAsync(factory);

    [Fact]
    public async Task An_invited_person_sets_a_password_once_and_is_signed_in_as_staff_linked_to_their_person()
    {
        var person = await AddPersonAsync("invited@college.test");
        var link = await InviteAsync(person);

        // Mailed to the pickup folder (no SMTP server here), and shown to the administrator.
        var mail = Assert.Single(factory.Mails());
        Assert.Contains(new Uri(link).AbsolutePath, await File.ReadAllTextAsync(mail));

        var client = factory.CreateFormClient();
        var path = new Uri(link).AbsolutePath;
        var (weak, weakPage) = await client.SubmitAsync(path, new Dictionary<string, string> { ["Input.Password"] = "123", ["Input.PasswordConfirm"] = "123" });
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.NotNull(FormClient.ErrorFor(weakPage, "Input.Password"));

        var (set, _) = await client.SubmitAsync(path, new Dictionary<string, string> { ["Input.Password"] = NewPassword, ["Input.PasswordConfirm"] = NewPassword });
        Assert.True(FormClient.IsRedirectTo(set, "/account/agreement"));
        var (agreement, _) = await client.GetAsync("/account/agreement");
        Assert.Equal(HttpStatusCode.OK, agreement.StatusCode);

        // Single use: the same link now says it is no longer valid.
        var (again, againPage) = await factory.CreateFormClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Contains("недействительна", againPage.QuerySelector("main")!.TextContent);

        await using var scope = factory.Scope(out var db);
        var user = await db.Users.SingleAsync(u => u.Email == "invited@college.test");
        Assert.Equal(user.Id, (await db.People.SingleAsync(p => p.Id == person.Id)).UserId);
        var invitation = await db.Invitations.SingleAsync();
        Assert.NotNull(invitation.UsedAt);
        Assert.DoesNotContain(path.Split('/').Last(), invitation.TokenHash);
        await TestAccounts.SignInAsync(factory, "invited@college.test", NewPassword);
    }

    [Fact]
    public async Task A_new_invitation_revokes_the_older_links()
    {
        var person = await AddPersonAsync("twice@college.test");
        var older = new Uri(await InviteAsync(person)).AbsolutePath;
        var newer = new Uri(await InviteAsync(person)).AbsolutePath;

        var (gone, page) = await factory.CreateFormClient().GetAsync(older);
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.DoesNotContain("twice@college.test", page.QuerySelector("main")!.TextContent);
        var (live, livePage) = await factory.CreateFormClient().GetAsync(newer);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Contains("twice@college.test", livePage.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task An_invitation_expires_after_seven_days()
    {
        var person = await AddPersonAsync("late@college.test");
        var path = new Uri(await InviteAsync(person)).AbsolutePath;

        factory.Time.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        var client = factory.CreateFormClient();
        var (response, _) = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        var post = await client.PostRawAsync(path, [new("Input.Password", NewPassword), new("Input.PasswordConfirm", NewPassword)], "/account/login");
        Assert.Equal(HttpStatusCode.Gone, post.StatusCode);

        await using var scope = factory.Scope(out var db);
        Assert.Null((await db.Users.SingleAsync(u => u.Email == "late@college.test")).PasswordHash);
    }

    [Fact]
    public async Task Staff_cannot_invite()
    {
        var person = await AddPersonAsync("someone@college.test");
        var staff = await TestAccounts.CreateUserAsync(factory, admin, "staff@college.test", "Staff");
        var response = await staff.PostRawAsync($"/director/staff?handler=Invite&id={person.Id}", [], "/my/documents");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<Person> AddPersonAsync(string email)
    {
        await using var scope = factory.Scope(out var db);
        var person = new Person { FullName = "Бирюкова Елена Викторовна", Position = "Заместитель директора по воспитательной работе", Email = email };
        db.People.Add(person);
        await db.SaveChangesAsync();
        return person;
    }

    private async Task<string> InviteAsync(Person person)
    {
        var (response, _) = await admin.SubmitAsync("/director/staff", new Dictionary<string, string>(), $"form[action*='handler=Invite'][action*='{person.Id}']");
        Assert.True(FormClient.IsRedirectTo(response, "/director/staff"));
        var (_, page) = await admin.GetAsync("/director/staff");
        var link = page.QuerySelector("#invite-link")?.TextContent ?? throw new InvalidOperationException("No invitation link shown.");
        Assert.Contains($"Кому передать ссылку: {person.FullName}.", page.QuerySelector(".notice")!.TextContent);
        Assert.Matches(InviteLink(), link);
        return link;
    }

    [GeneratedRegex("^https?://[^/]+/account/invite/[A-Za-z0-9_-]{40,}$")]
    private static partial Regex InviteLink();

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }
}
