using PolicyPortal.Domain.Documents;

namespace PolicyPortal.Domain.Import;

/// <summary>
/// A roster table: activity | full name | position. A row whose activity cell is empty carries on the previous
/// activity (a merged cell in the original).
/// </summary>
public static class RosterTableReader
{
    public static bool IsRosterHeader(SourceLine line) =>
        line.IsTableRow && line.Cells.Any(IsNameHeader) && line.Cells.Any(c => c.Contains("олжност", StringComparison.OrdinalIgnoreCase));

    public static List<RosterGroup> Read(IReadOnlyList<SourceLine> rows)
    {
        int activity = 0, name = 1, position = 2;
        var groups = new List<RosterGroup>();
        foreach (var row in rows)
        {
            if (IsRosterHeader(row))
            {
                name = Array.FindIndex(row.Cells, IsNameHeader);
                position = Array.FindIndex(row.Cells, c => c.Contains("олжност", StringComparison.OrdinalIgnoreCase));
                activity = Enumerable.Range(0, row.Cells.Length).First(i => i != name && i != position);
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

    private static bool IsNameHeader(string cell) =>
        cell.Contains("ФИО", StringComparison.Ordinal) || cell.Contains("Ф.И.О", StringComparison.Ordinal)
        || cell.Contains("Фамилия", StringComparison.OrdinalIgnoreCase);

    private static string Cell(string[] cells, int index) => index >= 0 && index < cells.Length ? cells[index] : "";
}
