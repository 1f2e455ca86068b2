using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using PolicyPortal.IntegrationTests.Documents;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Publishing;
using PolicyPortal.Web.Word;

namespace PolicyPortal.IntegrationTests.Word;

public sealed class DocxEndpointTests : IDisposable
{
    private readonly PdfPortalFactory factory = new();

    [Fact]
    public async Task The_director_downloads_a_draft_and_a_published_order_as_word_files_and_no_one_else_can()
    {
        using var director = await TestAccounts.SetUpAsync(factory);
        var draft = await factory.SaveAsync(PdfPortalFactory.CollegeOrder(), publish: false);
        var published = await factory.SaveAsync(PdfPortalFactory.CollegeOrder());
        using var staff = await TestAccounts.CreateUserAsync(factory, director, "staff@college.test", "Staff");
        using var anonymous = factory.CreateFormClient();

        var draftFile = await director.Http.GetAsync(DocumentDocxEndpoints.Link(draft.Id));
        var publishedFile = await director.Http.GetAsync(DocumentDocxEndpoints.Link(published.Id));

        Assert.Equal(HttpStatusCode.OK, draftFile.StatusCode);
        Assert.Equal(DocumentDocxEndpoints.ContentType, draftFile.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Проект. Приказ № 44 от 25.04.2025.docx", draftFile.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("attachment", draftFile.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains("ПРИКАЗ", DocxExportTests.Lines(await draftFile.Content.ReadAsByteArrayAsync()));
        Assert.Equal(HttpStatusCode.OK, publishedFile.StatusCode);
        Assert.Equal("Приказ № 44 от 25.04.2025 (редактируемая копия).docx", publishedFile.Content.Headers.ContentDisposition?.FileNameStar);

        Assert.Equal(HttpStatusCode.Forbidden, (await staff.Http.GetAsync(DocumentDocxEndpoints.Link(published.Id))).StatusCode);
        var signIn = await anonymous.Http.GetAsync(DocumentDocxEndpoints.Link(published.Id));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/account/login", signIn.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task The_preview_page_links_the_word_file_beside_the_pdf()
    {
        using var director = await TestAccounts.SetUpAsync(factory);
        var draft = await factory.SaveAsync(PdfPortalFactory.CollegeOrder(), publish: false);

        var page = await director.Http.GetStringAsync($"/director/documents/{draft.Id}/preview");

        Assert.Contains($"href=\"{DocumentDocxEndpoints.Link(draft.Id)}\"", page, StringComparison.Ordinal);
        Assert.Contains("Скачать DOCX", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_pdf_link_the_director_sees_has_the_word_file_beside_it()
    {
        using var director = await TestAccounts.SetUpAsync(factory);
        var content = PdfPortalFactory.CollegeOrder();
        var published = await factory.SaveAsync(content);
        await StoreReadyPdfsAsync(published.Id, content.Appendices.Count);
        var docx = $"href=\"{DocumentDocxEndpoints.Link(published.Id)}\"";

        var (_, overview) = await director.GetAsync($"/director/documents/{published.Id}");
        var (_, preview) = await director.GetAsync($"/director/documents/{published.Id}/preview");

        // The document's page: beside each of its PDFs (the order's, each appendix's) the Word file of the same, and a note
        // that the Word file is the editable copy.
        var files = overview.QuerySelector("ul.file-list")!;
        var pdfs = files.QuerySelectorAll("a").Where(a => a.GetAttribute("href")!.EndsWith("/pdf", StringComparison.Ordinal)).ToList();
        Assert.Equal(1 + content.Appendices.Count, pdfs.Count);
        foreach (var pdfLink in pdfs)
        {
            var number = Regex.Match(pdfLink.GetAttribute("href")!, @"/appendix/(\d+)/pdf$") is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
            var beside = Assert.Single(pdfLink.ParentElement!.QuerySelectorAll("a"), a => a.TextContent == "Скачать DOCX");
            Assert.Equal(number == 0 ? DocumentDocxEndpoints.Link(published.Id) : DocumentDocxEndpoints.AppendixLink(published.Id, number), beside.GetAttribute("href"));
        }

        Assert.Contains("DOCX — редактируемая копия", files.NextElementSibling!.TextContent, StringComparison.Ordinal);
        // The preview of a published document: the PDF button and the Word button side by side.
        var pdf = Assert.Single(preview.QuerySelectorAll("a.button"), a => a.GetAttribute("href")!.EndsWith("/preview.pdf", StringComparison.Ordinal));
        var word = Assert.Single(preview.QuerySelectorAll("a.button"), a => a.OuterHtml.Contains(docx, StringComparison.Ordinal));
        Assert.Same(pdf.ParentElement, word.ParentElement);
        Assert.Equal("Скачать DOCX (редактируемая копия)", word.TextContent.Trim());
    }

    [Fact]
    public async Task An_appendix_s_word_file_holds_that_appendix_alone_as_its_pdf_does()
    {
        using var director = await TestAccounts.SetUpAsync(factory);
        var content = PdfPortalFactory.CollegeOrder();
        var published = await factory.SaveAsync(content);
        var last = content.Appendices.Count;

        var file = await director.Http.GetAsync(DocumentDocxEndpoints.AppendixLink(published.Id, 2));
        var missing = await director.Http.GetAsync(DocumentDocxEndpoints.AppendixLink(published.Id, last + 1));

        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("Приложение 2 к приказу № 44 от 25.04.2025 (редактируемая копия).docx", file.Content.Headers.ContentDisposition?.FileNameStar);
        var lines = DocxExportTests.Lines(await file.Content.ReadAsByteArrayAsync());
        Assert.Contains("Приложение 2", lines);
        Assert.Contains(content.Appendices[1].Title, lines);
        Assert.DoesNotContain("ПРИКАЗ", lines);
        Assert.DoesNotContain(content.Appendices[0].Title, lines);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    /// <summary>The PDFs publication prints (here stand-ins): the order's and each appendix's.</summary>
    private async Task StoreReadyPdfsAsync(Guid id, int appendices)
    {
        await using var scope = factory.Scope(out var db);
        for (var n = 0; n <= appendices; n++)
        {
            var file = PublishedFile.Pending(id, n == 0 ? PublishedFileKind.Package : PublishedFileKind.Appendix, n, n == 0 ? "Приказ.pdf" : $"Приложение {n}.pdf", DateTimeOffset.UtcNow);
            file.Complete(System.Text.Encoding.UTF8.GetBytes("%PDF-1.7 " + n), DateTimeOffset.UtcNow);
            db.PublishedFiles.Add(file);
        }

        await db.SaveChangesAsync();
    }

    public void Dispose() => factory.Dispose();
}
