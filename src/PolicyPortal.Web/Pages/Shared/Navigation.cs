using System.Security.Claims;
using PolicyPortal.Web.Accounts;

namespace PolicyPortal.Web.Pages.Shared;

/// <param name="MenuTitle">The short name in the header menu, or null when the link is on the dashboard only.</param>
/// <param name="Description">What the dashboard says the link is for.</param>
/// <param name="Roles">Who sees it; none means everyone signed in.</param>
public sealed record NavigationLink(string Href, string? MenuTitle, string Description, params string[] Roles)
{
    /// <summary>Roles that never see it, even where <see cref="Roles"/> is empty.</summary>
    public IReadOnlyList<string> NotFor { get; init; } = [];

    public bool IsFor(ClaimsPrincipal user) => (Roles.Length == 0 || Roles.Any(user.IsInRole)) && !NotFor.Any(user.IsInRole);
}

/// <summary>
/// The staff side's one list of places: the header menu and the dashboard both read it, so a page that a role may use
/// is on both or on neither (ReachableByLinksTests proves every such page is reachable).
/// </summary>
public static class Navigation
{
    public static readonly IReadOnlyList<NavigationLink> Links =
    [
        new("/region", "Обзор региона", "Обзор региона: документы всех организаций, сервисы, ознакомление; выгрузка в CSV", Roles.Curator),
        new("/director/documents", "Документы", "Документы: создать приказ по типовому шаблону или импортировать готовый, редактировать, опубликовать, следить за ознакомлением", Roles.Director),
        new("/director/staff", "Сотрудники", "Справочник сотрудников: добавить, пригласить на портал", Roles.Director, Roles.Administrator),
        // The region's curator is on no institution's staff list, so has nothing to acknowledge.
        new("/my/documents", "Мои документы", "Мои документы: ознакомиться с приказами") { NotFor = [Roles.Curator] },
        new("/admin/users", "Пользователи", "Пользователи и роли", Roles.Administrator),
        new("/admin/profile", "Профиль организации", "Профиль организации: название, руководитель, контакты", Roles.Administrator),
        new("/admin/services", "Сервисы", "Реестр сервисов взаимодействия", Roles.Administrator),
        new("/admin/calendar", "Календарь", "Производственный календарь: праздники и переносы следующих лет", Roles.Administrator),
        new("/admin/prohibited", null, "Перечень запрещённых иностранных сервисов", Roles.Administrator),
        new("/admin/agreement", null, "Соглашение о простой электронной подписи: изменить текст", Roles.Administrator),
        new("/account/agreement", null, "Соглашение о простой электронной подписи: прочитать"),
        new("/account/change-password", null, "Сменить пароль"),
        new("/account/two-factor/setup", null, "Двухфакторная аутентификация: приложение и коды восстановления"),
    ];

    public static IEnumerable<NavigationLink> Menu(ClaimsPrincipal user) => Links.Where(l => l.MenuTitle is not null && l.IsFor(user));

    public static IEnumerable<NavigationLink> Dashboard(ClaimsPrincipal user) => Links.Where(l => l.IsFor(user));
}
