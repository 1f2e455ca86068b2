using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Publishing;

namespace PolicyPortal.IntegrationTests.Public;

/// <summary>A superseded document is marked as such wherever shown or downloaded; the signed file itself is not altered.</summary>
public sealed class SupersededMarkingTests : IAsyncLifetime
{
    private readonly PortalFactory factory = new();
    private FormClient director = default!;
    private FormClient visitor = default!;

    public async Task InitializeAsync()
    {
        director = await TestAccounts.SetUpAsync(factory);
        visitor = factory.CreateFormClient();
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    private async Task<byte[]> StoreReadyPdfAsync(Guid id, string text)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("%PDF-1.7 " + text);
        await using var scope = factory.Scope(out var db);
        db.PublishedFiles.RemoveRange(db.PublishedFiles.Where(f => f.DocumentId == id && f.Kind == PublishedFileKind.Package));
        var file = PublishedFile.Pending(id, PublishedFileKind.Package, 0, "Приказ № 44 от 01.09.2026.pdf", DateTimeOffset.UtcNow);
        file.Complete(bytes, DateTimeOffset.UtcNow);
        db.PublishedFiles.Add(file);
        await db.SaveChangesAsync();
        return bytes;
    }

    [Fact]
    public async Task The_superseded_pdf_is_named_so_and_is_still_the_signed_bytes_that_verify()
    {
        var first = await DocumentArrange.CreateReadyDraftAsync(factory, director, "44");
        await DocumentArrange.PublishAsync(director, first);
        var signed = await StoreReadyPdfAsync(first, "приказ № 44");
        var inForce = await visitor.Http.GetAsync($"/documents/{first}/pdf");
        Assert.Equal("Приказ № 44 от 01.09.2026.pdf", inForce.Content.Headers.ContentDisposition!.FileNameStar);

        var second = await DocumentArrange.CreateReadyDraftAsync(factory, director, "45");
        await DocumentArrange.PublishAsync(director, second, supersedes: first);
        var lapsed = await visitor.Http.GetAsync($"/documents/{first}/pdf");

        Assert.Equal("Утратил силу. Приказ № 44 от 01.09.2026.pdf", lapsed.Content.Headers.ContentDisposition!.FileNameStar);
        var bytes = await lapsed.Content.ReadAsByteArrayAsync();
        Assert.Equal(signed, bytes);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        await using (factory.Scope(out var db))
        {
            Assert.Equal(hash, (await db.PublishedFiles.SingleAsync(f => f.DocumentId == first && f.Kind == PublishedFileKind.Package)).Sha256);
        }

        var (_, verified) = await visitor.GetAsync($"/verify?sha256={hash}");
        Assert.Contains("утратил силу", verified.QuerySelector(".verify-result")!.TextContent);
    }

    [Fact]
    public async Task The_superseded_documents_page_says_so_above_its_text_and_on_every_download()
    {
        var first = await DocumentArrange.CreateReadyDraftAsync(factory, director, "44");
        await DocumentArrange.PublishAsync(director, first);
        var second = await DocumentArrange.CreateReadyDraftAsync(factory, director, "45");
        await DocumentArrange.PublishAsync(director, second, supersedes: first);

        var (_, earlier) = await visitor.GetAsync($"/documents/{first}");
        var (_, current) = await visitor.GetAsync($"/documents/{second}");
        var (_, special) = await visitor.GetAsync($"/a11y/documents/{first}");

        Assert.StartsWith("Утратил силу", earlier.QuerySelector(".superseded-banner")!.TextContent);
        Assert.NotNull(earlier.QuerySelector(".public-paper.superseded"));
        var downloads = earlier.QuerySelectorAll("a[download]");
        Assert.NotEmpty(downloads);
        Assert.All(downloads, a => Assert.Contains("утратил силу", a.TextContent));
        Assert.NotNull(special.QuerySelector(".superseded-banner"));
        Assert.Null(current.QuerySelector(".superseded-banner"));
        Assert.All(current.QuerySelectorAll("a[download]"), a => Assert.DoesNotContain("утратил силу", a.TextContent));
    }
}
