using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.Web.Institutions;
using PolicyPortal.Web.Publishing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;
using Xunit.Abstractions;

namespace PolicyPortal.IntegrationTests.Documents;

/// <summary>The stored PDFs of a published order, read back with PdfPig.</summary>
public sealed class PublishedOrderPdfTests(PublishedOrderFixture fixture, ITestOutputHelper output) : IClassFixture<PublishedOrderFixture>
{
    private byte[] Package => fixture.Package.Bytes;

    [Fact]
    public void Publication_stores_the_package_and_one_ready_pdf_per_appendix_with_its_hash()
    {
        Assert.Equal(1 + fixture.Content.Appendices.Count, fixture.Files.Count);
        Assert.All(fixture.Files, f =>
        {
            Assert.Equal(PublishedFileStatus.Ready, f.Status);
            Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(f.Bytes, 0, 5), StringComparison.Ordinal);
            Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(f.Bytes)), f.Sha256);
        });
        Assert.Equal("Приказ № 44 от 25.04.2025.pdf", fixture.Package.FileName);
        Assert.Contains(fixture.Files, f => f.FileName == "Приложение 3 к приказу № 44 от 25.04.2025.pdf");
    }

    [Fact]
    public void Every_word_of_the_content_is_in_the_pdf_in_order_with_cyrillic_intact()
    {
        var pdfWords = PdfReading.Words(string.Join(' ', PdfReading.PageTexts(Package)));
        var missing = PdfReading.FirstMissingInOrder(PdfReading.ContentWords(fixture.Content), pdfWords);
        Assert.Null(missing);
    }

    [Fact]
    public void The_first_page_carries_the_requisites()
    {
        var first = PdfReading.PageTexts(Package)[0];
        Assert.Contains("Министерство образования и науки Тамбовской области", first, StringComparison.Ordinal);
        Assert.Contains("ПРИКАЗ", first, StringComparison.Ordinal);
        Assert.Contains("25.04.2025", first, StringComparison.Ordinal);
        Assert.Contains("г. Уварово", first, StringComparison.Ordinal);
        Assert.Contains("№ 44", first, StringComparison.Ordinal);
        Assert.Contains("О применении сервисов взаимодействия", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_appendix_starts_a_page_with_its_grif_filled_from_the_order()
    {
        var pages = PdfReading.PageTexts(Package);
        for (var n = 1; n <= fixture.Content.Appendices.Count; n++)
        {
            var grif = $"Приложение {n} УТВЕРЖДЕНО приказом директора ТОГБПОУ «Уваровский политехнический колледж» от 25.04.2025 № 44";
            var page = pages.ToList().FindIndex(p => p.Contains(grif, StringComparison.Ordinal));
            Assert.True(page > 0, $"No page with the grif of appendix {n}");
            Assert.DoesNotContain(fixture.Content.Appendices[n - 1].Title, pages[page - 1], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_roster_lists_every_activity_and_person()
    {
        var text = string.Join(' ', PdfReading.PageTexts(fixture.Files.Single(f => f.AppendixNumber == 3).Bytes));
        foreach (var group in fixture.Content.Appendices[2].Roster)
        {
            Assert.Contains(group.Activity, text, StringComparison.Ordinal);
            Assert.All(group.Persons, p => Assert.Contains(p.FullName, text, StringComparison.Ordinal));
        }

        Assert.Contains("Направление работы", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_are_numbered_at_the_top_from_page_two()
    {
        using var pdf = PdfDocument.Open(Package);
        Assert.InRange(pdf.NumberOfPages, 6, 20);
        foreach (var page in pdf.GetPages())
        {
            var top = page.GetWords().Where(w => w.BoundingBox.Bottom > page.Height - Millimetres(20)).Select(w => w.Text).ToList();
            if (page.Number == 1)
            {
                Assert.DoesNotContain("1", top);
            }
            else
            {
                Assert.Equal([page.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)], top);
            }
        }
    }

    [Fact]
    public void A_qr_code_image_sits_at_the_bottom_right_of_page_one_only()
    {
        using var pdf = PdfDocument.Open(Package);
        var page = pdf.GetPage(1);
        var image = Assert.Single(page.GetImages());
        Assert.True(image.BoundingBox.Left > page.Width / 2, "the QR code is on the right");
        Assert.True(image.BoundingBox.Top < Millimetres(35), "the QR code is at the bottom");
        // 17 mm (DocumentQr) ± 1 mm, measured on the printed page.
        Assert.InRange(image.BoundingBox.Width, Millimetres(16), Millimetres(18));
        Assert.InRange(image.BoundingBox.Height, Millimetres(16), Millimetres(18));
        output.WriteLine(
            $"QR {ToMm(image.BoundingBox.Width):0.0}×{ToMm(image.BoundingBox.Height):0.0} mm, {ToMm(page.Width - image.BoundingBox.Right):0.0} mm from the right edge, {ToMm(image.BoundingBox.Bottom):0.0} mm from the bottom edge");
        Assert.All(pdf.GetPages().Skip(1), p => Assert.Empty(p.GetImages()));
    }

    [Fact]
    public void The_pdf_is_tagged_and_has_bookmarks_for_the_appendices_and_sections()
    {
        using var pdf = PdfDocument.Open(Package);
        Assert.True(pdf.Structure.Catalog.CatalogDictionary.ContainsKey(NameToken.Create("StructTreeRoot")), "no structure tree");
        Assert.True(pdf.Structure.Catalog.CatalogDictionary.ContainsKey(NameToken.Create("MarkInfo")), "not marked as tagged");
        Assert.True(pdf.TryGetBookmarks(out var bookmarks), "no outline");
        // Chromium drops the space where a heading wraps, so titles are compared without spaces.
        var titles = bookmarks.GetNodes().Select(b => NoSpaces(b.Title)).ToList();
        Assert.Equal(NoSpaces(fixture.Content.Requisites.Title), titles[0]);
        Assert.Contains(NoSpaces("С приказом ознакомлены:"), titles);
        Assert.All(fixture.Content.Appendices, a => Assert.Contains(NoSpaces(a.Title), titles));
        Assert.All(fixture.Content.Appendices[0].Sections, s => Assert.Contains(NoSpaces($"{s.Number} {s.Title}"), titles));
    }

    [Fact]
    public void A_published_pdf_has_no_draft_watermark()
    {
        Assert.DoesNotContain(PdfReading.PageTexts(Package), p => p.Contains("ПРОЕКТ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_qr_payload_is_the_public_page_of_the_document()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var site = await scope.ServiceProvider.GetRequiredService<InstitutionAddresses>().CurrentAsync();
        Assert.Equal($"https://uvarovo-college.test/documents/{fixture.Document.Id}", site.DocumentLink(fixture.Document.Id));
    }

    private static string NoSpaces(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static double Millimetres(double mm) => mm / 25.4 * 72;

    private static double ToMm(double points) => points / 72 * 25.4;
}
