using System.Net;
using PolicyPortal.IntegrationTests.Documents;
using PolicyPortal.IntegrationTests.Infrastructure;
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
        var published = await factory.SaveAsync(PdfPortalFactory.CollegeOrder());
        var docx = $"href=\"{DocumentDocxEndpoints.Link(published.Id)}\"";

        var (_, overview) = await director.GetAsync($"/director/documents/{published.Id}");
        var (_, preview) = await director.GetAsync($"/director/documents/{published.Id}/preview");

        // The document's page: its files for print and the site, then the Word file marked as the editable copy.
        var files = overview.QuerySelector("ul.file-list")!;
        Assert.Contains(files.QuerySelectorAll("a"), a => a.GetAttribute("href") == DocumentDocxEndpoints.Link(published.Id) && a.TextContent == "Скачать DOCX");
        Assert.Contains("редактируемая копия", files.TextContent, StringComparison.Ordinal);
        // The preview of a published document: the PDF button and the Word button side by side.
        var pdf = Assert.Single(preview.QuerySelectorAll("a.button"), a => a.GetAttribute("href")!.EndsWith("/preview.pdf", StringComparison.Ordinal));
        var word = Assert.Single(preview.QuerySelectorAll("a.button"), a => a.OuterHtml.Contains(docx, StringComparison.Ordinal));
        Assert.Same(pdf.ParentElement, word.ParentElement);
        Assert.Equal("Скачать DOCX (редактируемая копия)", word.TextContent.Trim());
    }

    public void Dispose() => factory.Dispose();
}
