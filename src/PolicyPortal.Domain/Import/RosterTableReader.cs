using PolicyPortal.Domain.Documents;

namespace PolicyPortal.Domain.Import;

/// <summary>
/// A roster table: activity | full name | position. A row whose activity cell is empty carries on the previous
/// activity (a merged cell in the original).
/// </summary>
public static class RosterTableReader
{
    /// <summary>A header with a name column and a position column, or a position column beside an activity (a roster by positions).</summary>
    public static bool IsRosterHeader(SourceLine line) =>
        line.IsTableRow && line.Cells.Any(IsPositionHeader)
        && (line.Cells.Any(IsNameHeader) || line.Cells.Any(c => c.Length > 0 && !IsPositionHeader(c) && !IsNumberHeader(c)));

    public static List<RosterGroup> Read(IReadOnlyList<SourceLine> rows)
    {
        int activity = 0, name = 1, position = 2;
        var groups = new List<RosterGroup>();
        foreach (var row in rows)
        {
            if (IsRosterHeader(row))
            {
                name = Array.FindIndex(row.Cells, IsNameHeader);
                position = Array.FindIndex(row.Cells, IsPositionHeader);
                activity = Enumerable.Range(0, row.Cells.Length).Where(i => i != name && i != position && !IsNumberHeader(row.Cells[i])).DefaultIfEmpty(-1).First();
                continue;
            }

            var cells = row.IsTableRow ? row.Cells : [row.Text];
            var activityText = Cell(cells, activity);
            if (activityText.Length > 0 || groups.Count == 0)
            {
                groups.Add(new RosterGroup { Activity = activityText });
            }

            var fullName = Cell(cells, name);
            var positionText = Cell(cells, position);
            if (fullName.Length > 0 || positionText.Length > 0)
            {
                groups[^1].Persons.Add(PersonRef.Of(fullName, positionText));
            }
        }

        return groups;
    }

    internal static bool IsPositionHeader(string cell) => cell.Contains("олжност", StringComparison.OrdinalIgnoreCase);

    /// <summary>«№», «№ п/п», «N»: the row number column, not the activity.</summary>
    private static bool IsNumberHeader(string cell) => cell.StartsWith('№') || cell is "N" or "п/п" or "N п/п";

    internal static bool IsNameHeader(string cell) =>
        cell.Contains("ФИО", StringComparison.Ordinal) || cell.Contains("Ф.И.О", StringComparison.Ordinal)
        || cell.Contains("Фамилия", StringComparison.OrdinalIgnoreCase)
        || (!IsPositionHeader(cell) && (cell.StartsWith("Ответственное лицо", StringComparison.OrdinalIgnoreCase)
            || cell.StartsWith("Ответственные лица", StringComparison.OrdinalIgnoreCase)));

    private static string Cell(string[] cells, int index) => index >= 0 && index < cells.Length ? cells[index] : "";
}
