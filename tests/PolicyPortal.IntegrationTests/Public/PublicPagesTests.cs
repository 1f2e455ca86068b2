using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using PolicyPortal.Domain.Documents;
using PolicyPortal.IntegrationTests.Infrastructure;

namespace PolicyPortal.IntegrationTests.Public;

public sealed class PublicPagesTests : IAsyncLifetime
{
    private readonly PortalFactory factory = new();
    private FormClient director = default!;
    private FormClient visitor = default!;

    public async Task InitializeAsync()
    {
        director = await TestAccounts.SetUpAsync(factory);
        visitor = factory.CreateFormClient();
    }

    [Fact]
    public async Task Publishing_evicts_the_cached_public_pages_at_once()
    {
        var (_, empty) = await visitor.GetAsync("/policy");
        Assert.Contains("ещё не опубликован", empty.Body!.TextContent);

        var first = await DocumentArrange.CreateReadyDraftAsync(factory, director, "44");
        await DocumentArrange.PublishAsync(director, first);
        var (_, policy) = await visitor.GetAsync("/policy");
        Assert.Contains("№\u00a044", policy.QuerySelector(".doc-card h2")!.TextContent);

        var second = await DocumentArrange.CreateReadyDraftAsync(factory, director, "45");
        await DocumentArrange.PublishAsync(director, second, supersedes: first);
        (_, policy) = await visitor.GetAsync("/policy");
        Assert.Contains("№\u00a045", policy.QuerySelector(".doc-card h2")!.TextContent);
        var (_, archive) = await visitor.GetAsync("/documents");
        Assert.Contains("утратил силу", archive.QuerySelector($"tr:has(a[href='/documents/{first}'])")!.TextContent);
        var (_, earlier) = await visitor.GetAsync($"/documents/{first}");
        Assert.NotNull(earlier.QuerySelector($"a[href='/documents/{second}']"));
    }

    [Fact]
    public async Task Anonymous_pages_are_served_from_the_cache_until_a_publication()
    {
        var first = await DocumentArrange.CreateReadyDraftAsync(factory, director, "44");
        await DocumentArrange.PublishAsync(director, first);
        await visitor.GetAsync("/documents");

        // A change behind the portal's back (not a publication) is not seen: the page comes from the cache.
        await using (var scope = factory.Scope(out var db))
        {
            var sneaky = PolicyDocument.CreateDraft(new DocumentContent { Requisites = { Number = "999", Title = "Мимо кэша" } }, "test", DateTimeOffset.UtcNow);
            sneaky.Publish(DocumentArrange.ApprovedOnPaper, "test", DateTimeOffset.UtcNow);
            db.Documents.Add(sneaky);
            await db.SaveChangesAsync();
        }

        var (_, cached) = await visitor.GetAsync("/documents");
        Assert.DoesNotContain("Мимо кэша", cached.Body!.TextContent);

        // Signed-in staff are never served from the cache.
        var (_, fresh) = await director.GetAsync("/documents");
        Assert.Contains("Мимо кэша", fresh.Body!.TextContent);

        var second = await DocumentArrange.CreateReadyDraftAsync(factory, director, "45");
        await DocumentArrange.PublishAsync(director, second, supersedes: first);
        var (_, evicted) = await visitor.GetAsync("/documents");
        Assert.Contains("Мимо кэша", evicted.Body!.TextContent);
    }

