using System.Text;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Audit;
using PolicyPortal.Domain.Services;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Accounts;

namespace PolicyPortal.IntegrationTests.Region;

/// <summary>
/// The curator's regional overview over three institutions: the college (an order in force published 20 days ago, one of
/// two staff acknowledged, so one is overdue), school 12 (all three acknowledged, WhatsApp approved on paper, a newer
/// draft) and school 5 (a draft only). Sorted by the column links, exported as CSV, audited, never showing drafts.
/// </summary>
public sealed class RegionalOverviewTests(RegionalOverviewTests.Arranged region) : IClassFixture<RegionalOverviewTests.Arranged>
{
    private readonly RegionFactory factory = region.Factory;
    private readonly FormClient curator = region.Curator;
    private readonly FormClient director = region.Director;
    private readonly Guid collegeOrder = region.CollegeOrder;
    private readonly Guid schoolOrder = region.SchoolOrder;

    [Fact]
    public async Task The_curator_lands_on_the_overview_which_shows_each_institutions_document_services_and_acknowledgement()
    {
        var (landing, _) = await curator.GetAsync("/dashboard");
        Assert.True(FormClient.IsRedirectTo(landing, "/region"), $"{(int)landing.StatusCode} {landing.Headers.Location}");
        var (_, page) = await curator.GetAsync("/region");

        var college = Row(page, "main");
        Assert.Contains("Уваровский политехнический колледж", Cell(college, 0));
        var link = college.Children[1].QuerySelector("a")!;
        Assert.Equal($"https://{RegionFactory.HostOfFirst}/documents/{collegeOrder}", link.GetAttribute("href"));
        Assert.Matches(@"№\s44 от", link.TextContent);
        Assert.Equal("20", Cell(college, 2));
        // The state-system mark comes from the institution's registry, not from the document's own entry.
        Assert.Contains($"{ServiceCatalog.Sferum} — государственная система", Cell(college, 3));
        Assert.DoesNotContain($"{ServiceCatalog.Telemost} — государственная", Cell(college, 3));
        Assert.Equal("нет", Cell(college, 4));
        Assert.Equal("50 % (1 из 2)", Cell(college, 5));
        Assert.Equal("1", Cell(college, 6));

        var school = Row(page, "school12");
        Assert.Equal($"https://school12.region.test/documents/{schoolOrder}", school.Children[1].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("3", Cell(school, 2));
        Assert.Contains($"{ServiceCatalog.Max} — государственная система", Cell(school, 3));
        Assert.StartsWith("да: WhatsApp", Cell(school, 4));
        Assert.Equal("100 % (3 из 3)", Cell(school, 5));
        Assert.Equal("0", Cell(school, 6));

        Assert.Contains("нет опубликованного документа", Row(page, "school5").TextContent);

        // Drafts and people never show: no draft's number or services, no staff name.
        var text = page.Body!.TextContent;
        Assert.DoesNotContain("ЧЕРН", text);
        Assert.DoesNotContain("Сервис из черновика", text);
        Assert.DoesNotContain("Работникова", text);
    }

    [Fact]
    public async Task Column_header_links_sort_and_a_second_click_reverses()
    {
        var (_, page) = await curator.GetAsync("/region");
        Assert.Equal(["school12", "school5", "main"], Slugs(page));

        var byRate = Header(page, "Ознакомлено");
        (_, page) = await curator.GetAsync(byRate);
        Assert.Equal(["school5", "main", "school12"], Slugs(page));
        Assert.Equal("ascending", page.QuerySelector("th[aria-sort]")!.GetAttribute("aria-sort"));

        (_, page) = await curator.GetAsync(Header(page, "Ознакомлено"));
        Assert.Equal(["school12", "main", "school5"], Slugs(page));

        (_, page) = await curator.GetAsync(Header(page, "Дней с публикации"));
        Assert.Equal(["school12", "main", "school5"], Slugs(page));
        (_, page) = await curator.GetAsync(Header(page, "Просрочено"));
        Assert.Equal("main", Slugs(page)[^1]);
    }

    [Fact]
    public async Task The_csv_export_is_utf8_with_a_byte_order_mark_russian_headers_and_the_same_rows()
    {
        var (_, page) = await curator.GetAsync("/region");
        var href = page.QuerySelectorAll("a").Single(a => a.TextContent.Contains("CSV", StringComparison.Ordinal)).GetAttribute("href")!;
        var response = await curator.Http.GetAsync(href);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);

        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Организация;Документ в силе;Номер;Дата;Ссылка;Дней с публикации;Утверждённые сервисы;Из них государственные системы;"
            + "Утверждён запрещённый сервис;Ознакомлено, %;Ознакомлено;Должны ознакомиться;Просрочено", lines[0]);
        Assert.Equal(4, lines.Length);
        var school = lines.Single(l => l.StartsWith("МБОУ «СОШ № 12»;", StringComparison.Ordinal)).Split(';');
        Assert.Equal("12-о", school[2]);
        Assert.Equal($"https://school12.region.test/documents/{schoolOrder}", school[4]);
        Assert.Equal($"{ServiceCatalog.Max}, WhatsApp", school[6]);
        Assert.Equal(ServiceCatalog.Max, school[7]);
        Assert.StartsWith("да: WhatsApp", school[8]);
        Assert.Equal(["100", "3", "3", "0"], school[9..]);
        var college = lines.Single(l => l.Contains(collegeOrder.ToString(), StringComparison.Ordinal)).Split(';');
        Assert.Equal(["50", "1", "2", "1"], college[9..]);
        Assert.DoesNotContain(lines, l => l.Contains("ЧЕРН", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_view_and_every_export_is_a_line_of_the_audit_log()
    {
        long before;
        await using (factory.Scope(out var db))
        {
            before = await db.AuditLog.MaxAsync(a => (long?)a.Id) ?? 0;
        }

        await curator.GetAsync("/region?sort=rate");
        await curator.Http.GetAsync("/region?handler=Csv");

        await using var scope = factory.Scope(out var read);
        var lines = await read.AuditLog.AsNoTracking().Where(a => a.Id > before).OrderBy(a => a.Id).ToListAsync();
        Assert.All(lines, l => Assert.Equal(RegionFactory.CuratorEmail, l.UserName));
        Assert.Equal([AuditActions.RegionView, AuditActions.RegionExport], lines.Select(l => l.Action));
        Assert.Contains("организаций: 3", lines[0].Details);
        Assert.Contains("rate", lines[0].Details);
        Assert.All(lines, l => Assert.Equal("region", l.EntityId));
    }

    [Fact]
    public async Task Only_the_curator_opens_the_overview_and_the_curator_opens_no_institutions_page()
    {
        using var staffClient = await TestAccounts.CreateUserAsync(factory, director, "teacher@college.test", Roles.Staff);
        foreach (var url in new[] { "/region", "/region?handler=Csv" })
        {
            Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await director.Http.GetAsync(url)).StatusCode);
            Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await staffClient.Http.GetAsync(url)).StatusCode);
            Assert.True(FormClient.IsRedirectTo(await factory.CreateFormClient().Http.GetAsync(url), "/account/login"));
        }

        foreach (var url in new[] { "/director/documents", $"/director/documents/{collegeOrder}/acknowledgements", "/director/staff", "/admin/users" })
        {
            Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await curator.Http.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task The_curator_is_offered_no_my_documents_and_the_page_opened_by_address_says_the_account_is_on_no_staff_list()
    {
        var (_, overview) = await curator.GetAsync("/region");
        Assert.DoesNotContain("Мои документы", overview.QuerySelector("nav[aria-label='Основное меню']")!.TextContent);
        Assert.Empty(overview.QuerySelectorAll("a[href='/my/documents']"));
        var (_, directorsDesk) = await director.GetAsync("/dashboard");
        Assert.Contains("Мои документы", directorsDesk.QuerySelector("nav[aria-label='Основное меню']")!.TextContent);

        var (response, page) = await curator.GetAsync("/my/documents");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Ваша учётная запись не связана с сотрудником из справочника", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task An_administrator_saving_the_curators_roles_leaves_the_curators_role()
    {
        const string other = "second-curator@minobr.region.test";
        await factory.CreateCuratorAsync(other);
        await using (var scope = factory.Scope(out var db))
        {
            var id = await db.Users.Where(u => u.Email == other).Select(u => u.Id).SingleAsync();
            var (response, _) = await director.SubmitAsync("/admin/users", new Dictionary<string, string> { ["roles"] = Roles.Staff },
                $"form[action*='handler=Roles'][action*='{id}']");
            Assert.True(FormClient.IsRedirectTo(response, "/admin/users"));
        }

        Assert.True(await factory.IsCuratorAsync(other));
    }

    private static IElement Row(IDocument page, string slug) =>
        page.QuerySelector($"tr[data-institution='{slug}']") ?? throw new InvalidOperationException($"No row of {slug}.");

    private static string Cell(IElement row, int index) => row.Children[index].TextContent.Trim();

    private static string[] Slugs(IDocument page) => [.. page.QuerySelectorAll("tbody tr").Select(r => r.GetAttribute("data-institution")!)];

    private static string Header(IDocument page, string title) =>
        page.QuerySelectorAll("thead a").Single(a => a.TextContent == title).GetAttribute("href")!;

    public sealed class Arranged : IAsyncLifetime
    {
        public RegionFactory Factory { get; } = new();
        public FormClient Curator { get; private set; } = default!;
        public FormClient Director { get; private set; } = default!;
        public Guid CollegeOrder { get; private set; }
        public Guid SchoolOrder { get; private set; }

        public async Task InitializeAsync()
        {
            Director = await TestAccounts.SetUpAsync(Factory);
            await Factory.AddInstitutionAsync(2, "school12", "МБОУ «СОШ № 12»");
            await Factory.AddInstitutionAsync(3, "school5", "МБОУ «СОШ № 5»");
            var now = DateTimeOffset.UtcNow;
            CollegeOrder = await Factory.PublishAsync(1, "44", [ServiceCatalog.Sferum, ServiceCatalog.Telemost], people: 2, signed: 1, now.AddDays(-20));
            SchoolOrder = await Factory.PublishAsync(2, "12-о", [ServiceCatalog.Max, "WhatsApp"], people: 3, signed: 3, now.AddDays(-3));
            await Factory.AddDraftAsync(2, "ЧЕРН-99");
            await Factory.AddDraftAsync(3, "ЧЕРН-5");
            Curator = await Factory.CuratorAsync();
        }

        public Task DisposeAsync()
        {
            Curator.Dispose();
            Director.Dispose();
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }
}
