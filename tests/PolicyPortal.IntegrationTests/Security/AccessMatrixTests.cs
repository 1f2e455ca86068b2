using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Accounts;

namespace PolicyPortal.IntegrationTests.Security;

public enum Visitor
{
    Anonymous,
    Staff,
    Director,
    Administrator,
    /// <summary>The region's curator (create-curator): signed in, none of an institution's roles.</summary>
    Curator,
}

/// <summary>What a visitor gets: a page, a redirect to login, 403 (Denied), or another status.</summary>
public enum Outcome
{
    Ok,
    Login,
    Denied,
    Redirect,
    NotFound,
    /// <summary>410: an invitation link that is unknown, used or expired.</summary>
    Gone,
    ServerError,
}

/// <summary>
/// Role × page: every page and handler that exists, for each kind of visitor. A new page is one line in <see cref="Matrix"/>;
/// <see cref="Every_page_and_handler_is_in_the_matrix"/> fails until it is there.
/// </summary>
public sealed class AccessMatrixTests(AccessMatrixTests.Visitors visitors) : IClassFixture<AccessMatrixTests.Visitors>
{
    /// <param name="Curator">The curator's answer; null: the same as staff's (signed in, but no role of the institution's).</param>
    internal sealed record Row(string Method, string Url, Outcome Anonymous, Outcome Staff, Outcome Director, Outcome Administrator, bool EndsSession = false, Outcome? Curator = null)
    {
        public Outcome For(Visitor visitor) => visitor switch
        {
            Visitor.Anonymous => Anonymous,
            Visitor.Staff => Staff,
            Visitor.Director => Director,
            Visitor.Curator => Curator ?? Staff,
            _ => Administrator,
        };
    }

    private static Row All(string method, string url, Outcome outcome = Outcome.Ok, bool endsSession = false) => new(method, url, outcome, outcome, outcome, outcome, endsSession);

    private static Row SignedIn(string method, string url) => new(method, url, Outcome.Login, Outcome.Ok, Outcome.Ok, Outcome.Ok);

    private static Row AdminOnly(string method, string url, Outcome forAdmin = Outcome.Ok) => new(method, url, Outcome.Login, Outcome.Denied, Outcome.Denied, forAdmin);

    private static Row CuratorOnly(string method, string url) => new(method, url, Outcome.Login, Outcome.Denied, Outcome.Denied, Outcome.Denied, Curator: Outcome.Ok);

    private static Row DirectorOnly(string method, string url, Outcome forDirector = Outcome.Ok) => new(method, url, Outcome.Login, Outcome.Denied, forDirector, Outcome.Denied);

    /// <summary>The staff directory: directors and administrators.</summary>
    private static Row Management(string method, string url, Outcome outcome = Outcome.Ok) => new(method, url, Outcome.Login, Outcome.Denied, outcome, outcome);

    internal const string NoSuchDocument = "00000000-0000-0000-0000-000000000001";

