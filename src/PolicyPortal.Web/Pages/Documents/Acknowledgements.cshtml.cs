using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Acknowledgements;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Acknowledgements;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Hosting;
using PolicyPortal.Web.Journal;
using PolicyPortal.Web.Printing;

namespace PolicyPortal.Web.Pages.Documents;

/// <summary>
/// The director's view of one published version: N of M, who has not and since when, the deadline, reminders,
/// paper acknowledgements with scans, and the «Лист ознакомления» PDF.
/// </summary>
[Authorize(Roles = Roles.Director)]
[RequestSizeLimit(PaperScans.RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = PaperScans.RequestLimit)]
public sealed class AcknowledgementsModel(
    AppDbContext db, AcknowledgementLedger ledger, JournalAudit journal, AcknowledgementSheet sheet, SheetRenderings sheets, Calendar.PortalCalendar calendar, PaperScans scans, Reminders reminders,
    InstitutionInfo institution, TimeProvider time, IValidator<PaperSubmission> paperValidator, ILogger<IndexModel> logger) : PageModel
{
    public PolicyDocument Document { get; private set; } = default!;
    public IReadOnlyList<AcknowledgerRow> Rows { get; private set; } = [];
    public DateOnly PublishedOn { get; private set; }
    public DateOnly Deadline { get; private set; }
    public DateOnly Today { get; private set; }
    /// <summary>The chain's head now («Отметка журнала»), to write down and later give to <c>verify-audit --anchor</c>.</summary>
    public string Anchor { get; private set; } = "";

    public int Signed => Rows.Count(r => r.HasSigned);

    /// <summary>Rows a table shows at once: with 2,000 acknowledgers the page stays small (issue 12); search finds the rest.</summary>
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    [Display(Name = "Страница")]
    public int PendingPage { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "sp")]
    [Display(Name = "Страница")]
    public int SignedPage { get; set; } = 1;

    public IReadOnlyList<AcknowledgerRow> NotSigned => Rows.Where(r => !r.HasSigned).ToList();

    /// <summary>The rows of one table that match the search, and the page of them shown.</summary>
    public (int Matching, int Pages, int Page, IReadOnlyList<AcknowledgerRow> Shown) Table(bool signed, int page)
    {
        var q = Search?.Trim() ?? "";
        var matching = Rows.Where(r => r.HasSigned == signed && (q.Length == 0
            || r.FullName.Contains(q, StringComparison.OrdinalIgnoreCase) || r.Position.Contains(q, StringComparison.OrdinalIgnoreCase))).ToList();
        var pages = Math.Max(1, (matching.Count + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        return (matching.Count, pages, page, matching.Skip((page - 1) * PageSize).Take(PageSize).ToList());
    }

    public string PageLink(int pending, int signed) =>
        $"/director/documents/{Document.Id}/acknowledgements?q={Uri.EscapeDataString(Search ?? "")}&p={pending}&sp={signed}";
    public bool IsOverdue => Today > Deadline && Signed < Rows.Count;
    public bool IsCurrent => Document.Status == DocumentStatus.Published;
    public PaperDateWindow Window => new(PublishedOn, Today);

    [BindProperty]
    public PaperInput Paper { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    /// <summary>The document's link to pass on by hand when reminders could not be mailed.</summary>
    [TempData]
    public string? ReminderLink { get; set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetSheetAsync([FromRoute] Guid id, SheetFilter show, CancellationToken ct)
    {
        var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id && d.SnapshotJson != null, ct);
        if (document is null)
        {
            return NotFound();
        }

        try
        {
            var pdf = await sheets.GetAsync(db.InstitutionId, id, show, await sheet.HeadAsync(id, ct), ct);
            return File(pdf, "application/pdf", AcknowledgementSheet.FileName(document, show));
        }
        catch (PdfUnavailableException e)
        {
            Message = $"Лист ознакомления не удалось напечатать: {e.Message}";
            return RedirectToPage(new { id });
        }
    }

    public async Task<IActionResult> OnGetScanAsync([FromRoute] Guid id, long acknowledgementId, CancellationToken ct)
    {
        var name = await db.Acknowledgements.AsNoTracking()
            .Where(a => a.Id == acknowledgementId && a.DocumentId == id).Select(a => a.ScanFileName).FirstOrDefaultAsync(ct);
        var path = name is null ? null : scans.PathOf(name);
        return path is not null && System.IO.File.Exists(path)
            ? PhysicalFile(path, PaperScans.ContentType(name!), $"скан-{acknowledgementId}{Path.GetExtension(name)}")
            : NotFound();
    }

    public async Task<IActionResult> OnPostRemindAsync([FromRoute] Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!IsCurrent)
        {
            return RedirectToPage(new { id });
        }

        var outcome = await reminders.SendAsync(Document, Rows.Where(r => !r.HasSigned).ToList(), Today, User.Identity?.Name ?? "", ct);
        Message = outcome.Summary;
        ReminderLink = outcome.LinkToPassOn;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostPaperAsync([FromRoute] Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!IsCurrent)
        {
            return RedirectToPage(new { id });
        }

        // A second post of a double click (or a resubmit after Back) finds its own record: it answers as the first did.
        var by = User.Identity?.Name ?? "";
        if (Rows.FirstOrDefault(r => r.PersonId == Paper.PersonId) is { Acknowledgement: { } existing } recorded && IsSamePaperRecord(existing, by))
        {
            Message = PaperRecorded(recorded.FullName);
            return RedirectToPage(new { id });
        }

        var validation = await paperValidator.ValidateAsync(new PaperSubmission(Paper, Rows.Where(r => !r.HasSigned).Select(r => r.PersonId).ToList(), Window), ct);
        ModelState.AddErrors(validation, "");

        string? scanName = null;
        if (ModelState.IsValid && Paper.Scan is { Length: > 0 } scan)
        {
            var saved = await scans.SaveAsync(scan, ct);
            if (saved.Error is not null)
            {
                ModelState.AddModelError("Paper.Scan", saved.Error);
            }

            scanName = saved.FileName;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = time.GetUtcNow();
        var person = Rows.First(r => r.PersonId == Paper.PersonId);
        var result = await ledger.AppendAsync(id, person.PersonId, previous => Acknowledgement.Paper(
            id, Document.SnapshotHash!, null, person.PersonId, Paper.Date!.Value, Window, scanName, by, now, previous), ct);
        logger.LogInformation("{Director} recorded a paper acknowledgement of {Document} by person {Person} (scan {Scan}): {Result}", by, id, person.PersonId, scanName, result);
        Message = result == AppendResult.Appended || await db.Acknowledgements.AsNoTracking()
                .AnyAsync(a => a.DocumentId == id && a.PersonId == person.PersonId && a.Method == AcknowledgementMethod.Paper && a.PaperDate == Paper.Date && a.RecordedBy == by, ct)
            ? PaperRecorded(person.FullName)
            : $"{person.FullName} уже ознакомился(лась) с документом.";
        return RedirectToPage(new { id });
    }

    private static string PaperRecorded(string fullName) => $"{fullName}: ознакомление на бумаге записано.";

    private bool IsSamePaperRecord(Acknowledgement existing, string by) =>
        existing.Method == AcknowledgementMethod.Paper && existing.PaperDate == Paper.Date && existing.RecordedBy == by;

    private async Task<bool> LoadAsync([FromRoute] Guid id, CancellationToken ct)
    {
        var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (document is null || document.IsDraft)
        {
            return false;
        }

        Document = document;
        Rows = await AcknowledgementStatus.LoadAsync(db, document, ct);
        Anchor = (await journal.AnchorAsync(ct)).ToString();
        var zone = await institution.ZoneAsync();
        PublishedOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(document.PublishedAt!.Value, zone).DateTime);
        Deadline = WorkingDays.Deadline(PublishedOn, await calendar.CurrentAsync(ct));
        Today = await institution.TodayAsync();
        return true;
    }
}

public sealed class PaperInput
{
    [Display(Name = "Сотрудник")]
    public Guid? PersonId { get; set; }

    [Display(Name = "Дата на листе ознакомления")]
    public DateOnly? Date { get; set; }

    [Display(Name = "Скан листа (PDF, JPEG или PNG, до 5 МБ; необязательно)")]
    public IFormFile? Scan { get; set; }
}

/// <summary>A paper acknowledgement as posted, with who may still sign and the dates the sheet may carry.</summary>
public sealed record PaperSubmission(PaperInput Paper, IReadOnlyCollection<Guid> NotYetSigned, PaperDateWindow Window);

public sealed class PaperSubmissionValidator : AbstractValidator<PaperSubmission>
{
    public PaperSubmissionValidator()
    {
        RuleFor(s => s.Paper.PersonId)
            .Must((s, person) => person is { } id && s.NotYetSigned.Contains(id))
            .WithMessage("Выберите сотрудника из тех, кто ещё не ознакомился.");
        RuleFor(s => s.Paper.Date)
            .NotNull()
            .WithMessage("Укажите дату, которая стоит на бумажном листе.");
        RuleFor(s => s.Paper.Date)
            .Must((s, date) => s.Window.Accepts(date!.Value))
            .When(s => s.Paper.Date is not null)
            .WithMessage(PaperDateWindow.Message);
    }
}
