using System.Net;
using PolicyPortal.IntegrationTests.Infrastructure;

namespace PolicyPortal.IntegrationTests.Documents;

public sealed class DocumentPdfEndpointTests : IDisposable
{
    private readonly PdfPortalFactory factory = new();

    [Fact]
    public async Task Anyone_downloads_a_published_order_under_its_cyrillic_file_name()
    {
        using var admin = await TestAccounts.SetUpAsync(factory);
        var document = await factory.SaveAsync(PdfPortalFactory.CollegeOrder());
        await factory.RenderPdfsAsync(document.Id);
        using var anonymous = factory.CreateClient();

        var response = await anonymous.GetAsync($"/documents/{document.Id}/pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition ?? throw new InvalidOperationException("no Content-Disposition");
        Assert.Equal("Приказ № 44 от 25.04.2025.pdf", disposition.FileNameStar);
        Assert.Contains("filename*=utf-8''", response.Content.Headers.GetValues("Content-Disposition").Single(), StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await response.Content.ReadAsByteArrayAsync(), 0, 5), StringComparison.Ordinal);

        var appendix = await anonymous.GetAsync($"/documents/{document.Id}/appendix/3/pdf");
        Assert.Equal(HttpStatusCode.OK, appendix.StatusCode);
        Assert.Equal("Приложение 3 к приказу № 44 от 25.04.2025.pdf", appendix.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/documents/{document.Id}/appendix/9/pdf")).StatusCode);
    }

    [Fact]
    public async Task A_draft_has_no_public_pdf_and_its_preview_is_for_the_director_only()
    {
        using var admin = await TestAccounts.SetUpAsync(factory);
        var draft = await factory.SaveAsync(PdfPortalFactory.CollegeOrder(), publish: false);
        using var anonymous = factory.CreateFormClient();

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Http.GetAsync($"/documents/{draft.Id}/pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Http.GetAsync($"/documents/{draft.Id}/appendix/1/pdf")).StatusCode);
        var signIn = await anonymous.Http.GetAsync($"/director/documents/{draft.Id}/preview.pdf");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/account/login", signIn.Headers.Location?.AbsolutePath);

        using var staff = await TestAccounts.CreateUserAsync(factory, admin, "staff@college.test", "Staff");
        var forbidden = await staff.Http.GetAsync($"/director/documents/{draft.Id}/preview.pdf");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        var preview = await admin.Http.GetAsync($"/director/documents/{draft.Id}/preview.pdf");
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var bytes = await preview.Content.ReadAsByteArrayAsync();
        if (Environment.GetEnvironmentVariable("PP_PDF_OUT") is { Length: > 0 } folder)
        {
            await File.WriteAllBytesAsync(Path.Combine(Directory.CreateDirectory(folder).FullName, "draft-preview.pdf"), bytes);
        }

        var pages = PdfReading.PageTexts(bytes);
        Assert.All(pages, p => Assert.Contains("ПРОЕКТ", p, StringComparison.Ordinal));
        Assert.StartsWith("Проект. Приказ № 44", preview.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
    }

    public void Dispose() => factory.Dispose();
}
