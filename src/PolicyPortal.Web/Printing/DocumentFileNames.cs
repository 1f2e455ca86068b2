using PolicyPortal.Domain.Documents;

namespace PolicyPortal.Web.Printing;

/// <summary>Human file names and titles: «Приказ № 44 от 25.04.2025.pdf», «Приложение 2 к приказу № 44 от 25.04.2025.pdf».</summary>
public static class DocumentFileNames
{
    public static string Title(DocumentView view) => view.OnlyAppendix is { } n
        ? $"Приложение {n} к {TypeDative(view.Content)} {Requisites(view.Content)}"
        : $"{TypeName(view.Content)} {Requisites(view.Content)}";

    public static string Pdf(DocumentView view) => Safe(Title(view)) + ".pdf";

    /// <summary>«Проект. Приказ № 44 от 25.04.2025.docx»; a published document's is «… (редактируемая копия).docx».</summary>
    public static string Docx(DocumentView view) =>
        (view.IsDraft ? "Проект. " : "") + Safe(Title(view)) + (view.IsDraft ? "" : " (редактируемая копия)") + ".docx";

    private static string Requisites(DocumentContent content) =>
        $"№ {(string.IsNullOrWhiteSpace(content.Requisites.Number) ? "б/н" : content.Requisites.Number.Trim())} от {DocumentText.Date(content.Requisites.Date)}";

    private static string TypeName(DocumentContent content) =>
        content.Kind == DocumentKind.StandaloneRegulation ? "Положение" : "Приказ";

    private static string TypeDative(DocumentContent content) =>
        content.Kind == DocumentKind.StandaloneRegulation ? "положению" : "приказу";

    /// <summary>Numbers like «1065/1-о» hold characters no file system accepts.</summary>
    private static string Safe(string name) =>
        string.Concat(name.Select(c => c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '-' : c));
}
