using PolicyPortal.Domain.Documents;

namespace PolicyPortal.Web.Printing;

/// <summary>
/// Human file names and titles: «Приказ № 44 от 25.04.2025.pdf», «Приложение 2 к приказу № 44 от 25.04.2025.pdf»,
/// «Порядок применения сервисов….pdf». The kind is the printed one (a Порядок is not a «Положение»), and a standalone
/// document without a number of its own gets no «№».
/// </summary>
public static class DocumentFileNames
{
    /// <summary>A title read back as a file name stays short enough for every file system.</summary>
    private const int MaxTitleLength = 120;

    public static string Title(DocumentView view) => view.OnlyAppendix is { } n
        ? $"Приложение {n} к {DocumentText.KindDative(view.Content)} {Requisites(view.Content)}"
        : $"{DocumentText.KindWord(view.Content)} {Requisites(view.Content)}";

    public static string Pdf(DocumentView view) => Safe(Title(view)) + ".pdf";

    /// <summary>«Проект. Приказ № 44 от 25.04.2025.docx»; a published document's is «… (редактируемая копия).docx».</summary>
    public static string Docx(DocumentView view) =>
        (view.IsDraft ? "Проект. " : "") + Safe(Title(view)) + (view.IsDraft ? "" : " (редактируемая копия)") + ".docx";

    private static string Requisites(DocumentContent content)
    {
        var r = content.Requisites;
        var hasDate = r.Date is not null || r.DateAsWritten.Trim().Length > 0;
        if (content.Kind == DocumentKind.Order)
        {
            return $"№ {(string.IsNullOrWhiteSpace(r.Number) ? "б/н" : r.Number.Trim())} от {DocumentText.Date(r.Date, r.DateAsWritten)}";
        }

        if (r.Number.Trim().Length > 0 || hasDate)
        {
            return string.Join(' ', new[]
            {
                r.Number.Trim().Length > 0 ? "№ " + r.Number.Trim() : "",
                hasDate ? "от " + DocumentText.Date(r.Date, r.DateAsWritten) : "",
            }.Where(p => p.Length > 0));
        }

        var title = r.Title.Trim();
        if (title.Length <= MaxTitleLength)
        {
            return title;
        }

        var cut = title.LastIndexOf(' ', MaxTitleLength);
        return title[..(cut > 0 ? cut : MaxTitleLength)] + "…";
    }

    /// <summary>Numbers like «1065/1-о» hold characters no file system accepts.</summary>
    private static string Safe(string name) =>
        string.Concat(name.Select(c => c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' || char.IsControl(c) ? '-' : c)).Trim();
}
