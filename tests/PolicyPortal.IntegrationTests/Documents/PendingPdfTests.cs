using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Publishing;

namespace PolicyPortal.IntegrationTests.Documents;

public sealed class PendingPdfTests : IDisposable
{
    private readonly PdfPortalFactory factory = new("/nonexistent/chromium");

    [Fact]
    public async Task Without_a_browser_the_pdfs_wait_with_a_russian_reason_and_a_later_retry_renders_them()
    {
        using var admin = await TestAccounts.SetUpAsync(factory);
        var document = await factory.SaveAsync(PdfPortalFactory.CollegeOrder());

        await factory.RenderPdfsAsync(document.Id);

        await using (var scope = factory.Scope(out var db))
        {
            var files = await db.PublishedFiles.AsNoTracking().Where(f => f.DocumentId == document.Id).ToListAsync();
            Assert.Equal(5, files.Count);
            Assert.All(files, f =>
            {
                Assert.Equal(PublishedFileStatus.Pending, f.Status);
                Assert.StartsWith("Не удалось запустить браузер для печати PDF", f.Error, StringComparison.Ordinal);
                Assert.Empty(f.Bytes);
            });
        }

        using var anonymous = factory.CreateClient();
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, (await anonymous.GetAsync($"/documents/{document.Id}/pdf")).StatusCode);

        // The administrator fixes Pdf:ChromiumPath and restarts the portal; the retrier picks the pending files up.
        factory.ChromiumPath = PdfPortalFactory.Chromium;
        using var fixedPortal = factory.WithWebHostBuilder(_ => { });
        await using (var scope = fixedPortal.Services.CreateAsyncScope())
        {
            await PendingPdfRetrier.RetryAsync(scope.ServiceProvider, CancellationToken.None);
        }

        await using (var scope = factory.Scope(out var db))
        {
            var files = await db.PublishedFiles.AsNoTracking().Where(f => f.DocumentId == document.Id).ToListAsync();
            Assert.Equal(5, files.Count);
            Assert.All(files, f =>
            {
                Assert.Equal(PublishedFileStatus.Ready, f.Status);
                Assert.Null(f.Error);
                Assert.Equal(2, f.Attempts);
            });
        }
    }

    [Fact]
    public async Task Publishing_without_a_browser_succeeds_and_the_director_sees_why_the_pdfs_wait()
    {
        using var director = await TestAccounts.SetUpAsync(factory);
        var id = await DocumentArrange.CreateReadyDraftAsync(factory, director);

        var published = await DocumentArrange.PublishAsync(director, id);

        Assert.True(FormClient.IsRedirectTo(published, $"/director/documents/{id}"));
        Assert.Equal(Domain.Documents.DocumentStatus.Published, (await DocumentArrange.LoadAsync(factory, id)).Status);
        var (_, overview) = await director.GetAsync($"/director/documents/{id}");
        var pending = overview.QuerySelector(".file-list .inline-notice")!.TextContent;
        Assert.Contains("Не удалось запустить браузер для печати PDF", pending);
        Assert.Contains("повторной попыткой", pending);
    }

    [Fact]
    public async Task Rendering_again_never_changes_a_ready_pdf()
    {
        factory.ChromiumPath = PdfPortalFactory.Chromium;
        _ = factory.Server;
        var document = await factory.SaveAsync(PdfPortalFactory.CollegeOrder());
        await factory.RenderPdfsAsync(document.Id);
        var before = await Hashes(document.Id);

        await factory.RenderPdfsAsync(document.Id);

        Assert.Equal(before, await Hashes(document.Id));
    }

    private async Task<Dictionary<Guid, (string Sha256, int Attempts)>> Hashes(Guid documentId)
    {
        await using var scope = factory.Scope(out var db);
        return await db.PublishedFiles.Where(f => f.DocumentId == documentId).ToDictionaryAsync(f => f.Id, f => (f.Sha256, f.Attempts));
    }

    public void Dispose() => factory.Dispose();
}
