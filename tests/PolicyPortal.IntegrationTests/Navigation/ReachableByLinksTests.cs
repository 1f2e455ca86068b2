using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.IntegrationTests.Acknowledgements;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.IntegrationTests.Security;
using PolicyPortal.Web.Accounts;

namespace PolicyPortal.IntegrationTests.Navigation;

/// <summary>
/// Every page a role may open (per the access matrix) can be reached by following links from where that role lands:
/// the dashboard after sign-in, or the site's root for a visitor. A new page without a way to it fails here.
/// </summary>
public sealed class ReachableByLinksTests(ReachableByLinksTests.Portal portal) : IClassFixture<ReachableByLinksTests.Portal>
{
    /// <summary>
    /// Matrix rows reached some other way than by a link (an address, or all under a prefix ending in «/»), each with its
    /// reason, and the visitors who still must reach it by links (null: none).
    /// </summary>
    private static readonly (string Prefix, string Why, Visitor[]? ExceptFor)[] NotByLinks =
    [
        ("/error", "shown when something fails", null),
        ("/error/", "shown when something fails", null),
        ("/policy", "the same page as «/», which the links use", null),
        ("/a11y/policy", "the same page as «/a11y», which the links use", null),
        ("/setup", "first run only; 404 afterwards", null),
        ("/health", "for monitoring", null),
        ("/account/logout", "shown after the «Выйти» button posts", null),
        ("/account/two-factor", "a step of signing in", null),
        ("/account/invite/", "the link arrives by mail", null),
        ("/api/", "for the college site's scripts (README)", null),
        ("/documents/feed.atom", "for feed readers (README)", null),
        ("/robots.txt", "for search engines", null),
        ("/sitemap.xml", "for search engines (named in robots.txt)", null),
        ("/embed/policy", "for the college site's iframe (README)", null),
        ("/my/documents/" + AccessMatrixTests.NoSuchDocument, "only for those who must acknowledge the document", [Visitor.Staff]),
        ("/my/documents", "the curator is on no staff list: opened by address it only says so", [Visitor.Staff, Visitor.Director, Visitor.Administrator]),
        ("/director/documents/" + AccessMatrixTests.NoSuchDocument + "/acknowledgements?handler=Scan", "only where a paper scan was recorded (DirectorStatusTests)", null),
        ("/director/documents/" + AccessMatrixTests.NoSuchDocument + "/unrecognised", "only while an imported draft has unrecognised text (UnrecognisedTextJourney clicks there)", null),
    ];

    private const int MaxPages = 400;

    public static TheoryData<Visitor> Visitors() => [Visitor.Anonymous, Visitor.Staff, Visitor.Director, Visitor.Administrator, Visitor.Curator];

    [Theory]
    [MemberData(nameof(Visitors))]
    public async Task Every_page_the_role_may_use_is_reachable_by_links_from_where_it_lands(Visitor visitor)
    {
        var visited = await CrawlAsync(portal.ClientFor(visitor), visitor == Visitor.Anonymous ? "/" : "/dashboard");

        var unreachable = AccessMatrixTests.Matrix
            .Where(r => r.Method == "GET" && r.For(visitor) is Outcome.Ok or Outcome.NotFound)
            .Where(r => !NotByLinks.Any(n => IsUnder(r.Url, n.Prefix) && n.ExceptFor?.Contains(visitor) != true))
            .Where(r => !visited.Any(url => Reaches(url, r.Url)))
            .Select(r => r.Url)
            .ToList();

        Assert.True(unreachable.Count == 0, $"{visitor} cannot reach by links (visited {visited.Count} pages): {string.Join(", ", unreachable)}");
    }

    /// <summary>Breadth-first over the links of each HTML page, on this site only, GET only (links never change anything).</summary>
    private static async Task<List<string>> CrawlAsync(FormClient client, string start)
    {
        var parser = new HtmlParser();
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var queue = new Queue<string>([start]);
        var visited = new List<string>();
        while (queue.TryDequeue(out var url) && visited.Count < MaxPages)
        {
            var response = await client.Http.GetAsync(url);
            visited.Add(url);
            if (response.Headers.Location is { } location && IsLocal(location.OriginalString) && seen.Add(location.OriginalString))
            {
                queue.Enqueue(location.OriginalString);
            }

            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var page = await parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
            foreach (var href in page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!.Split('#')[0]))
            {
                if (IsLocal(href) && seen.Add(href))
                {
                    queue.Enqueue(href);
                }
            }
        }

        return visited;
    }

    private static bool IsUnder(string url, string entry) =>
        url == entry || (entry.EndsWith('/') && url.StartsWith(entry, StringComparison.Ordinal));

    private static bool IsLocal(string href) => href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal);

    /// <summary>A visited address reaches a matrix row when the path matches with any id in place of the row's unknown one.</summary>
    private static bool Reaches(string visited, string rowUrl)
    {
        var rowPath = rowUrl.Split('?')[0];
        var pattern = "^" + Regex.Escape(rowPath).Replace(AccessMatrixTests.NoSuchDocument, "[0-9a-f-]{36}", StringComparison.Ordinal) + "$";
        return Regex.IsMatch(visited.Split('?')[0], pattern, RegexOptions.None, TimeSpan.FromSeconds(1))
            && AccessMatrixTests.HandlerOf(rowUrl) == AccessMatrixTests.HandlerOf(visited);
    }

    /// <summary>
    /// A portal with something behind every page: an order in force that replaced an earlier edition, which a staff
    /// member must acknowledge (and has an account for), a draft ready to publish, people in the directory, the seeded services
    /// registry; one signed-in client per role.
    /// </summary>
    public sealed class Portal : IAsyncLifetime
    {
        private readonly Dictionary<Visitor, FormClient> clients = [];

        public PortalFactory Factory { get; } = new();

        public FormClient ClientFor(Visitor visitor) => clients[visitor];

        public async Task InitializeAsync()
        {
            var setupAdmin = await TestAccounts.SetUpAsync(Factory);
            var director = await TestAccounts.CreateUserAsync(Factory, setupAdmin, "director@college.test", Roles.Director);
            var first = await AcknowledgementArrange.PublishOrderAsync(Factory, director, people: 2, number: "44");
            var second = await AcknowledgementArrange.PublishOrderAsync(Factory, director, people: 2, number: "45", supersedes: first.DocumentId);
            await DocumentArrange.CreateReadyDraftAsync(Factory, director, number: "46");
            clients[Visitor.Staff] = await AcknowledgementArrange.SignerAsync(Factory, setupAdmin, second.People[1], "staff45-1@college.test");
            clients[Visitor.Director] = director;
            clients[Visitor.Administrator] = await TestAccounts.CreateUserAsync(Factory, setupAdmin, "administrator@college.test", Roles.Administrator);
            clients[Visitor.Anonymous] = Factory.CreateFormClient();
            await using (var scope = Factory.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<AdministratorAccounts>().CreateCuratorAsync("curator@minobr.test", "Куратор", TestAccounts.UserPassword);
            }

            clients[Visitor.Curator] = await TestAccounts.SignInAsync(Factory, "curator@minobr.test", TestAccounts.UserPassword);
            setupAdmin.Dispose();
        }

        public Task DisposeAsync()
        {
            foreach (var client in clients.Values)
            {
                client.Dispose();
            }

            Factory.Dispose();
            return Task.CompletedTask;
        }
    }
}
