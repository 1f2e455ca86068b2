using MimeKit;
using PolicyPortal.Domain.Staff;
using PolicyPortal.IntegrationTests.Infrastructure;

namespace PolicyPortal.IntegrationTests.Acknowledgements;

/// <summary>
/// Links that leave the portal by mail are built from Site:BaseUrl. A request whose Host header is forged must not
/// put the forger's site into an invitation or a reminder (the recipient would send their password there).
/// </summary>
public sealed class ForgedHostLinkTests : IAsyncLifetime
{
    private const string BaseUrl = "https://portal.college.test";
    private const string ForgedHost = "evil.example";
    private readonly AcknowledgementPortalFactory factory = new();
    private FormClient admin = default!;

    public ForgedHostLinkTests() => factory.WithSetting("Site:BaseUrl", BaseUrl);

    public async Task InitializeAsync() => admin = await TestAccounts.SetUpAsync(factory);

    [Fact]
    public async Task An_invitation_posted_with_a_forged_host_links_to_the_configured_site()
    {
        await using (factory.Scope(out var db))
        {
            db.People.Add(new Person { FullName = "Бирюкова Елена Викторовна", Position = "Педагог-организатор", Email = "invited@college.test" });
            await db.SaveChangesAsync();
        }

        await WithForgedHostAsync(async () =>
        {
            var (response, _) = await admin.SubmitAsync("/director/staff", new Dictionary<string, string>(), "form[action*='handler=Invite']");
            Assert.True(FormClient.IsRedirectTo(response, "/director/staff"));
        });

        var (_, page) = await admin.GetAsync("/director/staff");
        var shown = page.QuerySelector("#invite-link")?.TextContent ?? throw new InvalidOperationException("No invitation link shown.");
        Assert.StartsWith($"{BaseUrl}/account/invite/", shown, StringComparison.Ordinal);
        var mail = MailText(Assert.Single(factory.Mails()));
        Assert.Contains(shown, mail);
        Assert.DoesNotContain(ForgedHost, mail);
    }

    [Fact]
    public async Task A_reminder_posted_with_a_forged_host_links_to_the_configured_site()
    {
        var order = await AcknowledgementArrange.PublishOrderAsync(factory, admin, people: 1);
        await AcknowledgementArrange.SignerAsync(factory, admin, order.People[0], "deputy@college.test");
        var url = $"/director/documents/{order.DocumentId}/acknowledgements";

        await WithForgedHostAsync(async () =>
        {
            var (response, _) = await admin.SubmitAsync(url, new Dictionary<string, string>(), "form[action*='handler=Remind']");
            Assert.True(FormClient.IsRedirectTo(response, url));
        });

        var mail = MailText(Assert.Single(factory.Mails()));
        Assert.Contains($"{BaseUrl}/my/documents/{order.DocumentId}", mail);
        Assert.DoesNotContain(ForgedHost, mail);
    }

    /// <summary>Every request in <paramref name="act"/> (the form's GET and its POST) carries «Host: evil.example».</summary>
    private async Task WithForgedHostAsync(Func<Task> act)
    {
        await AssertTheForgedHostReachesThePortalAsync();
        admin.Http.DefaultRequestHeaders.Host = ForgedHost;
        try
        {
            await act();
        }
        finally
        {
            admin.Http.DefaultRequestHeaders.Host = null;
        }
    }

    /// <summary>
    /// Without this the tests could pass because the test server ignored the header: the sign-in redirect is one place
    /// where ASP.NET Core itself writes the request's host into an absolute address.
    /// </summary>
    private async Task AssertTheForgedHostReachesThePortalAsync()
    {
        using var anonymous = factory.CreateFormClient();
        anonymous.Http.DefaultRequestHeaders.Host = ForgedHost;
        var (response, _) = await anonymous.GetAsync("/dashboard");
        Assert.Equal(ForgedHost, response.Headers.Location?.Host);
    }

    private static string MailText(string emlPath)
    {
        using var message = MimeMessage.Load(emlPath);
        return message.TextBody ?? message.HtmlBody ?? "";
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }
}