    [Fact]
    public async Task Public_responses_set_no_cookie_and_carry_no_form()
    {
        var first = await DocumentArrange.CreateReadyDraftAsync(factory, director, "44");
        await DocumentArrange.PublishAsync(director, first);
        var second = await DocumentArrange.CreateReadyDraftAsync(factory, director, "45");
        await DocumentArrange.PublishAsync(director, second, supersedes: first);

        string[] urls =
        [
            "/", "/policy", "/documents", $"/documents/{first}", $"/documents/{second}/changes", "/embed/policy",
            "/a11y", "/a11y/documents", $"/a11y/documents/{second}", $"/a11y/documents/{second}/changes",
            "/api/policy.json", $"/api/documents/{first}.json", "/documents/feed.atom",
        ];
        foreach (var url in urls)
        {
            for (var attempt = 0; attempt < 2; attempt++) // the first fills the cache, the second is served from it
            {
                var response = await visitor.Http.GetAsync(url);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
                Assert.False(response.Headers.Contains("Set-Cookie"), $"{url} sets a cookie");
                var body = await response.Content.ReadAsStringAsync();
                Assert.DoesNotContain("<form", body, StringComparison.Ordinal);
                Assert.DoesNotContain("__RequestVerificationToken", body, StringComparison.Ordinal);
            }
        }

        // Staff reading a public page see no logout form and no name of theirs either.
        var (_, page) = await director.GetAsync("/policy");
        Assert.Null(page.QuerySelector("form"));
        Assert.DoesNotContain(TestAccounts.AdminEmail, page.Body!.TextContent);
    }

    [Fact]
    public async Task Drafts_are_not_found_at_any_public_address()
    {
        var published = await DocumentArrange.CreateReadyDraftAsync(factory, director, "44");
        await DocumentArrange.PublishAsync(director, published);
        var draft = await DocumentArrange.CreateReadyDraftAsync(factory, director, "45");

        string[] guesses =
        [
            $"/documents/{draft}", $"/a11y/documents/{draft}", $"/documents/{draft}/changes", $"/a11y/documents/{draft}/changes",
            $"/documents/{published}/changes?from={draft}", $"/documents/{draft}/pdf", $"/documents/{draft}/appendix/1/pdf",
            $"/api/documents/{draft}.json", $"/documents/{Guid.NewGuid()}",
        ];
        foreach (var url in guesses)
        {
            var response = await visitor.Http.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url}: {(int)response.StatusCode}");
        }

