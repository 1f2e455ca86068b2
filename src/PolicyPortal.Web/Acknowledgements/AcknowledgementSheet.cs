using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using PolicyPortal.Domain.Acknowledgements;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Hosting;
using PolicyPortal.Web.Journal;
using PolicyPortal.Web.Printing;

namespace PolicyPortal.Web.Acknowledgements;

/// <summary>What the «Лист ознакомления» partial prints.</summary>
public sealed record AcknowledgementSheetView(string Institution, string DocumentTitle, string Number, string Date, string Hash, IReadOnlyList<AcknowledgementSheetLine> Lines, string Anchor);

/// <param name="Account">The account that signed electronically (its login, as recorded in the chain); empty on paper.</param>
public sealed record AcknowledgementSheetLine(int Number, string Position, string FullName, string When, string How, string Account = "");

/// <summary>
/// The «Лист ознакомления» PDF of a published version, printed by the same engine as the order and kept in memory
/// until the next acknowledgement of that document (the cache key holds the last acknowledgement's id).
/// </summary>
public sealed class AcknowledgementSheet(AppDbContext db, JournalAudit journal, PdfRenderer renderer, InstitutionInfo institution, IMemoryCache cache)
{
    public const string Partial = "_AcknowledgementSheet";
    public const string Electronic = "подписано простой электронной подписью";
    public const string OnPaper = "на бумаге";

    public async Task<(byte[] Pdf, string FileName)> RenderAsync(PolicyDocument document, CancellationToken ct)
    {
        var last = await db.Acknowledgements.Where(a => a.DocumentId == document.Id).MaxAsync(a => (long?)a.Id, ct) ?? 0;
        var fileName = FileName(document);
        var key = $"ack-sheet:{document.Id}:{last}";
        if (cache.TryGetValue(key, out byte[]? cached) && cached is not null)
        {
            return (cached, fileName);
        }

        var view = await ViewAsync(document, ct);
        var pdf = await renderer.RenderAsync($"Лист ознакомления — {view.DocumentTitle}", Partial, view, qrPayload: null, isDraft: false, ct);
        cache.Set(key, pdf, new MemoryCacheEntryOptions { SlidingExpiration = TimeSpan.FromHours(1) });
        return (pdf, fileName);
    }

    public async Task<AcknowledgementSheetView> ViewAsync(PolicyDocument document, CancellationToken ct)
    {
        var rows = await AcknowledgementStatus.LoadAsync(db, document, ct);
        var lines = new List<AcknowledgementSheetLine>();
        foreach (var (row, index) in rows.Select((r, i) => (r, i + 1)))
        {
            var ack = row.Acknowledgement;
            var when = ack switch
            {
                null => "",
                { Method: AcknowledgementMethod.Paper, PaperDate: { } date } => date.ToString("dd.MM.yyyy", PortalServices.Russian),
                _ => await institution.FormatAsync(ack.SignedAt),
            };
            var how = ack is null ? "" : ack.Method == AcknowledgementMethod.Electronic ? Electronic : OnPaper;
            var account = ack is { Method: AcknowledgementMethod.Electronic } ? ack.RecordedBy : "";
            lines.Add(new AcknowledgementSheetLine(index, row.Position, row.FullName, when, how, account));
        }

        return new AcknowledgementSheetView(
            await institution.NameAsync(),
            DocumentTitles(document),
            document.Number,
            document.Date?.ToString("dd.MM.yyyy", PortalServices.Russian) ?? "",
            document.SnapshotHash ?? "",
            lines,
            (await journal.AnchorAsync(ct)).ToString());
    }

    public const int MaxFileNameLength = 79;

    /// <summary>Kind, number and date name the document; its title made the name 170 characters long.</summary>
    public static string FileName(PolicyDocument document)
    {
        var name = $"Лист ознакомления — {Domain.Documents.DocumentTitles.Short(document).Replace('\u00a0', ' ')}".Replace('/', '-');
        const string extension = ".pdf";
        return (name.Length + extension.Length > MaxFileNameLength ? name[..(MaxFileNameLength - extension.Length)].TrimEnd() : name) + extension;
    }

    private static string DocumentTitles(PolicyDocument document) => Domain.Documents.DocumentTitles.Short(document).Replace('\u00a0', ' ') +
        (document.Title.Length > 0 ? $" «{document.Title}»" : "");
}
