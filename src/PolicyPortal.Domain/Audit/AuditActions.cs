namespace PolicyPortal.Domain.Audit;

/// <summary>
/// The actions the audit log records, as stored codes, and the Russian words the history shows for them.
/// Codes never reach the people who read the history: <see cref="Title"/> and <see cref="DetailsOf"/> translate them.
/// </summary>
public static class AuditActions
{
    public const string CreateFromTemplate = "create-from-template";
    public const string CreateBlank = "create-blank";
    public const string CreateCopy = "create-copy";
    public const string Import = "import";
    public const string Edit = "edit";
    public const string Publish = "publish";
    public const string Supersede = "supersede";
    public const string Agreement = "agreement";
    public const string Delete = "delete";
    public const string LinkAccount = "link-account";
    public const string UnlinkAccount = "unlink-account";
    /// <summary>A curator opened the regional overview (read-only; recorded in the curator's institution's journal).</summary>
    public const string RegionView = "region-view";
    public const string RegionExport = "region-export";

    public static string Title(string action) => action switch
    {
        CreateFromTemplate => "создан по типовому шаблону",
        CreateBlank => "создан пустым",
        CreateCopy => "создан как новая редакция:",
        Import => "импортирован",
        Edit => "изменён:",
        Publish => "опубликован:",
        Supersede => "",
        Delete => "удалён:",
        Agreement => "утверждена новая редакция соглашения о ПЭП:",
        LinkAccount => "сотрудник связан с учётной записью:",
        UnlinkAccount => "снята связь сотрудника с учётной записью:",
        RegionView => "просмотрен обзор региона:",
        RegionExport => "обзор региона выгружен таблицей:",
        _ => "действие:",
    };

    /// <summary>
    /// The details as the history shows them. Edits saved before descriptions were stored in Russian end with a button's
    /// code («Приложение 1 add-clause:9:3»); those codes read as words («Приложение 1: добавлен пункт 10.4»).
    /// </summary>
    public static string DetailsOf(string action, string details)
    {
        if (action != Edit)
        {
            return details;
        }

        var space = details.LastIndexOf(' ');
        var code = space < 0 ? details : details[(space + 1)..];
        if (Documents.EditOperation.Parse(code) is not { } operation)
        {
            return details;
        }

        var part = space < 0 ? "" : details[..space].TrimEnd();
        var words = operation.Describe(null);
        return part == "" ? words : $"{part}: {words}";
    }
}
