using Microsoft.EntityFrameworkCore;
using PolicyPortal.IntegrationTests.Infrastructure;

namespace PolicyPortal.IntegrationTests.Commands;

/// <summary>Runs the built PolicyPortal.Web.dll as the administrator would, against a test portal's database.</summary>
public sealed class DocumentCommandsTests : IDisposable
{
    private readonly PortalFactory factory = new();

    [Fact]
    public async Task Import_prints_the_new_drafts_id_alone_on_its_last_line_and_export_json_prints_its_content()
    {
        _ = factory.Server;
        var seed = Path.Combine(AppContext.BaseDirectory, "Seeds", "uvarovo-order-44-2025.txt");

        var import = await AdminCommand.RunAsync(factory, null, "import", seed);
        Assert.Equal(0, import.ExitCode);
        var id = Guid.Parse(import.LastLine);
        Assert.Contains("подписи и даты не переносятся", import.Output);
        await using (factory.Scope(out var db))
        {
            var document = await db.Documents.SingleAsync(d => d.Id == id);
            Assert.True(document.IsDraft);
            Assert.Equal("import-command", document.CreatedBy);
            Assert.Equal("44", document.Number);
            Assert.Equal("import-command", (await db.AuditLog.SingleAsync(a => a.EntityId == id.ToString())).UserName);
        }

        var export = await AdminCommand.RunAsync(factory, null, "export-json", id.ToString());
        Assert.Equal(0, export.ExitCode);
        Assert.Contains("\"number\": \"44\"", export.Output);
        Assert.Contains("\"documentTypeName\": \"ПРИКАЗ\"", export.Output);
    }

