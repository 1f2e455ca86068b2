using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Services;

namespace PolicyPortal.IntegrationTests.Printing;

/// <summary>Documents written from the forms Russian institutions use, each exercising one rule of the print.</summary>
public static class PrintSamples
{
    /// <summary>A Порядок without a number or date of its own, accepted by the council and approved by a separate order whose number was left blank.</summary>
    public static DocumentContent ProcedureApprovedByOrder()
    {
        var content = Standalone("ПОРЯДОК", "применения сервисов взаимодействия преподавателей с обучающимися посредством видеоконференцсвязи");
        content.Requisites.Date = null;
        content.Requisites.Number = "";
        content.Approval = new DocumentApproval
        {
            Form = ApprovalForm.ByOrder,
            Keyword = "УТВЕРЖДЕНО",
            OrderAuthority = "директора ГАПОУ СО «БПТ»",
            OrderDate = new DateOnly(2025, 10, 13),
            OrderNumber = "",
        };
        content.ApprovalMarks.Add(new ApprovalMark
        {
            Kind = MarkKind.Accepted, Body = "Советом ГАПОУ СО «БПТ»", ProtocolNumber = "7", Date = new DateOnly(2025, 10, 13),
            DateAsWritten = "«13» октября 2025 г.", Placement = MarkPlacement.TopLeft,
        });
        content.ApprovalMarks.Add(new ApprovalMark { Kind = MarkKind.Agreed, Body = "Юрисконсульт ГАПОУ СО «БПТ»", Placement = MarkPlacement.AfterText });
        content.Appendices.Add(new Appendix
        {
            Kind = AppendixKind.ProhibitedServices,
            Title = "Перечень сервисов, запрещённых к использованию",
            ProhibitedAsOf = new DateOnly(2025, 9, 1),
            ProhibitedServices = ["WhatsApp", "Telegram", "Discord"],
        });
        return content;
    }

    /// <summary>A Положение with its own number, approved «УТВЕРЖДАЮ» by the director on a date written in words.</summary>
    public static DocumentContent RegulationApprovedPersonally()
    {
        var content = Standalone("ПОЛОЖЕНИЕ", "об электронном обучении и применении дистанционных образовательных технологий");
        content.Requisites.Number = "12";
        content.Requisites.Date = new DateOnly(2025, 3, 3);
        content.Requisites.DateAsWritten = "« 3 » марта 2025 г.";
        content.Approval = new DocumentApproval
        {
            Form = ApprovalForm.Personal,
            Position = "Директор МАОУ СОШ № 58",
            Name = "Н.А. Ермакова",
            Date = new DateOnly(2025, 3, 3),
            DateAsWritten = "« 3 » марта 2025 г.",
        };
        content.Appendices.Add(new Appendix { Kind = AppendixKind.FreeText, Title = "Форма заявления", Text = "Прошу организовать обучение моего ребёнка с применением дистанционных технологий." });
        return content;
    }

    /// <summary>Правила accepted by the pedagogical council («ПРИНЯТО решением …»), nothing else.</summary>
    public static DocumentContent RulesAcceptedByCouncil()
    {
        var content = Standalone("ПРАВИЛА", "пользования сервисами обмена сообщениями");
        content.Requisites.Date = null;
        content.Requisites.Number = "";
        content.Approval = new DocumentApproval
        {
            Form = ApprovalForm.ByCouncil,
            Keyword = "ПРИНЯТО",
            Body = "решением педагогического совета",
            ProtocolNumber = "1",
            Date = new DateOnly(2024, 8, 30),
        };
        return content;
    }

    /// <summary>A regulation saved since version 2 with no approval at all: none is printed.</summary>
    public static DocumentContent RegulationWithoutApproval()
    {
        var content = Standalone("РЕГЛАМЕНТ", "работы в электронной информационно-образовательной среде");
        content.Requisites.Number = "3";
        content.Requisites.Date = new DateOnly(2025, 1, 15);
        return content;
    }

