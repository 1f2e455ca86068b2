using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Web.Publishing;

namespace PolicyPortal.IntegrationTests.Documents;

/// <summary>The college order published and its PDFs rendered once, shared by the tests that read them.</summary>
public sealed class PublishedOrderFixture : IAsyncLifetime
{
    public PdfPortalFactory Factory { get; } = new();
    public DocumentContent Content { get; } = PdfPortalFactory.CollegeOrder();
    public PolicyDocument Document { get; private set; } = default!;
    public IReadOnlyList<PublishedFile> Files { get; private set; } = [];

    public PublishedFile Package => Files.Single(f => f.Kind == PublishedFileKind.Package);

    public async Task InitializeAsync()
    {
        _ = Factory.Server;
        Document = await Factory.SaveAsync(Content);
        await Factory.RenderPdfsAsync(Document.Id);
        await using var scope = Factory.Scope(out var db);
        Files = await db.PublishedFiles.AsNoTracking().Where(f => f.DocumentId == Document.Id).ToListAsync();
        if (Environment.GetEnvironmentVariable("PP_PDF_OUT") is { Length: > 0 } folder)
        {
            foreach (var file in Files)
            {
                await File.WriteAllBytesAsync(Path.Combine(Directory.CreateDirectory(folder).FullName, file.FileName), file.Bytes);
            }
        }
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
