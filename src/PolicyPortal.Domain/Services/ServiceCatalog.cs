namespace PolicyPortal.Domain.Services;

/// <summary>
/// The seed of the services registry: what a Russian school or college commonly uses to reach
/// students and parents. The director edits the registry afterwards; the model templates pick
/// entries by the names below.
/// </summary>
public static class ServiceCatalog
{
    public const string Sferum = "ИКОП «Сферум»";
    public const string Max = "МАХ";
    public const string VkMessengerSferum = "Учебный профиль VK Мессенджера (Сферум)";
    public const string MySchool = "ФГИС «Моя школа»";
    public const string Dnevnik = "Дневник.ру";
    public const string Eljur = "ЭлЖур";
    public const string RegionalJournal = "Региональная система электронного журнала (например, ЭПОС)";
    public const string Telemost = "Яндекс.Телемост";
    public const string Email = "Электронная почта организации";
    public const string SiteAppeals = "Форма обращений на официальном сайте";
    public const string Meo = "Межведомственный электронный документооборот (МЭО)";
    public const string BookRu = "ЭБС BOOK.ru";
    public const string Garant = "СПС «ГАРАНТ Образование»";

    private const string MySchoolBasis = "Постановление Правительства РФ от 13.07.2022 № 1241 «О федеральной государственной информационной системе «Моя школа»…»";

    private const string InviteFromTeacher = "ссылку-приглашение в чат класса или группы пришлёт классный руководитель, куратор или преподаватель";

    private static readonly Dictionary<string, ServiceJoining> Joinings = new(StringComparer.OrdinalIgnoreCase)
    {
        [Sferum] = new(
            "Установите приложение МАХ или VK Мессенджер (или откройте sferum.ru в браузере), войдите по номеру телефона и создайте учебный профиль «Сферум»; " + InviteFromTeacher + ".",
            "https://sferum.ru"),
        [Max] = new("Установите приложение МАХ из магазина приложений или откройте max.ru и войдите по номеру телефона; " + InviteFromTeacher + ".", "https://max.ru"),
        [VkMessengerSferum] = new("Откройте VK Мессенджер, войдите по номеру телефона и переключитесь на учебный профиль «Сферум»; " + InviteFromTeacher + ".", "https://web.vk.me"),
        [MySchool] = new("Войдите на myschool.edu.ru через подтверждённую учётную запись Госуслуг; сведения о ребёнке появятся после того, как организация внесёт его в систему.", "https://myschool.edu.ru"),
        [Dnevnik] = new("Логин и пароль родителя выдаёт классный руководитель или куратор; войдите на dnevnik.ru или в приложение «Дневник.ру».", "https://dnevnik.ru"),
        [Eljur] = new("Логин и пароль родителя выдаёт классный руководитель или куратор; войдите на eljur.ru или в приложение «ЭлЖур».", "https://eljur.ru"),
        [RegionalJournal] = new("Вход — через учётную запись Госуслуг на портале региональной системы; её адрес сообщит классный руководитель или куратор.", ""),
        [Telemost] = new("Регистрироваться не нужно: откройте ссылку на встречу, которую пришлёт преподаватель, в браузере или в приложении «Яндекс Телемост».", "https://telemost.yandex.ru"),
    };

    /// <summary>How a parent joins a service of this catalog (by its name), when the administrator has not written otherwise.</summary>
    public static ServiceJoining? DefaultJoining(string name) => Joinings.GetValueOrDefault(name.Trim());

