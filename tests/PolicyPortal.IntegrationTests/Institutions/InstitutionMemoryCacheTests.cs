using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Import;
using PolicyPortal.Domain.Services;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Hosting;
using PolicyPortal.Web.Institutions;

namespace PolicyPortal.IntegrationTests.Institutions;

/// <summary>
/// The in-memory caches of one node with two institutions, the output cache off so that only they could leak: A's and
/// B's pages asked alternately, twice (the second time from whatever the first filled), each shows its own institution
/// alone. Both publish the same two editions byte for byte (the same SHA-256s), the worst case for what is kept under a
/// snapshot's hash (parsed snapshots, «Что изменилось», the rendered text); their names, ids, contacts, registries and
/// prohibited lists differ. The audit of the caches is in docs/architecture.md («Кэши в памяти»).
/// </summary>
public sealed class InstitutionMemoryCacheTests : IAsyncLifetime
{
    private const string NameA = "Колледж «Альфа» № 1";
    private readonly TwoInstitutionsFactory factory = new();
    private readonly Dictionary<int, Side> sides = [];
    private FormClient adminA = default!;
    private FormClient adminB = default!;

    private sealed record Side(int Institution, string Name, string Phone, string JoinMarker, string Prohibited, Guid First, Guid Second, string Hash)
    {
        public FormClient Visitor { get; set; } = default!;

        public FormClient Admin { get; set; } = default!;

        public string[] Markers => [Name, Phone, JoinMarker, Prohibited, First.ToString(), Second.ToString()];
    }

    public async Task InitializeAsync()
    {
        factory.WithSetting("PublicPages:OutputCache", "false").WithSetting("Pdf:ChromiumPath", "/nonexistent/chromium");
        adminA = await TestAccounts.SetUpAsync(factory);
        await factory.AddInstitutionBAsync();
        adminB = await TestAccounts.SignInAsync(factory, TwoInstitutionsFactory.AdminB, TestAccounts.AdminPassword);
        await ArrangeAsync(CurrentInstitution.Default, NameA, "+7 (47553) 1-11-11", "Маркер подключения Альфа", "Альфачат", adminA);
        await ArrangeAsync(factory.IdB, TwoInstitutionsFactory.NameB, "+7 (4012) 77-77-77", "Маркер подключения Бета", "Бетаграм", adminB);
    }

