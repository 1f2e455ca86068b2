using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Import;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Hosting;
using PolicyPortal.Web.Import;
using PolicyPortal.Web.Institutions;
using PolicyPortal.Web.Printing;
using PolicyPortal.Web.Publishing;
using PolicyPortal.Web.Word;

namespace PolicyPortal.Web.Commands;

/// <summary>The document commands of <see cref="AdminCommands"/>: <c>import &lt;file&gt;</c>, <c>export-json &lt;id&gt;</c> and <c>export-docx &lt;id&gt; &lt;file&gt;</c>.</summary>
public static class DocumentCommands
{
    public const string ImportUser = "import-command";

    /// <summary>
    /// Imports a .txt or .docx as a draft (published at once with <c>--publish</c>, unless text was left unrecognised and
    /// <c>--allow-unrecognised</c> is not given); prints the importer's notes and the check's findings, then the new
    /// document's id alone on the last line.
    /// </summary>
    public static async Task<int> ImportAsync(WebApplication app, string[] args)
    {
        if (args.Length < 1)
        {
            await Console.Error.WriteLineAsync("Укажите файл: import <file>");
            return 1;
        }

        var path = args[0];
        if (!File.Exists(path))
        {
            await Console.Error.WriteLineAsync($"Файл «{path}» не найден.");
            return 1;
        }

        string text;
        if (Path.GetExtension(path).Equals(".docx", StringComparison.OrdinalIgnoreCase))
        {
            await using var stream = File.OpenRead(path);
            var upload = await DocxUpload.ReadAsync(stream, stream.Length);
            if (upload.Error is not null)
            {
                await Console.Error.WriteLineAsync(upload.Error);
                return 1;
            }

            text = upload.Text;
        }
        else
        {
            text = await File.ReadAllTextAsync(path);
        }

        await app.MigrateDatabaseAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var imported = await DraftImport.AddDraftAsync(db, text, $"команда import, файл {Path.GetFileName(path)}", ImportUser, now);

        await db.SaveChangesAsync();
        foreach (var note in imported.Notes)
        {
            Console.WriteLine($"— {note}");
        }

        if (args.Contains("--publish"))
        {
            // Publishing text the importer could not place would publish it unread: it must be assigned first.
            var unrecognised = imported.Document.ReadContent().Appendices
                .Where(a => a.Title == AppendixReader.UnplacedTitle)
                .SelectMany(a => a.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                .ToList();
            if (unrecognised.Count > 0 && !args.Contains("--allow-unrecognised"))
            {
                await Console.Error.WriteLineAsync("Документ импортирован черновиком, но не опубликован: нераспознанный текст — " +
                    string.Join(", ", unrecognised.Select(l => $"«{l}»")) +
                    ". Разнесите его в редакторе или повторите команду с --allow-unrecognised.");
                return 1;
            }

            // The original is already signed on paper: it is recorded as it stands, and the check only reports.
            var outcome = await scope.ServiceProvider.GetRequiredService<PublishDocument>()
                .RunAsync(imported.Document.Id, ImportUser, expectedRevision: null, supersedesId: null, isImportOfApprovedDocument: true);
            foreach (var warning in outcome.Check?.Warnings ?? [])
            {
                Console.WriteLine($"! {warning.ErrorMessage}");
            }

            if (outcome.Status != PublishStatus.Published)
            {
                await Console.Error.WriteLineAsync($"Документ импортирован, но не опубликован: {outcome.Status}.");
                return 1;
            }

            Console.WriteLine("Опубликован.");
        }

        Console.WriteLine(imported.Document.Id);
        return 0;
    }

    /// <summary>Saves the document's PDF: a published document's stored file, a draft printed now (with «ПРОЕКТ»).</summary>
    public static Task<int> ExportPdfAsync(WebApplication app, string[] args) =>
        ExportAsync(app, args, "export-pdf", "PDF", async (services, document, link) =>
        {
            var stored = await services.GetRequiredService<AppDbContext>().PublishedFiles.AsNoTracking().SingleOrDefaultAsync(f =>
                f.DocumentId == document.Id && f.Kind == PublishedFileKind.Package && f.Status == PublishedFileStatus.Ready);
            return stored?.Bytes ?? await services.GetRequiredService<PdfRenderer>().RenderDocumentAsync(DocumentView.Of(document, link), CancellationToken.None);
        });

    /// <summary>Saves the document as a Word file: a draft as it stands, a published document from its frozen snapshot.</summary>
    public static Task<int> ExportDocxAsync(WebApplication app, string[] args) =>
        ExportAsync(app, args, "export-docx", "DOCX", (_, document, link) => Task.FromResult(DocumentDocx.Build(DocumentView.Of(document, link))));

    /// <summary>«command &lt;id&gt; &lt;file&gt;»: finds the document, builds the file and writes it, or says in Russian why not.</summary>
    private static async Task<int> ExportAsync(WebApplication app, string[] args, string command, string format,
        Func<IServiceProvider, PolicyDocument, string, Task<byte[]>> build)
    {
        if (args.Length < 2 || !Guid.TryParse(args[0], out var id))
        {
            await Console.Error.WriteLineAsync($"Укажите документ и файл: {command} <id> <file>");
            return 1;
        }

        await app.MigrateDatabaseAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id);
        if (document is null)
        {
            await Console.Error.WriteLineAsync(await NotFoundAsync(db, id));
            return 1;
        }

        try
        {
            var link = (await scope.ServiceProvider.GetRequiredService<InstitutionAddresses>().CurrentAsync()).DocumentLink(id);
            await File.WriteAllBytesAsync(args[1], await build(scope.ServiceProvider, document, link));
        }
        catch (PdfUnavailableException e)
        {
            await Console.Error.WriteLineAsync($"Ошибка: {e.Message}");
            return 1;
        }

        Console.WriteLine($"{format} сохранён: {Path.GetFullPath(args[1])}");
        return 0;
    }

