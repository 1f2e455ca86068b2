using System.Net;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Import;
using PolicyPortal.Domain.Services;
using PolicyPortal.IntegrationTests.Infrastructure;

namespace PolicyPortal.IntegrationTests.Public;

/// <summary>«Как связаться…» on the public page: built from the approved channels, the registry and the profile.</summary>
public sealed class ParentContactsPageTests : IAsyncLifetime
{
    private readonly PortalFactory factory = new();
    private FormClient admin = default!;
    private FormClient visitor = default!;

    public async Task InitializeAsync()
    {
        admin = await TestAccounts.SetUpAsync(factory);
        visitor = factory.CreateFormClient();
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    private async Task PublishUvarovoSeedAsync()
    {
        var source = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Seeds", "uvarovo-order-44-2025.txt"));
        await using var scope = factory.Scope(out var db);
        var document = PolicyDocument.CreateDraft(DocumentImporter.Import(source).Content, "test", DateTimeOffset.UtcNow);
        document.Publish(DocumentArrange.ApprovedOnPaper, "test", DateTimeOffset.UtcNow);
        db.Documents.Add(document);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task The_uvarovo_order_shows_sferum_which_its_first_item_approves_and_how_to_join_it()
    {
        await PublishUvarovoSeedAsync();

        var (_, page) = await visitor.GetAsync("/policy");

        var contacts = page.QuerySelector(".contacts")!;
        var channel = Assert.Single(contacts.QuerySelectorAll(".channel"));
        Assert.Equal(ServiceCatalog.Sferum, channel.QuerySelector("h3")!.TextContent);
        Assert.Contains("Как подключиться:", channel.TextContent);
        Assert.Contains("учебный профиль «Сферум»", channel.TextContent);
        Assert.Equal("https://sferum.ru", channel.QuerySelector("a.join-link")!.GetAttribute("href"));
        // Nothing the document and the profile do not say: no jargon, no generic advice, no e-mail without an address.
        Assert.DoesNotContain("синхронн", contacts.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("уточняйте", contacts.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Электронная почта организации", contacts.TextContent);
        // The setup form gave a website only: that is the one contact of the organisation shown.
        Assert.Equal(["Официальный сайт"], contacts.QuerySelectorAll(".institution-contacts dt").Select(d => d.TextContent));
    }

    [Fact]
    public async Task The_profiles_contacts_and_the_registrys_joining_text_reach_the_cached_page_at_once()
    {
        await PublishUvarovoSeedAsync();
        await visitor.GetAsync("/policy"); // fills the cache

        var (saved, _) = await admin.SubmitAsync("/admin/profile", new Dictionary<string, string>
        {
            ["Input.Phone"] = "+7 (47558) 4-12-34",
            ["Input.Email"] = "info@uvarovo-college.test",
            ["Input.Address"] = "393460, г. Уварово, ул. Шоссейная, д. 1",
            ["Input.ReceptionHours"] = "пн–пт 8:00–17:00",
        });
        Assert.True(FormClient.IsRedirectTo(saved, "/admin/profile"));
        Guid sferum;
        await using (factory.Scope(out var db))
        {
            sferum = (await db.Services.SingleAsync(s => s.Name == ServiceCatalog.Sferum)).Id;
        }

        var (_, form) = await admin.GetAsync($"/admin/services/{sferum}");
        Assert.Contains("учебный профиль «Сферум»", FormClient.ValueOf(form, "Input.HowToJoin"));
        var (edited, _) = await admin.SubmitAsync($"/admin/services/{sferum}", new Dictionary<string, string>
        {
            ["Input.HowToJoin"] = "Куратор группы пришлёт приглашение в чат на первом родительском собрании.",
            ["Input.JoinUrl"] = "",
        });
        Assert.True(FormClient.IsRedirectTo(edited, "/admin/services"));

        var (_, page) = await visitor.GetAsync("/policy");

        var contacts = page.QuerySelector(".contacts")!;
        Assert.Contains("Куратор группы пришлёт приглашение", contacts.QuerySelector(".channel")!.TextContent);
        // Without a link of its own to join by, the service's address in the registry is given.
        Assert.Equal("https://sferum.ru", contacts.QuerySelector(".channel a.join-link")!.GetAttribute("href"));
        Assert.Equal("tel:+74755841234", contacts.QuerySelector(".institution-contacts a[href^='tel:']")!.GetAttribute("href"));
        Assert.Equal("mailto:info@uvarovo-college.test", contacts.QuerySelector(".institution-contacts a[href^='mailto:']")!.GetAttribute("href"));
        Assert.Contains("пн–пт 8:00–17:00", contacts.TextContent);
        Assert.Contains("ул. Шоссейная", contacts.TextContent);
    }

    [Fact]
    public async Task A_bad_email_in_the_profile_is_refused_next_to_the_field_and_the_input_kept()
    {
        var (response, page) = await admin.SubmitAsync("/admin/profile", new Dictionary<string, string>
        {
            ["Input.Email"] = "info at college",
            ["Input.Phone"] = "8 (47558) 4-12-34",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("адрес электронной почты", FormClient.ErrorFor(page, "Input.Email"));
        Assert.Equal("info at college", FormClient.ValueOf(page, "Input.Email"));
        Assert.Equal("8 (47558) 4-12-34", FormClient.ValueOf(page, "Input.Phone"));
    }

    [Fact]
    public async Task A_join_link_that_is_not_a_web_address_is_refused()
    {
        var (response, page) = await admin.SubmitAsync("/admin/services", new Dictionary<string, string>
        {
            ["Input.Name"] = "Платформа колледжа",
            ["Input.Kind"] = "платформа",
            ["Input.Purpose"] = "Задания и сообщения.",
            ["Input.JoinUrl"] = "javascript:alert(1)",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ссылку полностью", FormClient.ErrorFor(page, "Input.JoinUrl"));
    }
}