        foreach (var url in new[] { "/policy", "/documents", "/api/policy.json", "/documents/feed.atom", "/embed/policy" })
        {
            Assert.DoesNotContain(draft.ToString(), await visitor.Http.GetStringAsync(url), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Json_gives_the_snapshot_with_its_hash_and_pdf_links()
    {
        var id = await DocumentArrange.CreateReadyDraftAsync(factory, director, "44");
        await DocumentArrange.PublishAsync(director, id);
        var document = await DocumentArrange.LoadAsync(factory, id);

        var response = await visitor.Http.GetAsync("/api/policy.json");

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(id, root.GetProperty("id").GetGuid());
        Assert.Equal("44", root.GetProperty("number").GetString());
        Assert.Equal("действует", root.GetProperty("status").GetString());
        Assert.Equal(document.SnapshotHash, root.GetProperty("signature").GetProperty("sha256").GetString());
        Assert.Equal("Рыбаков Сергей Сергеевич", root.GetProperty("signature").GetProperty("publishedBy").GetString());
        Assert.EndsWith($"/documents/{id}/pdf", root.GetProperty("pdf").GetString(), StringComparison.Ordinal);
        Assert.EndsWith($"/documents/{id}/appendix/1/pdf", root.GetProperty("appendices")[0].GetProperty("pdf").GetString(), StringComparison.Ordinal);
        // The content is the frozen snapshot itself: its hash is the published one.
        var content = DocumentJson.Deserialize(root.GetProperty("content").GetRawText());
        Assert.Equal(document.SnapshotHash, DocumentJson.Sha256(DocumentJson.Serialize(content)));
    }

    [Fact]
    public async Task Atom_feed_lists_every_publication_with_its_status_and_permanent_link()
    {
        var first = await DocumentArrange.CreateReadyDraftAsync(factory, director, "44");
        await DocumentArrange.PublishAsync(director, first);
        var second = await DocumentArrange.CreateReadyDraftAsync(factory, director, "45");
        await DocumentArrange.PublishAsync(director, second, supersedes: first);

        var response = await visitor.Http.GetAsync("/documents/feed.atom");

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(atom + "feed", feed.Name);
        var entries = feed.Elements(atom + "entry").ToList();
        Assert.Equal(2, entries.Count);
        var earlier = entries.Single(e => e.Element(atom + "id")!.Value == $"urn:uuid:{first}");
        Assert.Equal("Утратил силу.", earlier.Element(atom + "summary")!.Value);
        Assert.Contains("№\u00a044", earlier.Element(atom + "title")!.Value);
        Assert.EndsWith($"/documents/{first}", earlier.Elements(atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_policy_page_shows_the_parents_summary_signature_contents_and_pdfs()
    {
        var id = await DocumentArrange.CreateReadyDraftAsync(factory, director, "44");
        await DocumentArrange.PublishAsync(director, id);
        var document = await DocumentArrange.LoadAsync(factory, id);

        var (_, page) = await visitor.GetAsync("/");

        Assert.Equal("ru", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Как связаться с колледжем", page.QuerySelector(".contacts h2")!.TextContent);
        Assert.Contains("8:00", page.QuerySelector(".contacts")!.TextContent);
        var mark = page.QuerySelector(".esign")!.TextContent;
        Assert.Contains("Ермакова", mark);
        Assert.Contains("Рыбаков Сергей Сергеевич", mark);
        Assert.Contains(document.SnapshotHash!, mark);
        Assert.NotNull(page.QuerySelector($"a[href='/documents/{id}/pdf']"));
        // Every link of the table of contents leads to an element of the text.
        var anchors = page.QuerySelectorAll(".toc a[href^='#']").Select(a => a.GetAttribute("href")![1..]).ToList();
        Assert.NotEmpty(anchors);
        Assert.All(anchors, anchor => Assert.NotNull(page.GetElementById(anchor)));
        Assert.Equal(document.ReadContent().Appendices.Count, page.QuerySelectorAll(".toc a.pdf-link").Length);
    }

    [Fact]
    public async Task Changes_page_shows_the_changed_words_of_the_new_edition()
    {
        var first = await DocumentArrange.CreateReadyDraftAsync(factory, director, "44");
        await DocumentArrange.PublishAsync(director, first);
        var second = await DocumentArrange.CreateReadyDraftAsync(factory, director, "45");
        await using (var scope = factory.Scope(out var db))
        {
            var draft = await db.Documents.FindAsync(second);
            var content = draft!.ReadContent();
            var clause = content.Appendices[0].Sections.SelectMany(s => s.Clauses).First(c => c.Text.Contains("19:00", StringComparison.Ordinal));
            clause.Text = clause.Text.Replace("19:00", "18:00", StringComparison.Ordinal);
            draft.UpdateDraft(content, "test", DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }

        await DocumentArrange.PublishAsync(director, second, supersedes: first);
        var (_, page) = await visitor.GetAsync($"/documents/{second}/changes");
        // No title after a preposition that would need declining («по сравнению с Приказ № 44…»).
        var lead = page.QuerySelector(".lead")!.TextContent;
        Assert.Matches(@"по сравнению с прежней редакцией:\s+Приказ", lead);
        var (_, versions) = await visitor.GetAsync($"/documents/{second}");
        Assert.DoesNotContain("в редакции Приказ", versions.Body!.TextContent, StringComparison.Ordinal);

        Assert.Contains(page.QuerySelectorAll("del"), d => d.TextContent.Contains("19:00", StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll("ins"), i => i.TextContent.Contains("18:00", StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll("ins"), i => i.TextContent.Contains("45", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Embed_view_may_be_framed_only_by_the_configured_sites()
    {
        await using var embeddable = factory.WithWebHostBuilder(b => b.UseSetting("Site:EmbedOrigins:0", "https://college.example"));
        using var client = embeddable.CreateClient();

        var embed = await client.GetAsync("/embed/policy");
        var policy = await client.GetAsync("/policy");

        Assert.EndsWith("frame-ancestors https://college.example", embed.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self'", policy.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        var unconfigured = await visitor.Http.GetAsync("/embed/policy");
        Assert.EndsWith("frame-ancestors 'none'", unconfigured.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    public Task DisposeAsync()
    {
        visitor.Dispose();
        director.Dispose();
        factory.Dispose();
        return Task.CompletedTask;
    }
}
