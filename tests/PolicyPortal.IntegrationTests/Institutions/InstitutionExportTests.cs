using PolicyPortal.IntegrationTests.Documents;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.IntegrationTests.Word;

namespace PolicyPortal.IntegrationTests.Institutions;

/// <summary>
/// <c>export-pdf</c> and <c>export-docx</c> with <c>--institution</c>, run as the administrator runs them: the file is the
/// named institution's document with its own address, and another institution's id is refused in Russian, no file written.
/// </summary>
public sealed class InstitutionExportTests : IDisposable
{
    private const string SchoolOfB = "СРЕДНЯЯ ОБЩЕОБРАЗОВАТЕЛЬНАЯ ШКОЛА 58";
    private const string CollegeOfA = "Уваровский политехнический колледж";
    private readonly PortalFactory factory = new();

    [Fact]
    public async Task With_institution_b_the_pdf_and_the_docx_are_Bs_document_and_As_id_is_refused()
    {
        Ok(await AdminCommand.RunAsync(factory, "Длинный-пароль-2026!", "create-admin", "it@college.test", "full-name=ОГАПОУ «Колледж Альфа»"));
        Ok(await AdminCommand.RunAsync(factory, null, "institution", "add", "b", "b.region.test", "МАОУ СОШ № 58"));
        Ok(await AdminCommand.RunAsync(factory, null, "institution", "host", "main", "a.region.test"));
        var idA = await ImportAsync("uvarovo-order-44-2025.txt", "--publish");
        var publishedB = await ImportAsync("kaliningrad-school58-order-1065-2024.txt", "--publish", "--institution", "b");
        var draftB = await ImportAsync("kaliningrad-school58-order-1065-2024.txt", "--institution", "b");

        foreach (var (id, draft) in new[] { (publishedB, false), (draftB, true) })
        {
            var pdf = await ExportAsync("export-pdf", id, "pdf", "--institution", "b");
            var text = Text(pdf);
            Assert.Contains(SchoolOfB, text, StringComparison.Ordinal);
            Assert.DoesNotContain(CollegeOfA, text, StringComparison.Ordinal);
            Assert.Equal(draft, text.Contains("ПРОЕКТ", StringComparison.Ordinal));

            var docx = await ExportAsync("export-docx", id, "docx", "--institution", "b");
            var lines = string.Join('\n', DocxExportTests.Lines(docx));
            Assert.Contains(SchoolOfB, lines, StringComparison.Ordinal);
            Assert.DoesNotContain(CollegeOfA, lines, StringComparison.Ordinal);
            if (!draft)
            {
                // The copy names the original by B's own address and this document's id.
                Assert.Contains($"b.region.test:5000/documents/{id}", DocxExportTests.FirstPageHeader(docx), StringComparison.Ordinal);
            }
        }

        // A's own document is exported for A (the default), so the refusals below are about the institution alone.
        Assert.Contains(CollegeOfA, Text(await ExportAsync("export-pdf", idA, "pdf")), StringComparison.Ordinal);
        foreach (var (command, extension) in new[] { ("export-pdf", "pdf"), ("export-docx", "docx") })
        {
            var file = Path.Combine(factory.Database.Folder, $"refused.{extension}");
            var refused = await AdminCommand.RunAsync(factory, null, command, idA.ToString(), file, "--institution", "b");
            Assert.Equal(1, refused.ExitCode);
            Assert.Contains($"Документ {idA} не найден в организации «b»", refused.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", refused.Error, StringComparison.Ordinal);
            Assert.False(File.Exists(file));
        }
    }

    private async Task<Guid> ImportAsync(string seed, params string[] options)
    {
        var import = await AdminCommand.RunAsync(factory, null, ["import", Path.Combine(AppContext.BaseDirectory, "Seeds", seed), .. options]);
        Ok(import);
        return Guid.Parse(import.LastLine);
    }

    private async Task<byte[]> ExportAsync(string command, Guid id, string extension, params string[] options)
    {
        var file = Path.Combine(factory.Database.Folder, $"{command}-{id}.{extension}");
        var export = await AdminCommand.RunAsync(factory, null, [command, id.ToString(), file, .. options]);
        Ok(export);
        return await File.ReadAllBytesAsync(file);
    }

    private static string Text(byte[] pdf) => string.Join(' ', PdfReading.PageTexts(pdf));

    private static void Ok(AdminCommand.Result result) => Assert.True(result.ExitCode == 0, result.Error + result.Output);

    public void Dispose() => factory.Dispose();
}
