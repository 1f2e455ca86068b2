using System.Text.Json;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.IntegrationTests.Acknowledgements;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Institutions;

namespace PolicyPortal.IntegrationTests.Institutions;

/// <summary>
/// Two institutions on two host names, each with a published order, staff, accounts and acknowledgements. Every entity
/// type of the model is isolated, and no route that takes an id, asked on A's host with B's ids — anonymously or by A's
/// administrator, by GET or by POST to each of its handlers (named GET handlers too: the sheet, a scan) — shows or
/// changes anything of B.
/// </summary>
public abstract class IsolationTests(DatabaseProvider provider) : IDisposable
{
    /// <summary>The server's logged errors, for a failure message.</summary>
    private string ServerErrors() => string.Join('\n', Directory.GetFiles(factory.LogFolder).Select(path =>
    {
        using var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete));
        return string.Join('\n', reader.ReadToEnd().Split('\n').Where(line => line.Contains("[ERR]", StringComparison.Ordinal) || line.Contains("Exception", StringComparison.Ordinal) || line.TrimStart().StartsWith("at ", StringComparison.Ordinal)).Take(40));
    }));

    private static readonly string[] MarkersOfB = [TwoInstitutionsFactory.NameB, "Борисовна 77", "Ивановна 77-1", "staff77-1@"];

    private readonly TwoInstitutionsFactory factory = new(provider);

    [Fact]
    public void Every_entity_type_is_filtered_by_institution_or_listed_as_shared_with_a_reason()
    {
        using var scope = factory.Scope(out var db);
        var escaped = new List<string>();
        foreach (var type in db.Model.GetEntityTypes().Where(t => !t.IsOwned()))
        {
            var column = type.FindProperty(InstitutionModel.Column);
            var filtered = type.GetDeclaredQueryFilters().Count > 0;
            var shared = InstitutionModel.Shared.ContainsKey(type.ClrType);
            if (shared == (column is not null && filtered))
            {
                escaped.Add(type.DisplayName());
            }
        }

        Assert.Empty(escaped);
        Assert.True(db.Model.GetEntityTypes().Count() > InstitutionModel.Shared.Count + 10);
    }

    [Fact]
    public async Task No_request_on_one_institutions_host_reads_or_changes_the_others_data()
    {
        var adminA = await TestAccounts.SetUpAsync(factory);
        var publishedA = await AcknowledgementArrange.PublishOrderAsync(factory, adminA, people: 2, number: "44");
        var signerA = await AcknowledgementArrange.SignerAsync(factory, adminA, publishedA.People[1], "staff44-1@college.test");
        await AcknowledgementArrange.SignAsync(signerA, publishedA.DocumentId);

        await factory.AddInstitutionBAsync();
        var adminB = await TestAccounts.SignInAsync(factory, TwoInstitutionsFactory.AdminB, TestAccounts.AdminPassword);
        var publishedB = await AcknowledgementArrange.PublishOrderAsync(factory, adminB, people: 2, number: "77");
        var signerB = await AcknowledgementArrange.SignerAsync(factory, adminB, publishedB.People[1], "staff77-1@college.test");
        await AcknowledgementArrange.SignAsync(signerB, publishedB.DocumentId);
        var draftB = await DocumentArrange.CreateFromTemplateAsync(adminB);
        var idsOfB = await IdsAsync(draftB);
        factory.ActAs(CurrentInstitution.Default);

        // The same address on B's own host shows B's order: the markers are real.
        var (ownPage, _) = await adminB.GetAsync($"/documents/{publishedB.DocumentId}");
        var ownHtml = await ownPage.Content.ReadAsStringAsync();
        Assert.True(ownHtml.Contains("Ивановна 77-1", StringComparison.Ordinal), $"B's own page, {(int)ownPage.StatusCode}: {System.Text.RegularExpressions.Regex.Match(ownHtml, "<main[\\s\\S]{0,1500}").Value}\n{ServerErrors()}");
        var (policyA, _) = await factory.CreateFormClient().GetAsync("/policy");
        Assert.DoesNotContain(MarkersOfB, m => policyA.Content.ReadAsStringAsync().Result.Contains(m, StringComparison.Ordinal));

        var before = await FingerprintOfBAsync();
        var anonymousA = factory.CreateFormClient();
        var leaks = new List<string>();
        // The public addresses without an id (the order, its special version, the embed, JSON, feed, sitemap) on A's host.
        foreach (var path in Web.Public.PublicEndpoints.All.Where(p => !p.Contains('{', StringComparison.Ordinal)))
        {
            await CheckAsync(await anonymousA.Http.GetAsync(path), $"GET {path}", leaks);
        }

        var routes = await RoutesWithIdsAsync();
        Assert.True(routes.Count >= 10, $"Only {routes.Count} routes with ids found.");
        foreach (var (pattern, handlers, getHandlers) in routes)
        {
            foreach (var (url, client) in Fill(pattern, idsOfB).SelectMany(url => new[] { anonymousA, adminA, signerA }.Select(c => (url, c))))
            {
                var response = await client.Http.GetAsync(url);
                await CheckAsync(response, $"GET {url}", leaks);
                foreach (var handler in getHandlers)
                {
                    var got = $"{url}?handler={handler}&acknowledgementId={idsOfB["acknowledgementId"][0]}";
                    await CheckAsync(await client.Http.GetAsync(got), $"GET {got}", leaks);
                }

                foreach (var handler in handlers)
                {
                    var posted = await client.PostRawAsync(handler is null ? url : $"{url}?handler={handler}", [new("Confirmed", "true"), new("Input.Confirmed", "true")], "/dashboard");
                    await CheckAsync(posted, $"POST {url} {handler}", leaks);
                }
            }
        }

        Assert.Empty(leaks);
        Assert.Equal(before, await FingerprintOfBAsync());
    }

    private static async Task CheckAsync(HttpResponseMessage response, string what, List<string> leaks)
    {
        if (!response.IsSuccessStatusCode)
        {
            return;
        }

        var type = response.Content.Headers.ContentType?.MediaType ?? "";
        if (!type.StartsWith("text/", StringComparison.Ordinal) && !type.Contains("json", StringComparison.Ordinal) && !type.Contains("xml", StringComparison.Ordinal))
        {
            leaks.Add($"{what}: {(int)response.StatusCode} {type}");
            return;
        }

        var body = await response.Content.ReadAsStringAsync();
        leaks.AddRange(MarkersOfB.Where(m => body.Contains(m, StringComparison.Ordinal)).Select(m => $"{what}: shows «{m}»"));
    }

    /// <summary>Every id of B's rows, by the name a route gives its parameter.</summary>
    private async Task<Dictionary<string, string[]>> IdsAsync(Guid draft)
    {
        await using var scope = factory.Scope(out var db);
        var document = await db.Documents.Where(d => d.Id != draft).Select(d => d.Id).SingleAsync();
        var service = await db.Services.Select(s => s.Id).FirstAsync();
        var person = await db.People.Where(p => p.UserId != null).Select(p => p.Id).FirstAsync();
        var invitee = await db.People.Where(p => p.UserId == null).FirstAsync();
        invitee.Email = "deputy77@school77.test";
        await db.SaveChangesAsync();
        var invited = await scope.ServiceProvider.GetRequiredService<PolicyPortal.Web.Accounts.StaffInvitations>().InviteAsync(invitee.Id, "test");
        Assert.True(invited.Succeeded, invited.Message);
        return new(StringComparer.OrdinalIgnoreCase)
        {
            // «id» names a document on most routes, a person on the staff card, a service on its page.
            ["id"] = [document.ToString(), draft.ToString(), person.ToString(), service.ToString()],
            ["part"] = ["requisites"],
            ["number"] = ["1"],
            ["code"] = ["404"],
            ["token"] = [invited.Link![(invited.Link!.LastIndexOf('/') + 1)..]],
            // A query parameter of the scan handler, not a route's.
            ["acknowledgementId"] = [(await db.Acknowledgements.Select(a => a.Id).FirstAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture)],
        };
    }

    /// <summary>The route's address once for each of B's ids its parameters can take.</summary>
    private static IEnumerable<string> Fill(string pattern, Dictionary<string, string[]> ids)
    {
        var parsed = Microsoft.AspNetCore.Routing.Patterns.RoutePatternFactory.Parse(pattern);
        IEnumerable<string> paths = [""];
        foreach (var segment in parsed.PathSegments)
        {
            IEnumerable<string> texts = [""];
            foreach (var part in segment.Parts)
            {
                string[] values = part switch
                {
                    Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => [literal.Content],
                    Microsoft.AspNetCore.Routing.Patterns.RoutePatternSeparatorPart separator => [separator.Content],
                    Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter => ids.TryGetValue(parameter.Name, out var known)
                        ? known
                        : throw new InvalidOperationException($"Route {pattern}: no id of B for «{parameter.Name}»; add one to IdsAsync."),
                    _ => [""],
                };
                texts = texts.SelectMany(t => values.Select(v => t + v)).ToList();
            }

            paths = paths.SelectMany(p => texts.Select(t => p + "/" + t)).ToList();
        }

        return paths;
    }

    /// <summary>Routes with a parameter, from the endpoint data sources, each with its POST handlers (null: the unnamed one)
    /// and its named GET handlers.</summary>
    private async Task<List<(string Pattern, List<string?> PostHandlers, List<string> GetHandlers)>> RoutesWithIdsAsync()
    {
        var loader = factory.Services.GetRequiredService<PageLoader>();
        var routes = new List<(string, List<string?>, List<string>)>();
        foreach (var endpoint in factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.RoutePattern.Parameters.Count == 0)
            {
                continue;
            }

            var handlers = new List<string?>();
            var getHandlers = new List<string>();
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                handlers.AddRange(compiled.HandlerMethods.Where(h => h.HttpMethod == "POST").Select(h => h.Name).Distinct());
                getHandlers.AddRange(compiled.HandlerMethods.Where(h => h.HttpMethod == "GET" && h.Name is not null).Select(h => h.Name!).Distinct());
            }
            else if (endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("POST") == true)
            {
                handlers.Add(null);
            }

            routes.Add((endpoint.RoutePattern.RawText!, handlers, getHandlers));
        }

        return routes;
    }

    /// <summary>Everything of B in every institution-owned table, serialised: equal before and after means nothing changed.</summary>
    private async Task<string> FingerprintOfBAsync()
    {
        await using var scope = factory.Scope(out var db);
        var parts = new List<string>();
        foreach (var type in db.Model.GetEntityTypes().Where(InstitutionModel.IsOwned).OrderBy(t => t.Name))
        {
            var rows = await ((IQueryable<object>)typeof(IsolationTests).GetMethod(nameof(RowsOf), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                .MakeGenericMethod(type.ClrType).Invoke(null, [db, factory.IdB])!).ToListAsync();
            parts.Add($"{type.Name}: {rows.Count} {JsonSerializer.Serialize(rows)}");
        }

        return string.Join("\n", parts);
    }

    private static IQueryable<object> RowsOf<T>(AppDbContext db, int institution) where T : class =>
        db.Set<T>().IgnoreQueryFilters().AsNoTracking().Where(e => EF.Property<int>(e, InstitutionModel.Column) == institution);

    public void Dispose()
    {
        factory.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteIsolationTests() : IsolationTests(DatabaseProvider.Sqlite);

public sealed class PostgreSqlIsolationTests() : IsolationTests(DatabaseProvider.PostgreSql);
