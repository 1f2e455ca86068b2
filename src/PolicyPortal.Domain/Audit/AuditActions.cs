namespace PolicyPortal.Domain.Audit;

public static class AuditActions
{
    public static string Title(string action) => action switch
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
