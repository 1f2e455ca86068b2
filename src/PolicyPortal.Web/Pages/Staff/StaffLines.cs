namespace PolicyPortal.Web.Pages.Staff;

/// <summary>
/// «Фамилия Имя Отчество; Должность; e-mail» — one person a line, for the first filling of the directory.
/// Blank lines are skipped; the e-mail may be left out.
/// </summary>
public static class StaffLines
{
    public sealed record Line(int Number, PersonInput Person, List<string> Errors);

    public static List<Line> Parse(string text)
    {
        var lines = new List<Line>();
        var rows = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < rows.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(rows[i]))
            {
                continue;
            }

            var parts = rows[i].Split(';').Select(p => p.Trim()).ToArray();
            var line = new Line(i + 1, new PersonInput
            {
                FullName = parts[0],
                Position = parts.Length > 1 ? parts[1] : "",
                Email = parts.Length > 2 ? parts[2] : "",
            }, []);
            if (parts.Length > 3)
            {
                line.Errors.Add("больше трёх частей через «;» — нужно «ФИО; Должность; e-mail».");
            }

            lines.Add(line);
        }

        return lines;
    }
}
