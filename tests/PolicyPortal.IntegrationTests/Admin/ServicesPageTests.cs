using System.Net;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Services;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Accounts;

namespace PolicyPortal.IntegrationTests.Admin;

public sealed class ServicesPageTests : IAsyncLifetime
{
    private const string Url = "/admin/services";
    private readonly PortalFactory factory = new();
    private FormClient admin = default!;

    public async Task InitializeAsync() => admin = await TestAccounts.SetUpAsync(factory);

    [Theory]
    [InlineData("/admin/services")]
    [InlineData("/admin/prohibited")]
    public async Task Anonymous_is_sent_to_login(string url)
    {
        using var anonymous = factory.CreateFormClient();
        var (response, _) = await anonymous.GetAsync(url);
        Assert.True(FormClient.IsRedirectTo(response, "http://localhost/account/login"));
    }

    [Theory]
    [InlineData(Roles.Staff, "/admin/services")]
    [InlineData(Roles.Staff, "/admin/prohibited")]
    [InlineData(Roles.Director, "/admin/services")]
    [InlineData(Roles.Director, "/admin/prohibited")]
    public async Task Only_the_administrator_gets_in(string role, string url)
    {
        using var user = await TestAccounts.CreateUserAsync(factory, admin, "user@college.test", role);
        var (response, _) = await user.GetAsync(url);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_seeded_registry_is_listed()
    {
        var (_, page) = await admin.GetAsync(Url);
        Assert.Equal(ServiceCatalog.Seed().Count, page.QuerySelectorAll("tbody tr").Length);
        Assert.Contains(ServiceCatalog.Sferum, page.Body!.TextContent);
    }

    [Fact]
    public async Task The_administrator_adds_and_edits_a_service()
    {
        var (added, _) = await admin.SubmitAsync(Url, new Dictionary<string, string>
        {
            ["Input.Name"] = "Электронный журнал «Сетевой город»",
            ["Input.Kind"] = "электронный журнал",
            ["Input.Purpose"] = "Оценки и сообщения родителям.",
            ["Input.Interaction"] = "Asynchronous",
            ["Input.IsStateSystem"] = "true",
            ["Input.Url"] = "https://sgo.test",
        });
        Assert.True(FormClient.IsRedirectTo(added, Url));

        Guid id;
        await using (factory.Scope(out var db))
        {
            var service = await db.Services.SingleAsync(s => s.Name == "Электронный журнал «Сетевой город»");
            Assert.Equal(Interaction.Asynchronous, service.Interaction);
            Assert.True(service.IsStateSystem);
            id = service.Id;
        }

        var (edited, _) = await admin.SubmitAsync($"{Url}/{id}", new Dictionary<string, string> { ["Input.Interaction"] = "Both", ["Input.SortOrder"] = "5" });
        Assert.True(FormClient.IsRedirectTo(edited, Url));
        await using (factory.Scope(out var db))
        {
            var service = await db.Services.SingleAsync(s => s.Id == id);
            Assert.Equal(Interaction.Both, service.Interaction);
            Assert.Equal(5, service.SortOrder);
        }
    }

    [Theory]
    [InlineData("Telegram")]
    [InlineData("whatsapp")]
    [InlineData("Telegram-канал колледжа")]
    [InlineData("Телеграм-чат группы")]
    [InlineData("Вотсап")]
    public async Task A_name_on_the_prohibited_list_is_refused_next_to_the_field(string name)
    {
        var (response, page) = await admin.SubmitAsync(Url, new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.Kind"] = "мессенджер",
            ["Input.Purpose"] = "Переписка с родителями.",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("входит в перечень запрещённых", FormClient.ErrorFor(page, "Input.Name"));
        Assert.Equal(name, FormClient.ValueOf(page, "Input.Name"));
        Assert.Equal("Переписка с родителями.", FormClient.ValueOf(page, "Input.Purpose"));
    }

    [Fact]
    public async Task Editing_refuses_a_prohibited_or_duplicate_name()
    {
        Guid id;
        await using (factory.Scope(out var db))
        {
            id = (await db.Services.SingleAsync(s => s.Name == ServiceCatalog.Telemost)).Id;
        }

        var (_, prohibited) = await admin.SubmitAsync($"{Url}/{id}", new Dictionary<string, string> { ["Input.Name"] = "Viber" });
        Assert.Contains("«Viber» входит в перечень запрещённых", FormClient.ErrorFor(prohibited, "Input.Name"));
        var (_, duplicate) = await admin.SubmitAsync($"{Url}/{id}", new Dictionary<string, string> { ["Input.Name"] = ServiceCatalog.Max });
        Assert.Equal("Сервис с таким наименованием уже есть в реестре.", FormClient.ErrorFor(duplicate, "Input.Name"));
        var (_, blank) = await admin.SubmitAsync($"{Url}/{id}", new Dictionary<string, string> { ["Input.Kind"] = "", ["Input.Url"] = "telemost" });
        Assert.NotNull(FormClient.ErrorFor(blank, "Input.Kind"));
        Assert.Contains("https://", FormClient.ErrorFor(blank, "Input.Url"));
    }

    public Task DisposeAsync()
    {
        admin.Dispose();
        factory.Dispose();
        return Task.CompletedTask;
    }
}
