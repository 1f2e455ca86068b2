using PolicyPortal.Web.Hosting;

namespace PolicyPortal.Web.Pages.Region;

/// <summary>The overview's columns a curator sorts by (the column headers' links), each with how its rows compare.</summary>
public static class OverviewSort
{
    public const string Default = "name";

    private static readonly StringComparer Names = StringComparer.Create(PortalServices.Russian, ignoreCase: true);

    private static readonly Dictionary<string, Func<IEnumerable<OverviewRow>, bool, IOrderedEnumerable<OverviewRow>>> Columns = new(StringComparer.Ordinal)
    {
        ["name"] = (rows, desc) => By(rows, r => r.Name, desc, Names),
        ["document"] = (rows, desc) => By(rows, r => r.Document?.Date ?? DateOnly.MinValue, desc),
        ["days"] = (rows, desc) => By(rows, r => r.DaysSincePublication ?? int.MaxValue, desc),
        ["services"] = (rows, desc) => By(rows, r => r.Services.Count, desc),
        ["prohibited"] = (rows, desc) => By(rows, r => r.ProhibitedApproved.Count, desc),
        ["rate"] = (rows, desc) => By(rows, r => r.Rate ?? -1, desc),
        ["overdue"] = (rows, desc) => By(rows, r => r.Overdue, desc),
    };

    public static bool IsColumn(string? column) => column is not null && Columns.ContainsKey(column);

    /// <summary>Rows in the column's order (an unknown column: by name), ties by name so the order never jumps.</summary>
    public static IReadOnlyList<OverviewRow> Apply(IEnumerable<OverviewRow> rows, string? column, bool descending) =>
        [.. Columns[IsColumn(column) ? column! : Default](rows, descending).ThenBy(r => r.Name, Names).ThenBy(r => r.InstitutionId)];

    private static IOrderedEnumerable<OverviewRow> By<TKey>(IEnumerable<OverviewRow> rows, Func<OverviewRow, TKey> key, bool descending, IComparer<TKey>? comparer = null) =>
        descending ? rows.OrderByDescending(key, comparer) : rows.OrderBy(key, comparer);
}
