namespace PolicyPortal.Domain.Documents;

/// <summary>How documents are named in lists and messages.</summary>
public static class DocumentTitles
{
    public static string Status(DocumentStatus status) => status switch
    {
        DocumentStatus.Draft => "черновик",
        DocumentStatus.Published => "действует",
        _ => "утратил силу",
    };

    public static string Kind(DocumentKind kind) => kind == DocumentKind.Order ? "Приказ" : "Положение";

    /// <summary>«Приказ № 44 от 25.04.2025», or «Приказ (без номера)» for a draft.</summary>
    public static string Short(DocumentKind kind, string number, DateOnly? date) =>
        $"{Kind(kind)} {(string.IsNullOrWhiteSpace(number) ? "(без номера)" : $"№\u00a0{number}")}{(date is { } d ? $" от {d:dd.MM.yyyy}" : "")}";

    public static string Short(PolicyDocument document) => Short(document.Kind, document.Number, document.Date);

    public static string AppendixKind(AppendixKind kind) => kind switch
    {
        Documents.AppendixKind.Regulation => "Порядок (положение)",
        Documents.AppendixKind.ApprovedServices => "Перечень сервисов",
        Documents.AppendixKind.Roster => "Перечень ответственных лиц",
        Documents.AppendixKind.ProhibitedServices => "Запрещённые сервисы",
        _ => "Произвольный текст",
    };
}
