using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Acknowledgements;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Hosting;
using PolicyPortal.Web.Journal;
using PolicyPortal.Web.Printing;

namespace PolicyPortal.Web.Acknowledgements;

/// <summary>What the «Лист ознакомления» partial prints.</summary>
public sealed record AcknowledgementSheetView(string Institution, string DocumentTitle, string Number, string Date, string Hash, IReadOnlyList<AcknowledgementSheetLine> Lines, string Anchor, string Scope = "");

/// <summary>Whom the sheet lists: everyone, those who have acknowledged, or those who have not yet.</summary>
public enum SheetFilter
{
    All,
    Signed,
    NotSigned,
}

/// <param name="Account">The account that signed electronically (its login, as recorded in the chain); empty on paper.</param>
public sealed record AcknowledgementSheetLine(int Number, string Position, string FullName, string When, string How, string Account = "");

/// <summary>The «Лист ознакомления» PDF of a published version, printed by the same engine as the order.</summary>
public sealed class AcknowledgementSheet(AppDbContext db, JournalAudit journal, PdfRenderer renderer, InstitutionInfo institution)
{
    public const string Partial = "_AcknowledgementSheet";
    public const string Electronic = "подписано простой электронной подписью";
    public const string OnPaper = "на бумаге";

    /// <summary>The last acknowledgement of the document: a sheet printed at this head is current.</summary>
    public async Task<long> HeadAsync(Guid documentId, CancellationToken ct) =>
        await db.Acknowledgements.Where(a => a.DocumentId == documentId).MaxAsync(a => (long?)a.Id, ct) ?? 0;

    /// <summary>Prints the sheet as it stands now; <see cref="SheetRenderings"/> decides when (once per head, in the background).</summary>
    public async Task<byte[]> PrintAsync(PolicyDocument document, SheetFilter filter, CancellationToken ct)
    {
        var view = await ViewAsync(document, ct, filter);
        return await renderer.RenderAsync($"Лист ознакомления — {view.DocumentTitle}", Partial, view, qrPayload: null, isDraft: false, ct);
    }

    public async Task<AcknowledgementSheetView> ViewAsync(PolicyDocument document, CancellationToken ct, SheetFilter filter = SheetFilter.All)
    {
        var rows = (await AcknowledgementStatus.LoadAsync(db, document, ct))
            .Where(r => filter == SheetFilter.All || (r.Acknowledgement is not null) == (filter == SheetFilter.Signed))
            .ToList();
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
            (await journal.AnchorAsync(ct)).ToString(),
            ScopeTitle(filter));
    }

    public const int MaxFileNameLength = 79;

    public static string ScopeTitle(SheetFilter filter) => filter switch
    {
        SheetFilter.Signed => "ознакомленные",
        SheetFilter.NotSigned => "не ознакомленные",
        _ => "",
    };

    /// <summary>Kind, number and date name the document; its title made the name 170 characters long.</summary>
    public static string FileName(PolicyDocument document, SheetFilter filter = SheetFilter.All)
    {
        var scope = filter == SheetFilter.All ? "" : $" ({ScopeTitle(filter)})";
        var name = $"Лист ознакомления{scope} — {Domain.Documents.DocumentTitles.Short(document).Replace('\u00a0', ' ')}".Replace('/', '-');
        const string extension = ".pdf";
        return (name.Length + extension.Length > MaxFileNameLength ? name[..(MaxFileNameLength - extension.Length)].TrimEnd() : name) + extension;
    }

    private static string DocumentTitles(PolicyDocument document) => Domain.Documents.DocumentTitles.Short(document).Replace('\u00a0', ' ') +
        (document.Title.Length > 0 ? $" «{document.Title}»" : "");
}