    public static IReadOnlyList<Service> Seed() =>
    [
        new()
        {
            Name = Sferum, Kind = "платформа", Interaction = Interaction.Both, IsStateSystem = true,
            Purpose = "Видеозанятия, чаты учебных групп и классов, обмен сообщениями и файлами с обучающимися и родителями.",
            LegalBasis = MySchoolBasis, Url = "https://sferum.ru", SortOrder = 10,
        },
        new()
        {
            Name = Max, Kind = "мессенджер", Interaction = Interaction.Both, IsStateSystem = true,
            Purpose = "Национальный мессенджер для переписки, звонков и видеосвязи, в том числе в учебном профиле «Сферум».",
            LegalBasis = "Федеральный закон от 24.06.2025 № 156-ФЗ; распоряжение Правительства РФ от 12.07.2025 № 1880-р",
            Url = "https://max.ru", SortOrder = 20,
        },
        new()
        {
            Name = VkMessengerSferum, Kind = "мессенджер", Interaction = Interaction.Both, IsStateSystem = true,
            Purpose = "Переписка и звонки в учебном профиле «Сферум», отделённом от личной страницы.",
            LegalBasis = MySchoolBasis, Url = "https://web.vk.me", SortOrder = 30,
        },
        new()
        {
            Name = MySchool, Kind = "платформа", Interaction = Interaction.Asynchronous, IsStateSystem = true,
            Purpose = "Доступ к цифровым учебным материалам, заданиям и сведениям об успеваемости.",
            LegalBasis = MySchoolBasis, Url = "https://myschool.edu.ru", SortOrder = 40,
        },
        new()
        {
            Name = Dnevnik, Kind = "электронный журнал", Interaction = Interaction.Asynchronous,
            Purpose = "Электронный журнал и дневник: оценки, расписание, домашние задания и сообщения родителям.",
            LegalBasis = "Локальный акт организации о ведении электронного журнала", Url = "https://dnevnik.ru", SortOrder = 50,
        },
        new()
        {
            Name = Eljur, Kind = "электронный журнал", Interaction = Interaction.Asynchronous,
            Purpose = "Электронный журнал и дневник: оценки, расписание, домашние задания и сообщения родителям.",
            LegalBasis = "Локальный акт организации о ведении электронного журнала", Url = "https://eljur.ru", SortOrder = 60,
        },
        new()
        {
            Name = RegionalJournal, Kind = "электронный журнал", Interaction = Interaction.Asynchronous, IsStateSystem = true,
            Purpose = "Региональная государственная система учёта успеваемости с сообщениями для обучающихся и родителей.",
            LegalBasis = "Часть 3.1 статьи 16 Федерального закона от 29.12.2012 № 273-ФЗ; нормативный акт субъекта РФ",
            Url = "", SortOrder = 70,
        },
        new()
        {
            Name = Telemost, Kind = "видеосвязь", Interaction = Interaction.Synchronous,
            Purpose = "Видеовстречи и родительские собрания в режиме видеоконференции.",
            LegalBasis = "Локальный акт организации", Url = "https://telemost.yandex.ru", SortOrder = 80,
        },
        new()
        {
            Name = Email, Kind = "электронная почта", Interaction = Interaction.Asynchronous,
            Purpose = "Официальная переписка, направление документов и ответов на обращения.",
            LegalBasis = "Федеральный закон от 27.07.2006 № 149-ФЗ", Url = "", SortOrder = 90,
        },
        new()
        {
            Name = SiteAppeals, Kind = "обращения", Interaction = Interaction.Asynchronous,
            Purpose = "Приём письменных обращений обучающихся и родителей через официальный сайт.",
            LegalBasis = "Федеральный закон от 02.05.2006 № 59-ФЗ; статья 29 Федерального закона от 29.12.2012 № 273-ФЗ",
            Url = "", SortOrder = 100,
        },
        new()
        {
            Name = Meo, Kind = "документооборот", Interaction = Interaction.Asynchronous, IsStateSystem = true,
            Purpose = "Обмен официальными документами с органами власти и учредителем.",
            LegalBasis = "Постановление Правительства РФ от 22.09.2009 № 754", Url = "", SortOrder = 110,
        },
        new()
        {
            Name = BookRu, Kind = "электронная библиотечная система", Interaction = Interaction.Asynchronous,
            Purpose = "Доступ обучающихся и преподавателей к электронным учебникам и учебным пособиям.",
            LegalBasis = "Статья 18 Федерального закона от 29.12.2012 № 273-ФЗ", Url = "https://book.ru", SortOrder = 120,
        },
        new()
        {
            Name = Garant, Kind = "справочная правовая система", Interaction = Interaction.Asynchronous,
            Purpose = "Справочник по законодательству об образовании для администрации и педагогов.",
            LegalBasis = "Лицензионный договор организации", Url = "https://www.garant.ru", SortOrder = 130,
        },
    ];
}
