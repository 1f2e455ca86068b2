using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PolicyPortal.Domain.Audit;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Data;

namespace PolicyPortal.Web.Pages.Region;

/// <summary>
/// The curator's regional overview: every institution's document in force, its services and acknowledgement, sortable
/// and exportable. Read-only; each view and each export is a line of the audit log.
/// </summary>
[Authorize(Roles = Roles.Curator)]
public sealed class IndexModel(RegionalOverview overview, AppDbContext db, TimeProvider time) : PageModel
{
    public const string Path = "/region";

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Desc { get; set; }

    public IReadOnlyList<OverviewRow> Rows { get; private set; } = [];

    public string Column => OverviewSort.IsColumn(Sort) ? Sort! : OverviewSort.Default;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rows = OverviewSort.Apply(await overview.LoadAsync(ct), Sort, Desc);
        await AuditAsync(AuditActions.RegionView, $"организаций: {Rows.Count}; порядок: {Column}{(Desc ? ", по убыванию" : "")}", ct);
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        Rows = OverviewSort.Apply(await overview.LoadAsync(ct), Sort, Desc);
        await AuditAsync(AuditActions.RegionExport, $"организаций: {Rows.Count}", ct);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return File(OverviewCsv.Write(Rows, LinkOf), "text/csv; charset=utf-8", $"обзор-региона-{today:yyyy-MM-dd}.csv");
    }

    /// <summary>Where the column header's link leads: this column, the other way round if it is the current one.</summary>
    public string SortLink(string column) =>
        $"{Path}?sort={column}{(column == Column && !Desc ? "&desc=true" : "")}";

    public string? AriaSort(string column) => column == Column ? (Desc ? "descending" : "ascending") : null;

    public string CsvLink => $"{Path}?handler=Csv&sort={Column}{(Desc ? "&desc=true" : "")}";

    /// <summary>The document's public page on the institution's own address (this address when it has none).</summary>
    public string? LinkOf(OverviewRow row)
    {
        if (row.Document is not { } document)
        {
            return null;
        }

        var path = $"/documents/{document.Id}";
        if (row.Host is not { } host)
        {
            return path;
        }

        var port = Request.Host.Port is { } p ? $":{p}" : "";
        return $"{Request.Scheme}://{host}{port}{path}";
    }

    private async Task AuditAsync(string action, string details, CancellationToken ct)
    {
        db.AuditLog.Add(AuditEntry.Record(time.GetUtcNow(), User.Identity?.Name ?? "", action, "region", details));
        await db.SaveChangesAsync(ct);
    }
}
