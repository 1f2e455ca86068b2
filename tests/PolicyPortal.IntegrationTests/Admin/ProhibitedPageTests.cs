using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Services;
using PolicyPortal.IntegrationTests.Infrastructure;

namespace PolicyPortal.IntegrationTests.Admin;

public sealed class ProhibitedPageTests : IAsyncLifetime
{
    private const string Url = "/admin/prohibited";
    private const string AddForm = "form[action*='handler=Add']";
    private readonly PortalFactory factory = new();
    private FormClient admin = default!;

    public async Task InitializeAsync() => admin = await TestAccounts.SetUpAsync(factory);

    [Fact]
    public async Task The_seeded_list_is_shown_with_its_date()
    {
        var (_, page) = await admin.GetAsync(Url);
        Assert.Equal(ProhibitedCatalog.Names.Count, page.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("по состоянию на 01.03.2023", page.Body!.TextContent);
    }

    [Fact]
    public async Task The_administrator_adds_a_dated_name_and_removes_one()
    {
        var (added, _) = await admin.SubmitAsync(Url, new Dictionary<string, string> { ["Input.Name"] = "Signal", ["Input.AsOf"] = "2025-08-01" }, AddForm);
        Assert.True(FormClient.IsRedirectTo(added, Url));
        var (_, page) = await admin.GetAsync(Url);
        Assert.Contains("по состоянию на 01.08.2025", page.Body!.TextContent);

        var row = page.QuerySelectorAll("tbody tr").First(r => r.TextContent.Contains("Snapchat", StringComparison.Ordinal));
        var (removed, _) = await admin.PostFormAsync((IHtmlFormElement)row.QuerySelector("form")!, Url, new Dictionary<string, string>());
        Assert.True(FormClient.IsRedirectTo(removed, Url));

        await using var scope = factory.Scope(out var db);
        var names = await db.ProhibitedServices.Select(p => p.Name).ToListAsync();
        Assert.Contains("Signal", names);
        Assert.DoesNotContain("Snapchat", names);
        Assert.Equal(new DateOnly(2025, 8, 1), (await db.ProhibitedServices.SingleAsync(p => p.Name == "Signal")).AsOf);
    }

    [Fact]
    public async Task A_blank_or_repeated_name_is_refused_with_the_date_kept()
    {
        var (response, page) = await admin.SubmitAsync(Url, new Dictionary<string, string> { ["Input.Name"] = "", ["Input.AsOf"] = "2025-08-01" }, AddForm);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(FormClient.ErrorFor(page, "Input.Name"));
        Assert.Equal("2025-08-01", FormClient.ValueOf(page, "Input.AsOf"));

        var (_, repeated) = await admin.SubmitAsync(Url, new Dictionary<string, string> { ["Input.Name"] = "telegram" }, AddForm);
        Assert.Equal("«telegram» уже есть в перечне.", FormClient.ErrorFor(repeated, "Input.Name"));
    }

    public Task DisposeAsync()
    {
        admin.Dispose();
        factory.Dispose();
        return Task.CompletedTask;
    }
}
