using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Documents;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Accounts;

namespace PolicyPortal.IntegrationTests.Documents;

public sealed class ImportPageTests : IAsyncLifetime
{
    private const string Url = "/director/documents/import";
    private readonly PortalFactory factory = new();
    private FormClient director = default!;

    public async Task InitializeAsync() => director = await TestAccounts.SetUpAsync(factory);

    [Fact]
    public async Task Anonymous_is_sent_to_login()
    {
        using var anonymous = factory.CreateFormClient();
        var (response, _) = await anonymous.GetAsync(Url);
        Assert.True(FormClient.IsRedirectTo(response, "http://localhost/account/login"));
    }

    [Theory]
    [InlineData(Roles.Staff)]
    [InlineData(Roles.Administrator)]
    public async Task Only_a_director_may_import(string role)
    {
        using var user = await TestAccounts.CreateUserAsync(factory, director, "user@college.test", role);
        var (response, _) = await user.GetAsync(Url);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Pasting_the_uvarovo_order_creates_a_draft_with_its_structure_and_an_audit_entry()
    {
        var content = await ImportSeedAsync("uvarovo-order-44-2025.txt");

        Assert.Equal(DocumentKind.Order, content.Kind);
        Assert.Equal("44", content.Requisites.Number);
        Assert.Equal(new DateOnly(2025, 4, 25), content.Requisites.Date);
        Assert.Equal(6, content.Items.Count);
        Assert.Equal(4, content.Appendices[0].Sections.Count);
        Assert.Equal(4, content.Appendices[1].Roster.Count);
        Assert.Equal(6, content.Acknowledgers.Count);

        await using var scope = factory.Scope(out var db);
        var document = await db.Documents.SingleAsync();
        Assert.True(document.IsDraft);
        Assert.Equal(TestAccounts.AdminEmail, document.CreatedBy);
        var audit = await db.AuditLog.SingleAsync(a => a.EntityId == document.Id.ToString());
        Assert.Equal("import", audit.Action);
        Assert.Equal(TestAccounts.AdminEmail, audit.UserName);
    }

    [Fact]
    public async Task Pasting_the_kaliningrad_order_keeps_its_number_items_and_regulation()
    {
        var content = await ImportSeedAsync("kaliningrad-school58-order-1065-2024.txt");
        Assert.Equal("1065/1 - о", content.Requisites.Number);
        Assert.Equal(6, content.Items.Count);
        Assert.Equal(AppendixKind.Regulation, content.Appendices[0].Kind);
        Assert.Equal(5, content.Appendices[0].Sections.Count);
        Assert.StartsWith("КОМИТЕТ ПО ОБРАЗОВАНИЮ", content.Requisites.FounderLine);
    }

    [Fact]
    public async Task Pasting_the_balakovo_regulation_makes_a_standalone_regulation_draft()
    {
        var content = await ImportSeedAsync("balakovo-bpt-poryadok-2025.txt");
        Assert.Equal(DocumentKind.StandaloneRegulation, content.Kind);
        // «№422» is the approving order's number; the Порядок has none of its own.
        Assert.Equal("", content.Requisites.Number);
        Assert.Equal("422", content.Approval!.OrderNumber);
        Assert.Equal("г. Балаково", content.Requisites.Place);
        Assert.Equal(6, content.Appendices[0].Sections.Count);
        Assert.Equal(2, content.ApprovalMarks.Count);
    }

    [Fact]
    public async Task What_the_text_lacks_is_taken_from_the_institution_profile()
    {
        var (response, _) = await director.SubmitAsync(Url, new Dictionary<string, string>
        {
            ["Input.Text"] = "ПРИКАЗ\n01.09.2025 № 5-о\nО применении сервисов взаимодействия\n" +
                "На основании постановления Правительства РФ от 11.10.2023 № 1678 приказываю:\n1. Утвердить порядок.\n",
        });
        var content = await DraftContentAsync(response);
        Assert.Equal("Министерство образования и науки Тамбовской области", content.Requisites.FounderLine);
        Assert.EndsWith("«Уваровский политехнический колледж»", content.Requisites.InstitutionName);
        Assert.Equal("г. Уварово", content.Requisites.Place);
        Assert.Equal("5-о", content.Requisites.Number);
    }

    [Fact]
    public async Task Uploading_a_docx_creates_a_draft()
    {
        var (response, _) = await UploadAsync("приказ 12-о.docx", TestDocx.SchoolOrder());
        var content = await DraftContentAsync(response);
        Assert.Equal("МБОУ «Средняя школа № 1»", content.Requisites.InstitutionName);
        Assert.Equal("12-о", content.Requisites.Number);
        Assert.Equal(2, content.Items.Count);
        Assert.Equal(AppendixKind.Regulation, Assert.Single(content.Appendices).Kind);
    }

    [Fact]
    public async Task A_text_file_renamed_to_docx_is_refused_in_russian()
    {
        var (response, page) = await UploadAsync("приказ.docx", System.Text.Encoding.UTF8.GetBytes("ПРИКАЗ\n01.09.2025 № 5"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Это не документ Word (DOCX)", FormClient.ErrorFor(page, "Input.File"));
        await AssertNoDocumentsAsync();
    }

    [Fact]
    public async Task A_zip_without_a_word_document_is_refused_in_russian()
    {
        using var zipStream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(zipStream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = await zip.CreateEntry("readme.txt").OpenAsync();
            await entry.WriteAsync("не документ"u8.ToArray());
        }

        var (_, page) = await UploadAsync("архив.docx", zipStream.ToArray());
        Assert.Contains("нет word/document.xml", FormClient.ErrorFor(page, "Input.File"));
        await AssertNoDocumentsAsync();
    }

    [Fact]
    public async Task A_docx_that_inflates_past_the_limit_is_refused_in_russian()
    {
        var bomb = TestDocx.Bomb(50);
        Assert.True(bomb.Length < 1024 * 1024, $"the bomb is {bomb.Length} bytes");

        var (response, page) = await UploadAsync("бомба.docx", bomb);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("в распакованном виде больше 20 МБ", FormClient.ErrorFor(page, "Input.File"));
        await AssertNoDocumentsAsync();
    }

    [Fact]
    public async Task A_file_over_10_MB_is_refused_in_russian()
    {
        var big = new byte[10 * 1024 * 1024 + 1];
        "PK\x03\x04"u8.CopyTo(big);
        var (_, page) = await UploadAsync("большой.docx", big);
        Assert.Contains("больше 10 МБ", FormClient.ErrorFor(page, "Input.File"));
    }

    [Fact]
    public async Task An_empty_form_asks_for_text_or_a_file_and_text_with_a_file_asks_for_one()
    {
        var (response, page) = await director.SubmitAsync(Url, new Dictionary<string, string> { ["Input.Text"] = "  " });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Вставьте текст документа или выберите файл DOCX.", FormClient.ErrorFor(page, "Input.Text"));

        var (_, both) = await UploadAsync("приказ.docx", TestDocx.SchoolOrder(), text: "ПРИКАЗ № 7");
        Assert.StartsWith("Выберите что-то одно", FormClient.ErrorFor(both, "Input.File"));
        Assert.Equal("ПРИКАЗ № 7", FormClient.ValueOf(both, "Input.Text"));
        await AssertNoDocumentsAsync();
    }

    private async Task<DocumentContent> ImportSeedAsync(string seed)
    {
        var text = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Seeds", seed));
        var (response, _) = await director.SubmitAsync(Url, new Dictionary<string, string> { ["Input.Text"] = text });
        return await DraftContentAsync(response);
    }

    /// <summary>Follows the redirect to /director/documents/{id}?imported=1 into the database.</summary>
    private async Task<DocumentContent> DraftContentAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches("^/director/documents/[0-9a-f-]{36}\\?imported=1$", location);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.Contains("TempData", StringComparison.OrdinalIgnoreCase));
        var id = Guid.Parse(location["/director/documents/".Length..location.IndexOf('?', StringComparison.Ordinal)]);
        await using var scope = factory.Scope(out var db);
        return (await db.Documents.SingleAsync(d => d.Id == id)).ReadContent();
    }

    /// <summary>Posts the import form as a browser does with a chosen file: multipart, with the page's antiforgery token.</summary>
    private async Task<(HttpResponseMessage Response, IHtmlDocument Page)> UploadAsync(string fileName, byte[] bytes, string text = "")
    {
        var (_, form) = await director.GetAsync(Url);
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var body = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(text), "Input.Text" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        body.Add(file, "Input.File", fileName);
        var response = await director.Http.PostAsync(Url, body);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        return (response, page);
    }

    private async Task AssertNoDocumentsAsync()
    {
        await using var scope = factory.Scope(out var db);
        Assert.Equal(0, await db.Documents.CountAsync());
    }

    public Task DisposeAsync()
    {
        director.Dispose();
        factory.Dispose();
        return Task.CompletedTask;
    }
}
