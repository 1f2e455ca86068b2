using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Import;
using PolicyPortal.IntegrationTests.Printing;
using PolicyPortal.Web.Printing;
using PolicyPortal.Web.Publishing;
using UglyToad.PdfPig;

namespace PolicyPortal.IntegrationTests.Documents;

/// <summary>The three seed documents, imported, published and printed: the PDF must carry what the import kept.</summary>
public sealed class SeedPdfTests(SeedPdfTests.Portal portal) : IClassFixture<SeedPdfTests.Portal>
{
    public sealed class Portal : IDisposable
    {
        public PdfPortalFactory Factory { get; } = new();

        public void Dispose() => Factory.Dispose();
    }

    [Theory]
    [InlineData("uvarovo-order-44-2025.txt")]
    [InlineData("kaliningrad-school58-order-1065-2024.txt")]
    [InlineData("balakovo-bpt-poryadok-2025.txt")]
    public async Task An_imported_seed_prints_every_recognised_word_in_order_and_nothing_its_source_lacks(string seed)
    {
        var source = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Seeds", seed));
        var content = DocumentImporter.Import(source).Content;

        var pdf = await PublishAndRenderAsync(content, seed);

        var pages = PdfReading.PageTexts(pdf);
        Assert.Null(PdfReading.FirstMissingInOrder(PdfReading.ContentWords(content), PdfReading.Words(string.Join(' ', pages))));
        var extra = PortalRequisites.NotInSource(source, pages);
        Assert.True(extra.Count == 0, $"{seed}: the PDF prints words its source lacks (not the portal's own requisites): {PortalRequisites.InContext(extra, pages)}");

        using var document = PdfDocument.Open(pdf);
        Assert.InRange(document.NumberOfPages, 3, 40);
        var first = PdfReading.PageTexts(pdf)[0];
        if (content.Requisites.Number.Length > 0 || content.Approval is null)
        {
            Assert.Contains(DocumentText.Numbered(content.Requisites.Number).Replace('\u00A0', ' '), first, StringComparison.Ordinal);
        }
        else
        {
            // A regulation approved by an order and without a number of its own gets no invented «№ ____».
            Assert.DoesNotContain("№ ____", first, StringComparison.Ordinal);
        }
        if (content.Requisites.Date is { } date)
        {
            // Printed as the source wrote it («25 ноября 2024 г.») when it did.
            Assert.Contains(DocumentText.Date(date, content.Requisites.DateAsWritten), first, StringComparison.Ordinal);
        }

        var appendices = content.Kind == DocumentKind.StandaloneRegulation ? content.Appendices.Count - 1 : content.Appendices.Count;
        for (var n = 1; n <= appendices; n++)
        {
            // An appendix its source printed without a grif gets none («Приложение N» is not invented).
            var appendix = content.Appendices[content.Kind == DocumentKind.StandaloneRegulation ? n : n - 1];
            if (!appendix.WithoutGrif)
            {
                Assert.Contains(PdfReading.PageTexts(pdf), p => p.Contains($"Приложение {n}", StringComparison.Ordinal));
            }
        }

        foreach (var person in content.Appendices.SelectMany(a => a.Roster).SelectMany(g => g.Persons).Where(p => p.FullName.Length > 0))
        {
            Assert.Contains(PdfReading.Normal(person.FullName), string.Join(' ', PdfReading.PageTexts(pdf)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_balakovo_procedure_prints_its_council_mark_and_approving_order_as_the_source_has_them()
    {
        var source = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Seeds", "balakovo-bpt-poryadok-2025.txt"));
        var content = DocumentImporter.Import(source).Content;

        var first = PdfReading.Normal(PdfReading.PageTexts(await PublishAndRenderAsync(content, "balakovo-approval"))[0]);

        Assert.Contains("ПРИНЯТО", first, StringComparison.Ordinal);
        Assert.Contains("Советом ГАПОУ СФ «БПТ» (протокол от 13.10.2025г. № 7)", first, StringComparison.Ordinal);
        Assert.Contains("приказом директора ГАПОУ СО «БПТ»", first, StringComparison.Ordinal);
        Assert.Contains("от 13.10.2025г. № 422", first, StringComparison.Ordinal);
        Assert.DoesNotContain("УТВЕРЖДАЮ", first, StringComparison.Ordinal);
        Assert.DoesNotContain("ОТЯНИЯП", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_kaliningrad_order_prints_no_acknowledgement_table_its_source_lacks()
    {
        var source = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Seeds", "kaliningrad-school58-order-1065-2024.txt"));
        var content = DocumentImporter.Import(source).Content;

        var pages = PdfReading.PageTexts(await PublishAndRenderAsync(content, "kaliningrad-acknowledgement"));

        Assert.DoesNotContain(pages, p => p.Contains("ознакомлены", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_kaliningrad_order_prints_its_command_word_on_a_line_of_its_own()
    {
        var source = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Seeds", "kaliningrad-school58-order-1065-2024.txt"));
        var content = DocumentImporter.Import(source).Content;

        var lines = PdfText.Lines(await PublishAndRenderAsync(content, "kaliningrad-command-word"));

        Assert.Contains("ПРИКАЗЫВАЮ:", lines.Select(l => l.Trim()));
    }

    [Fact]
    public async Task The_uvarovo_roster_prints_the_column_headers_of_its_source()
    {
        var source = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Seeds", "uvarovo-order-44-2025.txt"));
        var content = DocumentImporter.Import(source).Content;

        var text = PdfReading.Normal(string.Join(' ', PdfReading.PageTexts(await PublishAndRenderAsync(content, "uvarovo-headers"))));

        Assert.Contains("Наименование мероприятия", text, StringComparison.Ordinal);
        Assert.Contains("ФИО ответственного лица", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Направление работы", text, StringComparison.Ordinal);
    }

    private async Task<byte[]> PublishAndRenderAsync(DocumentContent content, string seed)
    {
        var document = await portal.Factory.SaveAsync(content);
        await portal.Factory.RenderPdfsAsync(document.Id);
        await using var scope = portal.Factory.Scope(out var db);
        var package = await db.PublishedFiles.AsNoTracking().SingleAsync(f => f.DocumentId == document.Id && f.Kind == PublishedFileKind.Package);
        Assert.Equal(PublishedFileStatus.Ready, package.Status);
        if (Environment.GetEnvironmentVariable("PP_PDF_OUT") is { Length: > 0 } folder)
        {
            await File.WriteAllBytesAsync(Path.Combine(Directory.CreateDirectory(folder).FullName, Path.ChangeExtension(seed, ".pdf")), package.Bytes);
        }

        return package.Bytes;
    }
}
