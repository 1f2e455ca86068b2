using System.Globalization;

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

    /// <summary>
    /// The document's own kind: «Приказ», «Порядок», «Правила»… as printed (<paramref name="typeName"/>); a row saved
    /// before the printed kind was kept has none and is named by its stored kind, as it was then.
    /// </summary>
    public static string Kind(DocumentKind kind, string typeName = "") =>
        typeName.Trim().Length > 0 ? typeName.Trim() : kind == DocumentKind.Order ? "Приказ" : "Положение";

    /// <summary>
    /// «Приказ № 44 от 25.04.2025», «Приказ (без номера)» for a draft order; a standalone document without a number
    /// of its own («Порядок», approved by a separate order) is named by its kind alone — its number is not missing.
    /// </summary>
    public static string Short(DocumentKind kind, string typeName, string number, DateOnly? date)
    {
        var numbered = string.IsNullOrWhiteSpace(number)
            ? kind == DocumentKind.Order ? " (без номера)" : ""
            : $" №\u00a0{number}";
        return $"{Kind(kind, typeName)}{numbered}{(date is { } d ? $" от {d:dd.MM.yyyy}" : "")}";
    }

    public static string Short(PolicyDocument document) => Short(document.Kind, document.TypeName, document.Number, document.Date);

    /// <summary>«Приказ», «Порядок», «Положение»: the printed kind («ПОРЯДОК») in sentence case.</summary>
    public static string KindWord(DocumentContent content)
    {
        var typeName = string.Join(' ', content.Requisites.DocumentTypeName.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (typeName.Length == 0)
        {
            return Kind(content.Kind);
        }

        var lower = typeName.ToLower(Russian);
        return char.ToUpper(lower[0], Russian) + lower[1..];
    }

    /// <summary>«Порядку», «Положению», «Правилам»: the document's kind in the dative, for «Приложение 1 к …».</summary>
    public static string KindDative(DocumentContent content) => KindWord(content) switch
    {
        "Приказ" => "приказу",
        "Положение" => "Положению",
        "Порядок" => "Порядку",
        "Правила" => "Правилам",
        "Регламент" => "Регламенту",
        "Инструкция" => "Инструкции",
        "Программа" => "Программе",
        "Политика" => "Политике",
        "Устав" => "Уставу",
        "План" => "Плану",
        var other => other,
    };

    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    public static string AppendixKind(AppendixKind kind) => kind switch
    {
        Documents.AppendixKind.Regulation => "Порядок (положение)",
        Documents.AppendixKind.ApprovedServices => "Перечень сервисов",
        Documents.AppendixKind.Roster => "Перечень ответственных лиц",
        Documents.AppendixKind.ProhibitedServices => "Запрещённые сервисы",
        _ => "Произвольный текст",
    };
}
