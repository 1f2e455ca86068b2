using System.Security.Cryptography;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Publishing;

namespace PolicyPortal.IntegrationTests.Public;

/// <summary>«Проверить документ»: a SHA-256 names the published document, its edition and status, who signed and when.</summary>
public sealed class VerifyPageTests : IAsyncLifetime
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
    public async Task A_superseded_documents_hash_names_it_its_status_its_replacement_and_its_signatory()
    {
        var first = await DocumentArrange.CreateReadyDraftAsync(factory, director, "44");
        await DocumentArrange.PublishAsync(director, first);
        var second = await DocumentArrange.CreateReadyDraftAsync(factory, director, "45");
        await DocumentArrange.PublishAsync(director, second, supersedes: first);
        var earlier = await DocumentArrange.LoadAsync(factory, first);

        var (_, page) = await visitor.GetAsync($"/verify?sha256={earlier.SnapshotHash!.ToUpperInvariant()}");

        var result = page.QuerySelector(".verify-result")!;
        Assert.NotNull(result.QuerySelector($"a[href='/documents/{first}']"));
        Assert.Contains("утратил силу", result.TextContent);
        Assert.NotNull(result.QuerySelector($"a[href='/documents/{second}']"));
        Assert.Contains("Ермакова", result.TextContent);
        Assert.Contains("Рыбаков Сергей Сергеевич", result.TextContent);
    }

    [Fact]
    public async Task A_pdfs_hash_names_the_file_and_the_document_page_shows_it_next_to_the_download()
    {
        var id = await DocumentArrange.CreateReadyDraftAsync(factory, director, "44");
        await DocumentArrange.PublishAsync(director, id);
        var bytes = "%PDF-1.7 напечатанный приказ"u8.ToArray();
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        await using (var scope = factory.Scope(out var db))
        {
            db.PublishedFiles.RemoveRange(db.PublishedFiles.Where(f => f.DocumentId == id && f.Kind == PublishedFileKind.Package));
            var file = PublishedFile.Pending(id, PublishedFileKind.Package, 0, "prikaz-44.pdf", DateTimeOffset.UtcNow);
            file.Complete(bytes, DateTimeOffset.UtcNow);
            db.PublishedFiles.Add(file);
            await db.SaveChangesAsync();
        }

        var (_, verified) = await visitor.GetAsync($"/verify?sha256={hash}");
        var (_, document) = await visitor.GetAsync($"/documents/{id}");

        Assert.Contains("файл PDF всего документа", verified.QuerySelector(".verify-result")!.TextContent);
        Assert.Contains("действует", verified.QuerySelector(".verify-result")!.TextContent);
        Assert.Equal(hash, document.QuerySelector(".downloads .file-hash code")!.TextContent);
    }

    [Theory]
    [InlineData("не-хеш", "64 знака")]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000", "нет")]
    public async Task A_malformed_or_unknown_hash_says_so_in_russian(string sha256, string expected)
    {
        var (_, page) = await visitor.GetAsync($"/verify?sha256={Uri.EscapeDataString(sha256)}");

        Assert.Null(page.QuerySelector(".verify-result"));
        Assert.Contains(expected, page.QuerySelector("[role=alert]")!.TextContent);
    }

    public Task DisposeAsync()
    {
        visitor.Dispose();
        director.Dispose();
        factory.Dispose();
        return Task.CompletedTask;
    }
}
