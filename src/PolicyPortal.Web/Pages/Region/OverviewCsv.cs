using System.Text;
using PolicyPortal.Web.Hosting;

namespace PolicyPortal.Web.Pages.Region;

/// <summary>
/// The overview as a CSV file for Excel: UTF-8 with a byte-order mark (or Excel reads it as ANSI), semicolons (the list
/// separator of Russian Windows), Russian headers. A cell that starts like a formula is written as text: names come from
/// institutions' profiles and documents, and a «=…» must not run in the ministry's spreadsheet.
/// </summary>
public static class OverviewCsv
{
    public static readonly string[] Headers =
    [
        "Организация", "Документ в силе", "Номер", "Дата", "Ссылка", "Дней с публикации", "Утверждённые сервисы",
        "Из них государственные системы", "Утверждён запрещённый сервис", "Ознакомлено, %", "Ознакомлено", "Должны ознакомиться", "Просрочено",
    ];

    public static byte[] Write(IEnumerable<OverviewRow> rows, Func<OverviewRow, string?> link)
    {
        var text = new StringBuilder();
        Line(text, Headers);
        foreach (var row in rows)
        {
            var document = row.Document;
            Line(text,
            [
                row.Name,
                document?.Title ?? "нет опубликованного документа",
                document?.Number ?? "",
                document?.Date?.ToString("dd.MM.yyyy", PortalServices.Russian) ?? "",
                link(row) ?? "",
                row.DaysSincePublication?.ToString(PortalServices.Russian) ?? "",
                string.Join(", ", row.Services.Select(s => s.Name)),
                string.Join(", ", row.Services.Where(s => s.IsStateSystem).Select(s => s.Name)),
                row.ProhibitedApproved.Count > 0 ? "да: " + string.Join(", ", row.ProhibitedApproved) : "нет",
                row.Rate is { } rate ? (rate * 100).ToString("0.#", PortalServices.Russian) : "",
                row.Signed.ToString(PortalServices.Russian),
                row.Required.ToString(PortalServices.Russian),
                row.Overdue.ToString(PortalServices.Russian),
            ]);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static void Line(StringBuilder text, IEnumerable<string> cells) =>
        text.Append(string.Join(';', cells.Select(Cell))).Append("\r\n");

    private static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([';', '"', '\n', '\r']) >= 0 || value != value.Trim()
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }
}
