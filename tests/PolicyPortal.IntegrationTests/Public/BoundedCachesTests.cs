using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Public;

namespace PolicyPortal.IntegrationTests.Public;

/// <summary>
/// The caches of published documents are bounded (MemoryLimits): beyond its limit the snapshot cache lets the least
/// recently used go, keeps nothing larger than itself, and every page still shows its own document.
/// </summary>
public sealed class BoundedCachesTests : IAsyncLifetime
{
    private readonly PortalFactory factory = new();
    private FormClient director = default!;
    private long snapshotLimit;

    public async Task InitializeAsync()
    {
        // Every public request is rendered (no output cache), so each one asks the snapshot cache.
        factory.WithSetting("PublicPages:OutputCache", "false")
            .WithSetting("Pdf:ChromiumPath", "/nonexistent/chromium")
            .WithSetting("MemoryLimits:OutputCacheMegabytes", "5")
            .WithSetting("MemoryLimits:RenderedDocumentsMegabytes", "3")
            // Made at the first public request, once the documents (and so the limit) are known.
            .WithServices(s => s.AddSingleton(_ => new PublishedSnapshots(snapshotLimit > 0 ? snapshotLimit : throw new InvalidOperationException("No limit yet."))));
        director = await TestAccounts.SetUpAsync(factory);
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void The_output_cache_and_the_rendered_documents_are_sized_by_the_options()
    {
        Assert.Equal(5L * 1024 * 1024, factory.Services.GetRequiredService<IOptions<OutputCacheOptions>>().Value.SizeLimit);
        Assert.Equal(3L * 1024 * 1024, factory.Services.GetRequiredService<IOptions<CacheTagHelperOptions>>().Value.SizeLimit);
    }

    [Fact]
    public async Task Beyond_its_limit_the_snapshot_cache_lets_documents_go_and_every_page_still_shows_its_own()
    {
        var numbers = new[] { "41", "42", "43" };
        var ids = new List<Guid>();
        foreach (var number in numbers)
        {
            var id = await DocumentArrange.CreateReadyDraftAsync(factory, director, number);
            await DocumentArrange.PublishAsync(director, id);
            ids.Add(id);
        }

        long largest;
        await using (var scope = factory.Scope(out var db))
        {
            var snapshots = await db.Documents.Where(d => ids.Contains(d.Id)).Select(d => d.SnapshotJson!).ToListAsync();
            largest = snapshots.Max(PublishedSnapshots.SizeOf);
        }

        // Room for one snapshot, not two.
        snapshotLimit = largest * 3 / 2;
        var kept = factory.Services.GetRequiredService<PublishedSnapshots>();
        var visitor = factory.CreateFormClient();
        foreach (var round in Enumerable.Range(0, 2))
        {
            for (var i = 0; i < ids.Count; i++)
            {
                var page = await visitor.Http.GetStringAsync($"/documents/{ids[i]}");
                Assert.Contains($"Кухарская Оксана Борисовна {numbers[i]}", page, StringComparison.Ordinal);
                Assert.DoesNotContain(numbers.Where((_, j) => j != i).Select(n => $"Кухарская Оксана Борисовна {n}"), other => page.Contains(other, StringComparison.Ordinal));
                Assert.True(kept.Count <= 1, $"round {round}, document {i}: {kept.Count} snapshots kept within room for one");
            }
        }

        // Still a cache: once room is made, the document asked for again is kept.
        var key = ("public-snapshot", ids[0], (await DocumentArrange.LoadAsync(factory, ids[0])).SnapshotHash);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!kept.TryGet<object>(key, out _) && DateTime.UtcNow < deadline)
        {
            Assert.Contains("Кухарская Оксана Борисовна 41", await visitor.Http.GetStringAsync($"/documents/{ids[0]}"), StringComparison.Ordinal);
        }

        Assert.True(kept.TryGet<object>(key, out _), "the snapshot asked for again was never kept");
    }

    [Fact]
    public async Task A_value_larger_than_the_whole_cache_is_returned_and_not_kept()
    {
        using var snapshots = new PublishedSnapshots(sizeLimit: 1000);
        var reads = 0;
        for (var i = 0; i < 2; i++)
        {
            var value = await snapshots.GetOrReadAsync("big", () =>
            {
                reads++;
                return Task.FromResult(("the value", 5000L));
            });
            Assert.Equal("the value", value);
        }

        Assert.Equal(2, reads);
        Assert.Equal(0, snapshots.Count);
    }
}
