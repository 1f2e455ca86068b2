using PolicyPortal.IntegrationTests.Acknowledgements;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Institutions;
using PolicyPortal.Web.Public;

namespace PolicyPortal.IntegrationTests.Institutions;

/// <summary>
/// The public pages' output cache with two institutions: a page cached for A is never served on B's host, and a
/// publication in A evicts A's cached pages while B's stay cached (a region's hundreds of institutions do not all
/// render their pages again because one of them published). «Age» marks a response served from the cache.
/// </summary>
public sealed class InstitutionCacheTests : IAsyncLifetime
{
    private static readonly string[] Pages = ["/policy", "/documents", PublicEndpoints.Feed, PublicEndpoints.PolicyJson];
    private readonly TwoInstitutionsFactory factory = new();
    private FormClient adminA = default!;
    private FormClient adminB = default!;
    private Guid documentB;

    public async Task InitializeAsync()
    {
        // Pending PDFs are enough here: no browser.
        factory.WithSetting("Pdf:ChromiumPath", "/nonexistent/chromium");
        adminA = await TestAccounts.SetUpAsync(factory);
        await factory.AddInstitutionBAsync();
        adminB = await TestAccounts.SignInAsync(factory, TwoInstitutionsFactory.AdminB, TestAccounts.AdminPassword);
        documentB = (await AcknowledgementArrange.PublishOrderAsync(factory, adminB, people: 1, number: "77")).DocumentId;
    }

    [Fact]
    public async Task A_page_cached_on_As_host_is_never_served_on_Bs_host()
    {
        factory.ActAs(CurrentInstitution.Default);
        var documentA = (await AcknowledgementArrange.PublishOrderAsync(factory, adminA, people: 1, number: "44")).DocumentId;
        var anonymousA = factory.CreateFormClient();
        factory.ActAs(factory.IdB);
        var anonymousB = factory.CreateFormClient();
        foreach (var page in Pages)
        {
            await anonymousA.Http.GetAsync(page);
            var cachedA = await anonymousA.Http.GetAsync(page);
            Assert.True(cachedA.Headers.Age is not null, $"{page} on A's host was not cached");
            var onB = await anonymousB.Http.GetAsync(page);
            var body = await onB.Content.ReadAsStringAsync();
            Assert.Contains(documentB.ToString(), body, StringComparison.Ordinal);
            Assert.DoesNotContain(documentA.ToString(), body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_publication_in_A_evicts_As_cached_pages_and_leaves_Bs()
    {
        var anonymousB = factory.CreateFormClient();
        factory.ActAs(CurrentInstitution.Default);
        var first = await AcknowledgementArrange.PublishOrderAsync(factory, adminA, people: 1, number: "43");
        var anonymousA = factory.CreateFormClient();
        foreach (var page in Pages)
        {
            foreach (var client in new[] { anonymousA, anonymousB })
            {
                await client.Http.GetAsync(page);
                Assert.True((await client.Http.GetAsync(page)).Headers.Age is not null, $"{page} was not cached");
            }
        }

        var published = await AcknowledgementArrange.PublishOrderAsync(factory, adminA, people: 1, number: "44", supersedes: first.DocumentId);

        foreach (var page in Pages)
        {
            var fresh = await anonymousA.Http.GetAsync(page);
            Assert.Null(fresh.Headers.Age);
            Assert.Contains(published.DocumentId.ToString(), await fresh.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.True((await anonymousB.Http.GetAsync(page)).Headers.Age is not null, $"{page} of B was evicted by A's publication");
        }
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }
}
