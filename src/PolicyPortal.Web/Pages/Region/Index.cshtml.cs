using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PolicyPortal.Domain.Audit;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Institutions;

namespace PolicyPortal.Web.Pages.Region;

/// <summary>
/// The curator's regional overview: every institution's document in force, its services and acknowledgement, sortable
/// and exportable. Read-only; each view and each export is a line of the audit log.
/// </summary>
[Authorize(Roles = Roles.Curator)]
public sealed class IndexModel(RegionalOverview overview, InstitutionAddresses addresses, AppDbContext db, TimeProvider time) : PageModel
{
    public const string Path = "/region";

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Порядок сортировки")]
    public bool Desc { get; set; }

    public IReadOnlyList<OverviewRow> Rows { get; private set; } = [];

    /// <summary>Each document in force's public page, at its institution's own address.</summary>
    private readonly Dictionary<int, string> links = [];

    public string Column => OverviewSort.IsColumn(Sort) ? Sort! : OverviewSort.Default;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        await AuditAsync(AuditActions.RegionView, $"организаций: {Rows.Count}; порядок: {Column}{(Desc ? ", по убыванию" : "")}", ct);
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        await AuditAsync(AuditActions.RegionExport, $"организаций: {Rows.Count}", ct);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return File(OverviewCsv.Write(Rows, LinkOf), "text/csv; charset=utf-8", $"обзор-региона-{today:yyyy-MM-dd}.csv");
    }

    /// <summary>Where the column header's link leads: this column, the other way round if it is the current one.</summary>
    public string SortLink(string column) =>
        $"{Path}?sort={column}{(column == Column && !Desc ? "&desc=true" : "")}";

    public string? AriaSort(string column) => column == Column ? (Desc ? "descending" : "ascending") : null;

    public string CsvLink => $"{Path}?handler=Csv&sort={Column}{(Desc ? "&desc=true" : "")}";

    public string? LinkOf(OverviewRow row) => links.GetValueOrDefault(row.InstitutionId);

    private async Task LoadAsync(CancellationToken ct)
    {
        Rows = OverviewSort.Apply(await overview.LoadAsync(ct), Sort, Desc);
        foreach (var row in Rows.Where(r => r.Document is not null))
        {
            // The host directory is kept in memory: no command per institution.
            links[row.InstitutionId] = (await addresses.OfAsync(row.InstitutionId, ct)).DocumentLink(row.Document!.Id);
        }
    }

    private async Task AuditAsync(string action, string details, CancellationToken ct)
    {
        db.AuditLog.Add(AuditEntry.Record(time.GetUtcNow(), User.Identity?.Name ?? "", action, "region", details));
        await db.SaveChangesAsync(ct);
    }
}