    [Fact]
    public async Task Each_institutions_pages_asked_alternately_show_its_own_data_alone()
    {
        var (a, b) = (sides[CurrentInstitution.Default], sides[factory.IdB]);
        Assert.Equal(a.Hash, b.Hash);
        var failures = new List<string>();
        for (var round = 0; round < 2; round++)
        {
            foreach (var page in PublicPages())
            {
                foreach (var (own, other) in Alternately(a, b, round))
                {
                    await CheckAsync(own, other, own.Visitor, page(own), failures);
                }
            }

            foreach (var path in new[] { "/dashboard", "/admin/services", "/admin/prohibited", "/admin/profile", "/director/documents", $"/director/documents/{{0}}/acknowledgements" })
            {
                foreach (var (own, other) in Alternately(a, b, round))
                {
                    await CheckAsync(own, other, own.Admin, string.Format(System.Globalization.CultureInfo.InvariantCulture, path, own.Second), failures);
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task A_form_id_of_one_institution_posted_on_the_others_host_does_the_others_own_work()
    {
        const string url = "/director/documents";
        const string fromTemplate = "form[action*='handler=FromTemplate']";
        var (a, b) = (sides[CurrentInstitution.Default], sides[factory.IdB]);
        var (_, pageB) = await b.Admin.GetAsync(url);
        var formB = (IHtmlFormElement)pageB.QuerySelector(fromTemplate)!;
        var (createdB, _) = await b.Admin.PostFormAsync(formB, url, new Dictionary<string, string>());
        Assert.True(FormClient.IsRedirectTo(createdB, "/director/documents/"), $"{(int)createdB.StatusCode}");

        // The same form id (a replayed or forged post) on A's host: A's own draft, not B's answer.
        var (_, pageA) = await a.Admin.GetAsync(url);
        var formA = (IHtmlFormElement)pageA.QuerySelector(fromTemplate)!;
        var (createdA, _) = await a.Admin.PostFormAsync(formA, url, new Dictionary<string, string> { ["FormId"] = ((IHtmlInputElement)formB.QuerySelector("[name=FormId]")!).Value });

        Assert.True(FormClient.IsRedirectTo(createdA, "/director/documents/"), $"{(int)createdA.StatusCode}");
        Assert.NotEqual(createdB.Headers.Location, createdA.Headers.Location);
        factory.ActAs(CurrentInstitution.Default);
        await using var scope = factory.Scope(out var db);
        var draftA = Assert.Single(await db.Documents.Where(d => d.Status == DocumentStatus.Draft).Select(d => d.Id).ToListAsync());
        Assert.EndsWith(draftA.ToString(), createdA.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_registry_is_checked_against_its_own_prohibited_list_alternately()
    {
        var (a, b) = (sides[CurrentInstitution.Default], sides[factory.IdB]);
        foreach (var own in new[] { a, b, a })
        {
            var (_, refused) = await own.Admin.SubmitAsync("/admin/services", Service(own.Prohibited));
            Assert.Contains($"«{own.Prohibited}» входит в перечень запрещённых", FormClient.ErrorFor(refused, "Input.Name"));
        }

        foreach (var (own, other) in new[] { (a, b), (b, a) })
        {
            var (added, _) = await own.Admin.SubmitAsync("/admin/services", Service(other.Prohibited));
            Assert.True(FormClient.IsRedirectTo(added, "/admin/services"), $"{other.Prohibited} refused in {own.Name}: {(int)added.StatusCode}");
        }
    }

    /// <summary>A then B in the first round, B then A in the second: each is asked right after the other filled the caches.</summary>
    private static (Side Own, Side Other)[] Alternately(Side a, Side b, int round) => round == 0 ? [(a, b), (b, a)] : [(b, a), (a, b)];

    private static Dictionary<string, string> Service(string name) => new()
    {
        ["Input.Name"] = name,
        ["Input.Kind"] = "мессенджер",
        ["Input.Purpose"] = "Переписка с родителями.",
    };

    private static IEnumerable<Func<Side, string>> PublicPages() =>
    [
        _ => "/policy",
        _ => "/a11y/policy",
        _ => "/embed/policy",
        s => $"/documents/{s.Second}",
        s => $"/documents/{s.First}",
        s => $"/documents/{s.Second}/changes",
        s => $"/a11y/documents/{s.Second}/changes",
        s => $"/documents/{s.Second}/changes?from={s.First}",
        _ => "/api/policy.json",
        s => $"/api/documents/{s.First}.json",
        _ => "/documents",
        _ => "/documents/feed.atom",
        _ => "/sitemap.xml",
    ];

    private static async Task CheckAsync(Side own, Side other, FormClient client, string path, List<string> failures)
    {
        var response = await client.Http.GetAsync(path);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var who = own.Institution == CurrentInstitution.Default ? "A" : "B";
        if (response.StatusCode != HttpStatusCode.OK)
        {
            failures.Add($"{who} {path}: {(int)response.StatusCode}");
            return;
        }

        failures.AddRange(other.Markers.Where(m => body.Contains(m, StringComparison.Ordinal)).Select(m => $"{who} {path}: shows the other's «{m}»"));
        if (!body.Contains(own.First.ToString(), StringComparison.Ordinal) && !body.Contains(own.Second.ToString(), StringComparison.Ordinal)
            && !path.StartsWith("/admin/", StringComparison.Ordinal) && path != "/dashboard")
        {
            failures.Add($"{who} {path}: shows none of its own documents");
        }

        // What each cache keeps of the institution itself: its name (the header), its contacts and registry (the summary for parents).
        if (path is "/policy" or "/a11y/policy" or "/embed/policy")
        {
            failures.AddRange(new[] { own.Phone, own.JoinMarker }.Where(m => !body.Contains(m, StringComparison.Ordinal)).Select(m => $"{who} {path}: lacks its own «{m}»"));
        }

        if (!path.StartsWith("/api/", StringComparison.Ordinal) && !path.EndsWith(".xml", StringComparison.Ordinal) && !path.EndsWith(".atom", StringComparison.Ordinal)
            && !path.StartsWith("/embed/", StringComparison.Ordinal) && !body.Contains(own.Name, StringComparison.Ordinal))
        {
            failures.Add($"{who} {path}: lacks its own name");
        }
    }

    /// <summary>
    /// The institution's profile phone, Сферум's «как подключиться» in its registry, one more prohibited name, and two
    /// editions of the Uvarovo order (the second replacing the first) — the same text in every institution.
    /// </summary>
    private async Task ArrangeAsync(int institution, string name, string phone, string joinMarker, string prohibited, FormClient admin)
    {
        factory.ActAs(institution);
        await using var scope = factory.Scope(out var db);
        var profile = await db.Institutions.OrderBy(i => i.Id).FirstAsync();
        (profile.ShortName, profile.Phone) = (name, phone);
        (await db.Services.SingleAsync(s => s.Name == ServiceCatalog.Sferum)).HowToJoin = joinMarker;
        db.ProhibitedServices.Add(new ProhibitedService { Name = prohibited, AsOf = new DateOnly(2025, 9, 1) });

        var source = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Seeds", "uvarovo-order-44-2025.txt"));
        var at = new DateTimeOffset(2025, 9, 1, 9, 0, 0, TimeSpan.Zero);
        var first = PolicyDocument.CreateDraft(DocumentImporter.Import(source).Content, "test", at);
        first.Publish(DocumentArrange.ApprovedOnPaper, "test", at);
        var content = DocumentImporter.Import(source).Content;
        content.Requisites.Number = "45";
        content.Requisites.Title += " (новая редакция)";
        var second = PolicyDocument.CreateDraft(content, "test", at, supersedes: first.Id);
        second.Publish(DocumentArrange.ApprovedOnPaper, "test", at.AddDays(30));
        db.Documents.AddRange(first, second);
        await db.SaveChangesAsync();
        first.SupersedeBy(second, at.AddDays(30));
        await db.SaveChangesAsync();
        // As the profile page does when it saves: the header shows the new name at once.
        scope.ServiceProvider.GetRequiredService<InstitutionInfo>().Forget();

        sides[institution] = new Side(institution, name, phone, joinMarker, prohibited, first.Id, second.Id, second.SnapshotHash!)
        {
            Visitor = factory.CreateFormClient(),
            Admin = admin,
        };
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }
}
