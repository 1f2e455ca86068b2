using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Audit;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Templates;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Hosting;

namespace PolicyPortal.Web.Pages.Documents;

/// <summary>The director's list of documents and the ways to start a new one.</summary>
[Authorize(Roles = Roles.Director)]
public sealed class IndexModel(AppDbContext db, TimeProvider time, InstitutionInfo institution, SubmittedForms submitted) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    /// <summary>Issued with the page's forms: a second post of the same form (a double click) opens the draft the first made.</summary>
    [BindProperty]
    [System.ComponentModel.DataAnnotations.Display(Name = "Номер формы")]
    public Guid FormId { get; set; }

    /// <summary>Drafts first, then by date: a page of 50, whatever the archive holds (issue 12: 500 published documents).</summary>
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "p")]
    [System.ComponentModel.DataAnnotations.Display(Name = "Страница")]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync()
    {
        FormId = Guid.NewGuid();
        var documents = await db.Documents.AsNoTracking()
            .Select(d => new { d.Id, d.Kind, d.TypeName, d.Status, d.Number, d.Date, d.Title, d.UpdatedAt, d.UpdatedBy, d.PublishedAt, d.SupersededById })
            .ToListAsync();
        Total = documents.Count;
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = documents
            .OrderBy(d => d.Status)
            .ThenByDescending(d => d.Date)
            .ThenByDescending(d => d.UpdatedAt)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(d => new Row(d.Id, d.Status, DocumentTitles.Short(d.Kind, d.TypeName, d.Number, d.Date), d.Title, d.UpdatedAt, d.UpdatedBy, d.PublishedAt))
            .ToList();
    }

    public async Task<IActionResult> OnPostFromTemplateAsync()
    {
        var profile = await ProfileAsync();
        var services = await db.Services.AsNoTracking().OrderBy(s => s.SortOrder).ToListAsync();
        var prohibited = await db.ProhibitedServices.AsNoTracking().OrderBy(p => p.Name).ToListAsync();
        var content = ModelTemplates.For(profile, services, prohibited, await institution.TodayAsync());
        return await CreateAsync(content, AuditActions.CreateFromTemplate, null);
    }

    public async Task<IActionResult> OnPostBlankAsync()
    {
        var profile = await ProfileAsync();
        var content = new DocumentContent
        {
            Requisites =
            {
                FounderLine = profile.FounderLine,
                InstitutionName = profile.FullName,
                InstitutionShortName = profile.ShortName,
                Place = profile.City.Trim().Length > 0 ? $"г. {profile.City.Trim()}" : "",
                Date = await institution.TodayAsync(),
                SignatoryPosition = profile.DirectorPosition,
                SignatoryName = Domain.Staff.Person.ShortName(profile.DirectorName),
                Preamble = "приказываю:",
            },
        };
        return await CreateAsync(content, AuditActions.CreateBlank, null);
    }

    /// <summary>The profile, or an empty one when the portal was installed by commands without it (the check names what is missing).</summary>
    private async Task<Domain.Institutions.InstitutionProfile> ProfileAsync() =>
        await db.Institutions.AsNoTracking().OrderBy(i => i.Id).FirstOrDefaultAsync() ?? new Domain.Institutions.InstitutionProfile();

    /// <summary>The usual way to make next year's version: a copy of a published document, without number, dated today.</summary>
    public async Task<IActionResult> OnPostCopyAsync(Guid id)
    {
        var source = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id && d.Status != DocumentStatus.Draft);
        if (source is null)
        {
            return NotFound();
        }

        var content = DocumentJson.Deserialize(source.SnapshotJson!);
        content.Requisites.Number = "";
        content.Requisites.Date = await institution.TodayAsync();
        var supersedes = source.Status == DocumentStatus.Published ? source.Id : (Guid?)null;
        return await CreateAsync(content, AuditActions.CreateCopy, supersedes, $"копия документа {DocumentTitles.Short(source)}", source.Id);
    }

    private async Task<IActionResult> CreateAsync(DocumentContent content, string action, Guid? supersedes, string details = "", Guid? source = null)
    {
        var draft = await submitted.OnceAsync($"documents-{action}-{source}", FormId, async () =>
        {
            var user = User.Identity!.Name!;
            var now = time.GetUtcNow();
            var document = PolicyDocument.CreateDraft(content, user, now, supersedes);
            db.Documents.Add(document);
            db.AuditLog.Add(AuditEntry.Record(now, user, action, document.Id.ToString(), details));
            await db.SaveChangesAsync();
            return $"/director/documents/{document.Id}";
        });
        return Redirect(draft!);
    }

    public sealed record Row(Guid Id, DocumentStatus Status, string ShortTitle, string Title, DateTimeOffset UpdatedAt, string UpdatedBy, DateTimeOffset? PublishedAt);
}