    // POSTs carry a valid antiforgery token and empty or harmless fields: the point is who gets in, not what is saved.
    internal static readonly Row[] Matrix =
    [
        All("GET", "/", Outcome.Ok),
        All("GET", "/policy", Outcome.Ok),
        All("GET", "/health", Outcome.Ok),
        All("GET", "/error/404", Outcome.NotFound),
        All("GET", "/error", Outcome.ServerError),
        All("POST", "/error/404", Outcome.NotFound),
        All("GET", "/setup", Outcome.NotFound),
        All("POST", "/setup", Outcome.NotFound),
        All("GET", "/account/login", Outcome.Ok),
        All("POST", "/account/login", Outcome.Ok),
        All("GET", "/account/two-factor", Outcome.Login),
        All("POST", "/account/two-factor", Outcome.Ok),
        All("GET", "/account/logout", Outcome.Ok),
        All("POST", "/account/logout", Outcome.Redirect, endsSession: true),
        new("GET", "/dashboard", Outcome.Login, Outcome.Ok, Outcome.Ok, Outcome.Ok, Curator: Outcome.Redirect), // the curator's desk is the overview
        SignedIn("GET", "/account/change-password"),
        SignedIn("POST", "/account/change-password"),
        SignedIn("GET", "/account/two-factor/setup"),
        SignedIn("POST", "/account/two-factor/setup"),
        new("POST", "/account/two-factor/setup?handler=NewRecoveryCodes", Outcome.Login, Outcome.Redirect, Outcome.Ok, Outcome.Ok, Curator: Outcome.Ok),
        CuratorOnly("GET", "/region"),
        CuratorOnly("GET", "/region?handler=Csv"),
        AdminOnly("GET", "/admin/users"),
        AdminOnly("POST", "/admin/users?handler=Create"),
        AdminOnly("POST", "/admin/users?handler=Roles&id=no-such-user", Outcome.NotFound),
        AdminOnly("POST", "/admin/users?handler=Toggle&id=no-such-user", Outcome.NotFound),
        AdminOnly("GET", "/admin/profile"),
        AdminOnly("POST", "/admin/profile"),
        AdminOnly("GET", "/admin/services"),
        AdminOnly("POST", "/admin/services"),
        AdminOnly("GET", $"/admin/services/{NoSuchDocument}", Outcome.NotFound),
        AdminOnly("POST", $"/admin/services/{NoSuchDocument}", Outcome.NotFound),
        AdminOnly("GET", "/admin/calendar"),
        AdminOnly("POST", "/admin/calendar?handler=Set"),
        AdminOnly("POST", "/admin/calendar?handler=Remove&date=2030-01-01", Outcome.Redirect),
        AdminOnly("GET", "/admin/prohibited"),
        AdminOnly("POST", "/admin/prohibited?handler=Add"),
        AdminOnly("POST", $"/admin/prohibited?handler=Remove&id={NoSuchDocument}", Outcome.NotFound),
        Management("GET", "/director/staff"),
        Management("POST", "/director/staff?handler=Create"),
        Management("POST", "/director/staff?handler=Bulk"),
        Management("POST", $"/director/staff?handler=Toggle&id={NoSuchDocument}", Outcome.NotFound),
        new("POST", $"/director/staff?handler=Link&id={NoSuchDocument}", Outcome.Login, Outcome.Denied, Outcome.Denied, Outcome.NotFound),
        Management("GET", $"/director/staff/{NoSuchDocument}", Outcome.NotFound),
        Management("POST", $"/director/staff/{NoSuchDocument}", Outcome.NotFound),
        DirectorOnly("GET", "/director/documents"),
        DirectorOnly("POST", "/director/documents?handler=FromTemplate", Outcome.Redirect),
        DirectorOnly("POST", "/director/documents?handler=Blank", Outcome.Redirect),
        DirectorOnly("POST", $"/director/documents?handler=Copy&id={NoSuchDocument}", Outcome.NotFound),
        DirectorOnly("GET", "/director/documents/import"),
        DirectorOnly("POST", "/director/documents/import"),
        DirectorOnly("GET", $"/director/documents/{NoSuchDocument}/requisites", Outcome.NotFound),
        DirectorOnly("POST", $"/director/documents/{NoSuchDocument}/requisites", Outcome.NotFound),
        DirectorOnly("POST", $"/director/documents/{NoSuchDocument}/requisites?handler=Requisites", Outcome.NotFound),
        DirectorOnly("POST", $"/director/documents/{NoSuchDocument}/items?handler=Items", Outcome.NotFound),
        DirectorOnly("POST", $"/director/documents/{NoSuchDocument}/acknowledgers?handler=Acknowledgers", Outcome.NotFound),
        DirectorOnly("GET", $"/director/documents/{NoSuchDocument}/unrecognised", Outcome.NotFound),
        DirectorOnly("POST", $"/director/documents/{NoSuchDocument}/unrecognised", Outcome.NotFound),
        DirectorOnly("POST", $"/director/documents/{NoSuchDocument}/appendix-1?handler=Appendix", Outcome.NotFound),
        DirectorOnly("POST", $"/director/documents/{NoSuchDocument}?handler=Appendices", Outcome.NotFound),
        DirectorOnly("GET", $"/director/documents/{NoSuchDocument}/preview", Outcome.NotFound),
        DirectorOnly("GET", $"/director/documents/{NoSuchDocument}/preview.pdf", Outcome.NotFound),
        DirectorOnly("GET", $"/director/documents/{NoSuchDocument}/docx", Outcome.NotFound),
        DirectorOnly("GET", $"/director/documents/{NoSuchDocument}/appendix/1/docx", Outcome.NotFound),
        DirectorOnly("GET", $"/director/documents/{NoSuchDocument}/publish", Outcome.NotFound),
        DirectorOnly("POST", $"/director/documents/{NoSuchDocument}/publish", Outcome.NotFound),
        DirectorOnly("GET", $"/director/documents/{NoSuchDocument}/delete", Outcome.NotFound),
        DirectorOnly("POST", $"/director/documents/{NoSuchDocument}/delete", Outcome.NotFound),
        SignedIn("GET", "/account/agreement"),
        SignedIn("POST", "/account/agreement"),
        All("GET", "/account/invite/not-a-token", Outcome.Gone),
        All("POST", "/account/invite/not-a-token", Outcome.Gone),
        AdminOnly("GET", "/admin/agreement"),
        AdminOnly("POST", "/admin/agreement"),
        new("POST", $"/director/staff?handler=Invite&id={NoSuchDocument}", Outcome.Login, Outcome.Denied, Outcome.Denied, Outcome.Redirect),
        SignedIn("GET", "/my/documents"),
        new("GET", $"/my/documents/{NoSuchDocument}", Outcome.Login, Outcome.NotFound, Outcome.NotFound, Outcome.NotFound),
        new("POST", $"/my/documents/{NoSuchDocument}", Outcome.Login, Outcome.NotFound, Outcome.NotFound, Outcome.NotFound),
        DirectorOnly("GET", $"/director/documents/{NoSuchDocument}/acknowledgements", Outcome.NotFound),
        DirectorOnly("GET", $"/director/documents/{NoSuchDocument}/acknowledgements?handler=Sheet", Outcome.NotFound),
        DirectorOnly("GET", $"/director/documents/{NoSuchDocument}/acknowledgements?handler=Scan", Outcome.NotFound),
        DirectorOnly("POST", $"/director/documents/{NoSuchDocument}/acknowledgements?handler=Remind", Outcome.NotFound),
        DirectorOnly("POST", $"/director/documents/{NoSuchDocument}/acknowledgements?handler=Paper", Outcome.NotFound),
        All("GET", "/documents"),
        All("GET", "/a11y"),
        All("GET", "/a11y/policy"),
        All("GET", "/a11y/documents"),
        All("GET", $"/documents/{NoSuchDocument}", Outcome.NotFound),
        All("GET", $"/a11y/documents/{NoSuchDocument}", Outcome.NotFound),
        All("GET", $"/documents/{NoSuchDocument}/changes", Outcome.NotFound),
        All("GET", $"/a11y/documents/{NoSuchDocument}/changes", Outcome.NotFound),
        All("GET", "/embed/policy"),
        All("GET", "/api/policy.json", Outcome.NotFound),
        All("GET", $"/api/documents/{NoSuchDocument}.json", Outcome.NotFound),
        All("GET", "/documents/feed.atom"),
        All("GET", "/robots.txt"),
        All("GET", "/sitemap.xml"),
        All("GET", "/verify"),
        All("GET", "/a11y/verify"),
        All("GET", $"/documents/{NoSuchDocument}/pdf", Outcome.NotFound),
        All("GET", $"/documents/{NoSuchDocument}/appendix/1/pdf", Outcome.NotFound),
    ];

