using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.IntegrationTests.Documents;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Acknowledgements;
using PolicyPortal.Web.Publishing;

namespace PolicyPortal.IntegrationTests.Acknowledgements;

public sealed class AcknowledgementSheetTests : IAsyncLifetime
{
    private readonly AcknowledgementPortalFactory factory = new(withPdfs: true);
    private FormClient director = default!;

    public async Task InitializeAsync() => director = await TestAccounts.SetUpAsync(factory);

    [Fact]
    public async Task The_sheet_lists_each_person_with_moscow_time_and_how_and_the_version_hash_and_is_cached_until_the_next_acknowledgement()
    {
        var order = await AcknowledgementArrange.PublishOrderAsync(factory, director, people: 2);
        var deputy = await AcknowledgementArrange.SignerAsync(factory, director, order.People[0], "deputy@college.test");
        await AcknowledgementArrange.SignAsync(deputy, order.DocumentId);

        await using var scope = factory.Scope(out var db);
        var row = await db.Acknowledgements.SingleAsync();
        var document = await db.Documents.SingleAsync(d => d.Id == order.DocumentId);
        var package = await db.PublishedFiles.SingleAsync(f => f.DocumentId == order.DocumentId && f.Kind == PublishedFileKind.Package);
        Assert.Equal(package.Sha256, row.PdfSha256);

        var url = $"/director/documents/{order.DocumentId}/acknowledgements?handler=Sheet";
        var first = await director.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/pdf", first.Content.Headers.ContentType!.MediaType);
        var pdf = await first.Content.ReadAsByteArrayAsync();
        var text = string.Join(' ', PdfReading.PageTexts(pdf));
        var moscow = TimeZoneInfo.ConvertTime(row.SignedAt, TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow"));
        Assert.Contains("Лист ознакомления", text);
        Assert.Null(PdfReading.FirstMissingInOrder(PdfReading.Words(order.People[0].FullName), PdfReading.Words(text)));
        Assert.Contains(moscow.ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture), text);
        Assert.Contains(AcknowledgementSheet.Electronic, text);
        Assert.Null(PdfReading.FirstMissingInOrder(PdfReading.Words(order.People[1].FullName), PdfReading.Words(text)));
        Assert.Contains(document.SnapshotHash!, text.Replace(" ", ""));
        Assert.Contains("№ 44", text);
        // The number and date are in the title above: not repeated as «Номер: 44; дата: …».
        Assert.DoesNotContain("Номер:", text, StringComparison.Ordinal);
        var fileName = first.Content.Headers.ContentDisposition!.FileNameStar ?? first.Content.Headers.ContentDisposition.FileName!;
        Assert.StartsWith("Лист ознакомления — Приказ № 44", fileName, StringComparison.Ordinal);
        Assert.True(fileName.Length < 80, fileName);

        // The same bytes until someone else acknowledges; then the sheet shows them too.
        Assert.Equal(pdf, await director.Http.GetByteArrayAsync(url));
        var colleague = await AcknowledgementArrange.SignerAsync(factory, director, order.People[1], "teacher@college.test");
        await AcknowledgementArrange.SignAsync(colleague, order.DocumentId);
        var second = string.Join(' ', PdfReading.PageTexts(await director.Http.GetByteArrayAsync(url)));
        Assert.Equal(2, second.Split(AcknowledgementSheet.Electronic).Length - 1);
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }
}