    /// <summary>
    /// «Not found», naming the institution the command acted for when there are several: another institution's document
    /// is not found (its rows are filtered out), and the administrator is told where it was looked for.
    /// </summary>
    private static async Task<string> NotFoundAsync(AppDbContext db, Guid id)
    {
        var institutions = await db.InstitutionRegistry.AsNoTracking().Select(i => new { i.Id, i.Slug }).ToListAsync();
        return institutions.Count > 1 && institutions.SingleOrDefault(i => i.Id == db.InstitutionId) is { } current
            ? $"Документ {id} не найден в организации «{current.Slug}». Документ другой организации выгружается с её --institution (institution list покажет все)."
            : $"Документ {id} не найден.";
    }

    /// <summary>Prints the document's JSON: the frozen snapshot once published (the hashed bytes), the draft's content before.</summary>
    public static async Task<int> ExportJsonAsync(WebApplication app, string[] args)
    {
        if (args.Length < 1 || !Guid.TryParse(args[0], out var id))
        {
            await Console.Error.WriteLineAsync("Укажите идентификатор документа: export-json <id>");
            return 1;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id);
        if (document is null)
        {
            await Console.Error.WriteLineAsync(await NotFoundAsync(db, id));
            return 1;
        }

        if (!document.IsDraft && !Publishing.PublishedIntegrity.SnapshotIntact(document))
        {
            // Never serve altered text beside the hash it no longer has.
            await Console.Error.WriteLineAsync($"Текст опубликованного документа {id} изменён в базе: он не совпадает со своим SHA-256 {document.SnapshotHash}. Выгрузка отменена; проверьте базу командой verify-audit.");
            return 1;
        }

        Console.WriteLine(document.IsDraft ? document.ContentJson : document.SnapshotJson ?? document.ContentJson);
        return 0;
    }
}