    public static TheoryData<string, string, Visitor> Cases()
    {
        var cases = new TheoryData<string, string, Visitor>();
        foreach (var row in Matrix)
        {
            foreach (var visitor in Enum.GetValues<Visitor>())
            {
                cases.Add(row.Method, row.Url, visitor);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Visitor_gets_the_expected_answer(string method, string url, Visitor visitor)
    {
        var row = Matrix.Single(r => r.Method == method && r.Url == url);
        var expected = row.For(visitor);
        using var client = await visitors.ClientAsync(visitor, fresh: row.EndsSession);
        var response = method == "GET"
            ? (await client.GetAsync(url)).Response
            : await client.PostRawAsync(url, [], tokenPage: "/account/login");

        Assert.True(expected == OutcomeOf(response), $"{visitor} {method} {url}: expected {expected}, got {(int)response.StatusCode} {response.Headers.Location}");
    }

    [Fact]
    public async Task Every_page_and_handler_is_in_the_matrix()
    {
        var loader = visitors.Factory.Services.GetRequiredService<PageLoader>();
        var missing = new List<string>();
        foreach (var endpoint in EndpointAuthorisationTests.AllEndpoints(visitors.Factory))
        {
            var pattern = endpoint.RoutePattern.RawText ?? "";
            var rows = Matrix.Where(r => Matches(endpoint, r.Url)).ToList();
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                missing.AddRange(compiled.HandlerMethods
                    .Where(h => !rows.Any(r => string.Equals(r.Method, h.HttpMethod, StringComparison.OrdinalIgnoreCase) && HandlerOf(r.Url) == h.Name))
                    .Select(h => $"{h.HttpMethod} {pattern} handler={h.Name}"));
            }
            else if (rows.Count == 0)
            {
                missing.Add(pattern);
            }
        }

        Assert.True(missing.Count == 0, "Not in the matrix: " + string.Join(", ", missing));
    }

    internal static bool Matches(RouteEndpoint endpoint, string url)
    {
        var path = url.Split('?')[0];
        var matcher = new TemplateMatcher(new RouteTemplate(endpoint.RoutePattern), new RouteValueDictionary());
        return matcher.TryMatch(path, new RouteValueDictionary());
    }

    internal static string? HandlerOf(string url) =>
        url.Split('?') is [_, var query] && QueryHelpers.ParseQuery(query).TryGetValue("handler", out var handler) ? handler.ToString() : null;

    private static Outcome OutcomeOf(HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.OK => Outcome.Ok,
        HttpStatusCode.Forbidden => Outcome.Denied,
        HttpStatusCode.NotFound => Outcome.NotFound,
        HttpStatusCode.Gone => Outcome.Gone,
        HttpStatusCode.InternalServerError => Outcome.ServerError,
        _ when FormClient.IsRedirectTo(response, "/account/login") && !FormClient.IsRedirectTo(response, "/account/login?loggedout") => Outcome.Login,
        HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther => Outcome.Redirect,
        _ => throw new InvalidOperationException($"Unexpected {(int)response.StatusCode}"),
    };

    /// <summary>One portal and one signed-in session per kind of visitor, shared by the whole matrix.</summary>
    public sealed class Visitors : IAsyncLifetime
    {
        private readonly Dictionary<Visitor, string> emails = new()
        {
            [Visitor.Staff] = "staff@college.test",
            [Visitor.Director] = "director@college.test",
            [Visitor.Administrator] = "administrator@college.test",
            [Visitor.Curator] = "curator@minobr.test",
        };

        private readonly Dictionary<Visitor, System.Net.Cookie> sessions = [];

        public PortalFactory Factory { get; } = new();

        public async Task InitializeAsync()
        {
            using var setupAdmin = await TestAccounts.SetUpAsync(Factory);
            foreach (var (visitor, role) in new[] { (Visitor.Staff, Roles.Staff), (Visitor.Director, Roles.Director), (Visitor.Administrator, Roles.Administrator) })
            {
                using var client = await TestAccounts.CreateUserAsync(Factory, setupAdmin, emails[visitor], role);
                sessions[visitor] = CookieReplay.AuthCookieOf(client);
            }

            // The curator's account is made by the create-curator command (the administrator's page cannot give the role).
            await using (var scope = Factory.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<AdministratorAccounts>().CreateCuratorAsync(emails[Visitor.Curator], "Куратор", TestAccounts.UserPassword);
            }

            using var curator = await TestAccounts.SignInAsync(Factory, emails[Visitor.Curator], TestAccounts.UserPassword);
            sessions[Visitor.Curator] = CookieReplay.AuthCookieOf(curator);
        }

        /// <summary>A client in the visitor's shared session, or in a session of its own when the case ends it.</summary>
        public async Task<FormClient> ClientAsync(Visitor visitor, bool fresh)
        {
            if (visitor == Visitor.Anonymous)
            {
                return Factory.CreateFormClient();
            }

            return fresh
                ? await TestAccounts.SignInAsync(Factory, emails[visitor], TestAccounts.UserPassword)
                : CookieReplay.ClientWith(Factory, sessions[visitor]);
        }

        public Task DisposeAsync()
        {
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }
}
