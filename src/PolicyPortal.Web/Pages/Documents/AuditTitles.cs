namespace PolicyPortal.Web.Pages.Documents;

public static class AuditTitles
{
    public static string Of(string action) => action switch
    {
        "create-from-template" => "создан по типовому шаблону",
        "create-blank" => "создан пустым",
        "create-copy" => "создан как новая редакция:",
        "import" => "импортирован",
        "edit" => "изменён:",
        "publish" => "опубликован:",
        "supersede" => "",
        _ => action,
    };
}