    /// <summary>
    /// An order dated in words, without an acknowledgement table, with a mark after its text; its appendices: one grif as
    /// the source wrote it, one without any grif, a roster by positions and a services table with their own headers.
    /// </summary>
    public static DocumentContent OrderFollowingTheSource()
    {
        var content = new DocumentContent
        {
            Kind = DocumentKind.Order,
            Requisites = Requisites("ПРИКАЗ", "О применении сервисов взаимодействия"),
            AcknowledgementBlock = false,
            Acknowledgers = [PersonRef.Of("Рыбаков Сергей Сергеевич", "Заместитель директора")],
        };
        content.Requisites.Number = "101-о";
        content.Requisites.Date = new DateOnly(2024, 11, 25);
        content.Requisites.DateAsWritten = "25 ноября 2024 г.";
        content.Items = [new DirectiveItem { Text = "Утвердить Порядок применения сервисов (Приложение 1).", AppendixNumber = 1 }];
        content.ApprovalMarks.Add(new ApprovalMark
        {
            Kind = MarkKind.ConsideredAndEndorsed, Body = "на заседании педагогического совета", ProtocolNumber = "10",
            DateAsWritten = "«12» апреля 2025 г.", Placement = MarkPlacement.AfterText,
        });
        content.Appendices.Add(new Appendix
        {
            Kind = AppendixKind.Regulation,
            Title = "Порядок применения сервисов",
            GrifOverride = "Приложение 1\nк приказу МАОУ СОШ № 58\nот 25 ноября 2024 г. № 101-о",
            Sections = [new Section { Number = "1.", Title = "Общие положения", Clauses = [new Clause { Number = "1.1.", Text = "Настоящий Порядок определяет правила." }] }],
        });
        content.Appendices.Add(new Appendix
        {
            Kind = AppendixKind.Roster,
            Title = "Список ответственных",
            WithoutGrif = true,
            ColumnHeaders = ["№", "Мероприятие", "Ответственный (должность)"],
            Roster =
            [
                new RosterGroup { Activity = "Размещение материалов в ФГИС «Моя школа»", Persons = [PersonRef.Of("", "Классные руководители")] },
                new RosterGroup { Activity = "Проверка соблюдения Порядка", Persons = [PersonRef.Of("", "Заместитель директора по УВР")] },
            ],
        });
        content.Appendices.Add(new Appendix
        {
            Kind = AppendixKind.ApprovedServices,
            Title = "Перечень сервисов",
            ColumnHeaders = ["№ п/п", "Наименование сервиса", "Цель использования", "Форма взаимодействия"],
            Services = [new ServiceEntry { Name = "Сферум", Purpose = "видеоконференции", Interaction = Interaction.Synchronous }],
        });
        return content;
    }

    private static DocumentContent Standalone(string type, string title) => new()
    {
        Kind = DocumentKind.StandaloneRegulation,
        Requisites = Requisites(type, title),
        AcknowledgementBlock = false,
        Appendices =
        [
            new Appendix
            {
                Kind = AppendixKind.Regulation,
                Sections = [new Section { Number = "1.", Title = "Общие положения", Clauses = [new Clause { Number = "1.1.", Text = "Настоящий документ определяет правила взаимодействия." }] }],
            },
        ],
    };

    private static Requisites Requisites(string type, string title) => new()
    {
        InstitutionName = "Государственное автономное профессиональное образовательное учреждение Саратовской области «Балаковский политехнический техникум»",
        InstitutionShortName = "ГАПОУ СО «БПТ»",
        DocumentTypeName = type,
        Place = "г. Балаково",
        Title = title,
        Preamble = "В соответствии с постановлением Правительства РФ от 11.10.2023 № 1678 приказываю:",
        SignatoryPosition = "Директор",
        SignatoryName = "А.В. Смирнов",
    };
}