    [Fact]
    public async Task Export_json_of_a_published_document_prints_exactly_its_snapshot()
    {
        _ = factory.Server;
        var docx = Path.Combine(factory.Database.Folder, "order.docx");
        await File.WriteAllBytesAsync(docx, TestDocx.SchoolOrder());
        var import = await AdminCommand.RunAsync(factory, null, "import", docx);
        Assert.Equal(0, import.ExitCode);
        var id = Guid.Parse(import.LastLine);

        string snapshot;
        await using (factory.Scope(out var db))
        {
            var document = await db.Documents.SingleAsync(d => d.Id == id);
            Assert.Equal("12-о", document.Number);
            document.Publish(DocumentArrange.ApprovedOnPaper, "director@college.test", DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
            snapshot = document.SnapshotJson!;
        }

        var export = await AdminCommand.RunAsync(factory, null, "export-json", id.ToString());
        Assert.Equal(0, export.ExitCode);
        Assert.EndsWith(snapshot + Environment.NewLine, export.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("uvarovo-order-44-2025.txt", "44")]
    [InlineData("kaliningrad-school58-order-1065-2024.txt", "1065/1 - о")]
    [InlineData("balakovo-bpt-poryadok-2025.txt", "")] // «№422» is the approving order's, not the Порядок's own
    public async Task Import_with_publish_records_an_approved_seed_as_it_stands(string seedFile, string number)
    {
        _ = factory.Server;
        var seed = Path.Combine(AppContext.BaseDirectory, "Seeds", seedFile);

        var import = await AdminCommand.RunAsync(factory, null, "import", seed, "--publish");

        Assert.True(import.ExitCode == 0, import.Error);
        var id = Guid.Parse(import.LastLine);
        Assert.Contains("Опубликован.", import.Output);
        await using var scope = factory.Scope(out var db);
        var document = await db.Documents.SingleAsync(d => d.Id == id);
        Assert.Equal(Domain.Documents.DocumentStatus.Published, document.Status);
        Assert.Equal(number, document.Number);
        Assert.Equal(Domain.Documents.DocumentJson.Sha256(document.SnapshotJson!), document.SnapshotHash);
        Assert.Contains("publish", await db.AuditLog.Where(a => a.EntityId == id.ToString()).Select(a => a.Action).ToListAsync());
    }

    [Fact]
    public async Task Import_with_publish_refuses_unrecognised_text_naming_it_unless_allowed()
    {
        _ = factory.Server;
        var text = "МБОУ «Школа № 1»\nИНН 6829000000 ОГРН 1026801000000\nПРИКАЗ\n01.09.2025 № 5\nО применении сервисов\nприказываю:\n1. Утвердить порядок.\nДиректор И.И. Иванова\n";
        var file = Path.Combine(factory.Database.Folder, "unrecognised.txt");
        await File.WriteAllTextAsync(file, text);

        var refused = await AdminCommand.RunAsync(factory, null, "import", file, "--publish");
        var allowed = await AdminCommand.RunAsync(factory, null, "import", file, "--publish", "--allow-unrecognised");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("не опубликован: нераспознанный текст", refused.Error);
        Assert.Contains("«ИНН 6829000000 ОГРН 1026801000000»", refused.Error);
        Assert.DoesNotContain("Опубликован.", refused.Output);
        Assert.True(allowed.ExitCode == 0, allowed.Error);
        Assert.Contains("Опубликован.", allowed.Output);
    }

    [Fact]
    public async Task Import_with_publish_reports_what_the_original_lacks_without_blocking()
    {
        _ = factory.Server;
        var text = "ПРИКАЗ\n\nО применении сервисов\n\nприказываю:\n1. Утвердить порядок (Приложение 1).\n";
        var file = Path.Combine(factory.Database.Folder, "no-number.txt");
        await File.WriteAllTextAsync(file, text);

        var import = await AdminCommand.RunAsync(factory, null, "import", file, "--publish");

        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Contains("! Укажите номер документа.", import.Output);
        Assert.Contains("Опубликован.", import.Output);
    }

    [Fact]
    public async Task Import_refuses_a_fake_docx_and_export_json_an_unknown_id_in_russian()
    {
        _ = factory.Server;
        var fake = Path.Combine(factory.Database.Folder, "fake.docx");
        await File.WriteAllTextAsync(fake, "ПРИКАЗ № 1");
        var import = await AdminCommand.RunAsync(factory, null, "import", fake);
        Assert.Equal(1, import.ExitCode);
        Assert.Contains("Это не документ Word", import.Error);

        var export = await AdminCommand.RunAsync(factory, null, "export-json", Guid.NewGuid().ToString());
        Assert.Equal(1, export.ExitCode);
        Assert.Contains("не найден", export.Error);
    }

    [Fact]
    public async Task Export_docx_saves_a_draft_as_a_draft_and_a_published_document_as_an_editable_copy_of_its_snapshot()
    {
        _ = factory.Server;
        var seed = Path.Combine(AppContext.BaseDirectory, "Seeds", "uvarovo-order-44-2025.txt");
        var id = Guid.Parse((await AdminCommand.RunAsync(factory, null, "import", seed)).LastLine);
        var draftFile = Path.Combine(factory.Database.Folder, "draft.docx");
        var publishedFile = Path.Combine(factory.Database.Folder, "published.docx");

        var draft = await AdminCommand.RunAsync(factory, null, "export-docx", id.ToString(), draftFile);
        string hash;
        await using (factory.Scope(out var db))
        {
            var document = await db.Documents.SingleAsync(d => d.Id == id);
            document.Publish(DocumentArrange.ApprovedOnPaper, "director@college.test", DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
            hash = document.SnapshotHash!;
        }

        var published = await AdminCommand.RunAsync(factory, null, "export-docx", id.ToString(), publishedFile);
        var missing = await AdminCommand.RunAsync(factory, null, "export-docx", Guid.NewGuid().ToString(), Path.Combine(factory.Database.Folder, "none.docx"));

        Assert.Equal(0, draft.ExitCode);
        Assert.Contains("DOCX сохранён", draft.Output);
        Assert.Contains("ПРОЕКТ", FirstPageHeader(draftFile));
        Assert.Contains("ПРИКАЗ", Word.DocxExportTests.Lines(await File.ReadAllBytesAsync(draftFile)));
        Assert.Equal(0, published.ExitCode);
        var header = FirstPageHeader(publishedFile);
        Assert.Contains("Редактируемая копия", header);
        Assert.Contains(hash, header);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("не найден", missing.Error);
        Assert.False(File.Exists(Path.Combine(factory.Database.Folder, "none.docx")));
    }

    private static string FirstPageHeader(string path)
    {
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(path, false);
        var main = document.MainDocumentPart!;
        var first = main.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.SectionProperties>().Single()
            .Elements<DocumentFormat.OpenXml.Wordprocessing.HeaderReference>().Single(h => h.Type?.Value == DocumentFormat.OpenXml.Wordprocessing.HeaderFooterValues.First);
        return ((DocumentFormat.OpenXml.Packaging.HeaderPart)main.GetPartById(first.Id!)).Header!.InnerText;
    }

    public void Dispose() => factory.Dispose();
}
