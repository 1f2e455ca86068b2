using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Institutions;
using PolicyPortal.Domain.Services;
using PolicyPortal.Domain.Staff;

namespace PolicyPortal.Domain.Templates;

/// <summary>
/// The model order with its four appendices, filled from the institution profile and the registries.
/// The number, the names in the roster and the acknowledgement list are left for the director.
/// </summary>
public static class ModelTemplates
{
    public static DocumentContent For(InstitutionProfile profile, IReadOnlyList<Service> services, IReadOnlyList<ProhibitedService> prohibited, DateOnly today) =>
        profile.Type == InstitutionType.School
            ? School(profile, services, prohibited, today)
            : College(profile, services, prohibited, today);

    public static DocumentContent College(InstitutionProfile profile, IReadOnlyList<Service> services, IReadOnlyList<ProhibitedService> prohibited, DateOnly today) =>
        Build(TemplateWording.College, profile, services, prohibited, today);

    public static DocumentContent School(InstitutionProfile profile, IReadOnlyList<Service> services, IReadOnlyList<ProhibitedService> prohibited, DateOnly today) =>
        Build(TemplateWording.School, profile, services, prohibited, today);

    private static DocumentContent Build(TemplateWording w, InstitutionProfile profile, IReadOnlyList<Service> services, IReadOnlyList<ProhibitedService> prohibited, DateOnly today)
    {
        var subject = $"сервисов взаимодействия {w.TeachersGenitive} с {w.ParticipantsInstrumental}";
        var approved = ApprovedEntries(w, services);
        var nameAfterIn = string.IsNullOrWhiteSpace(profile.ShortName) ? profile.FullName.Trim() : profile.ShortName.Trim();

        return new DocumentContent
        {
            Kind = DocumentKind.Order,
            Requisites = new Requisites
            {
                FounderLine = profile.FounderLine.Trim(),
                InstitutionName = profile.FullName.Trim(),
                InstitutionShortName = profile.ShortName.Trim(),
                DocumentTypeName = "ПРИКАЗ",
                Date = today,
                Number = "",
                Place = Place(profile.City),
                Title = $"О применении {subject}",
                Preamble = Preamble(w, subject),
                SignatoryPosition = profile.DirectorPosition.Trim(),
                SignatoryName = Person.ShortName(profile.DirectorName),
            },
            Items = Items(w, subject),
            Appendices =
            [
                RegulationTemplate.Build(w, nameAfterIn, subject, approved),
                new Appendix { Kind = AppendixKind.ApprovedServices, Title = $"Перечень {subject}", Services = [.. approved] },
                Roster(w),
                Prohibited(prohibited),
            ],
        };
    }

    private static string Place(string city)
    {
        var trimmed = city.Trim();
        return trimmed.Length == 0 || trimmed.StartsWith("г.", StringComparison.Ordinal) ? trimmed : $"г. {trimmed}";
    }

    private static string Preamble(TemplateWording w, string subject) =>
        "В соответствии с Правилами применения организациями, осуществляющими образовательную деятельность, "
        + "электронного обучения, дистанционных образовательных технологий при реализации образовательных программ, "
        + "утверждёнными постановлением Правительства Российской Федерации от 11.10.2023 № 1678, "
        + "Федеральным законом от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации», "
        + "Федеральным законом от 27.07.2006 № 149-ФЗ «Об информации, информационных технологиях и о защите информации», "
        + $"в целях установления единого порядка применения {subject} в {w.OrgPrepositional} приказываю:";

    private static List<DirectiveItem> Items(TemplateWording w, string subject) =>
    [
        new() { Text = $"Утвердить перечень {subject} (приложение 2).", AppendixNumber = 2 },
        new() { Text = $"Утвердить Порядок применения {subject} (приложение 1).", AppendixNumber = 1 },
        new() { Text = "Утвердить перечень лиц, ответственных за поддержку применяемых сервисов (приложение 3).", AppendixNumber = 3 },
        new()
        {
            Text = "Не допускать применения для служебного взаимодействия иностранных сервисов обмена сообщениями "
                + "по перечню (приложение 4; часть 8 статьи 10 Федерального закона № 149-ФЗ).",
            AppendixNumber = 4,
        },
        new()
        {
            Text = $"Разместить настоящий приказ с приложениями на официальном сайте {w.OrgGenitive} в разделе "
                + "«Сведения об образовательной организации» → «Документы» в течение 10 рабочих дней со дня его подписания "
                + "(часть 3 статьи 29 Федерального закона № 273-ФЗ).",
        },
        new()
        {
            Text = "Ознакомить с настоящим приказом под подпись работников, указанных в приложении 3, и педагогических работников; "
                + $"довести Порядок до сведения {w.ParticipantsGenitive} через электронный журнал и на собраниях.",
            Responsible = [PersonRef.Of("", w.StudiesDeputy)],
        },
        new() { Text = "Контроль за исполнением настоящего приказа оставляю за собой." },
    ];

    /// <summary>The approved set, taken from the registry; an entry missing there comes from the seed catalog, unlinked.</summary>
    private static List<ServiceEntry> ApprovedEntries(TemplateWording w, IReadOnlyList<Service> services)
    {
        string[] names =
        [
            ServiceCatalog.Sferum, ServiceCatalog.Max, ServiceCatalog.MySchool, w.EJournal,
            ServiceCatalog.Telemost, ServiceCatalog.Email, ServiceCatalog.SiteAppeals,
        ];
        var seed = ServiceCatalog.Seed();
        return [.. names.Select(name =>
        {
            var fromRegistry = services.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
            var service = fromRegistry ?? seed.First(s => s.Name == name);
            return new ServiceEntry
            {
                ServiceId = fromRegistry?.Id,
                Name = service.Name,
                Purpose = service.Purpose,
                Interaction = service.Interaction,
                IsStateSystem = service.IsStateSystem,
                Url = service.Url,
            };
        })];
    }

    private static Appendix Roster(TemplateWording w) => new()
    {
        Kind = AppendixKind.Roster,
        Title = "Перечень лиц, ответственных за поддержку применяемых сервисов",
        Roster =
        [
            Group("Техническая поддержка сервисов, электронного обучения и дистанционных образовательных технологий", "Системный администратор"),
            Group("Администрирование ИКОП «Сферум»", "Администратор ИКОП «Сферум»"),
            Group("Поддержка образовательного процесса с применением электронного обучения и дистанционных образовательных технологий", w.StudiesDeputy),
            Group("Поддержка воспитательного процесса с применением сервисов взаимодействия",
                "Заместитель директора по воспитательной работе",
                "Советник директора по воспитанию и взаимодействию с детскими общественными объединениями"),
            Group("Методическое сопровождение педагогических работников", w.MethodicalPosition),
        ],
    };

    private static RosterGroup Group(string activity, params string[] positions) =>
        new() { Activity = activity, Persons = [.. positions.Select(position => PersonRef.Of("", position))] };

    private static Appendix Prohibited(IReadOnlyList<ProhibitedService> prohibited) => new()
    {
        Kind = AppendixKind.ProhibitedServices,
        Title = "Перечень иностранных сервисов обмена сообщениями, не применяемых для служебного взаимодействия",
        ProhibitedAsOf = prohibited.Count == 0 ? null : prohibited.Max(p => p.AsOf),
        ProhibitedServices = [.. prohibited.Select(p => p.Name)],
    };
}
