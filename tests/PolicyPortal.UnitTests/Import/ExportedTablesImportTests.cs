using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Import;
using PolicyPortal.Domain.Services;

namespace PolicyPortal.UnitTests.Import;

/// <summary>
/// What the portal's own DOCX writes, read back (DocxText gives a table row as tab-separated cells): the
/// acknowledgement table, the services and roster tables, a prohibited list under a title without «запрещ…», and a
/// number or date left blank to fill in by hand.
/// </summary>
public class ExportedTablesImportTests
{
    private const string Head = """
        Управление образования администрации города Калининграда
        Муниципальное автономное общеобразовательное учреждение «Средняя общеобразовательная школа № 58»
        ПРИКАЗ
        01.09.2025	г. Калининград	№ ____
        О применении сервисов взаимодействия
        В соответствии с постановлением Правительства Российской Федерации от 11.10.2023 № 1678 приказываю:
        1. Утвердить перечень сервисов (приложение 1).
        2. Утвердить перечень лиц (приложение 2).
        3. Не допускать применения иностранных сервисов по перечню (приложение 3).
        Директор И.В. Соколова
        """;

    private const string Acknowledgement = """
        С приказом ознакомлены:
        Должность	Подпись	Фамилия, имя, отчество	Дата
        Системный администратор		Рыбаков Сергей Сергеевич	
        Методист		Дорохова Ирина Николаевна	
        """;

    private const string Appendices = """
        Приложение 1
        УТВЕРЖДЕНО
        приказом директора МАОУ СОШ № 58
        от 01.09.2025 № ____
        Перечень сервисов взаимодействия учителей с обучающимися
        № п/п	Сервис	Назначение	Взаимодействие
        1	ИКОП «Сферум»	Видеозанятия и чаты учебных групп.	синхронное и асинхронное
        2	Дневник.ру	Электронный журнал и дневник.	асинхронное
        3	Яндекс.Телемост	Видеовстречи и родительские собрания.	синхронное
        Приложение 2
        УТВЕРЖДЕНО
        приказом директора МАОУ СОШ № 58
        от 01.09.2025 № ____
        Перечень лиц, ответственных за поддержку применяемых сервисов
        № п/п	Направление работы	Ответственное лицо	Должность
        1	Техническая поддержка сервисов	Рыбаков Сергей Сергеевич	Системный администратор
        2	Поддержка воспитательного процесса	Ломакина Татьяна Ивановна	Заместитель директора по воспитательной работе
        		Щербакова Анна Петровна	Советник директора по воспитанию
        Приложение 3
        УТВЕРЖДЕНО
        приказом директора МАОУ СОШ № 58
        от 01.09.2025 № ____
        Перечень иностранных сервисов обмена сообщениями, не применяемых для служебного взаимодействия
        По состоянию на 01.03.2023
        1. Discord
        2. Microsoft Teams
        3. WhatsApp
        """;

    private static DocumentContent Imported(params string[] parts) => DocumentImporter.Import(string.Join("\n", parts)).Content;

    [Fact]
    public void A_number_printed_blank_stays_blank()
    {
        var content = Imported(Head, Appendices);

        Assert.Equal("", content.Requisites.Number);
        Assert.Equal(new DateOnly(2025, 9, 1), content.Requisites.Date);
        Assert.Equal("г. Калининград", content.Requisites.Place);
    }

    [Fact]
    public void The_acknowledgement_table_is_read_by_its_header_row()
    {
        var content = Imported(Head, Acknowledgement, Appendices);

        Assert.True(content.AcknowledgementBlock);
        Assert.Equal(["Рыбаков Сергей Сергеевич | Системный администратор", "Дорохова Ирина Николаевна | Методист"],
            content.Acknowledgers.Select(p => $"{p.FullName} | {p.Position}"));
        Assert.Equal(3, content.Appendices.Count);
    }

    [Fact]
    public void A_services_table_is_the_approved_services()
    {
        var services = Imported(Head, Appendices).Appendices[0];

        Assert.Equal(AppendixKind.ApprovedServices, services.Kind);
        Assert.Equal("Перечень сервисов взаимодействия учителей с обучающимися", services.Title);
        Assert.Equal(["ИКОП «Сферум»", "Дневник.ру", "Яндекс.Телемост"], services.Services.Select(s => s.Name));
        Assert.Equal(["Видеозанятия и чаты учебных групп.", "Электронный журнал и дневник.", "Видеовстречи и родительские собрания."],
            services.Services.Select(s => s.Purpose));
        Assert.Equal([Interaction.Both, Interaction.Asynchronous, Interaction.Synchronous], services.Services.Select(s => s.Interaction));
    }

    [Fact]
    public void A_roster_under_the_header_responsible_person_keeps_its_names()
    {
        var roster = Imported(Head, Appendices).Appendices[1];

        Assert.Equal(AppendixKind.Roster, roster.Kind);
        Assert.Equal(["Техническая поддержка сервисов", "Поддержка воспитательного процесса"], roster.Roster.Select(g => g.Activity));
        Assert.Equal(["Рыбаков Сергей Сергеевич | Системный администратор", "Ломакина Татьяна Ивановна | Заместитель директора по воспитательной работе",
            "Щербакова Анна Петровна | Советник директора по воспитанию"],
            roster.Roster.SelectMany(g => g.Persons).Select(p => $"{p.FullName} | {p.Position}"));
    }

    [Fact]
    public void A_list_of_prohibited_services_is_read_whatever_its_title_says()
    {
        var prohibited = Imported(Head, Appendices).Appendices[2];

        Assert.Equal(AppendixKind.ProhibitedServices, prohibited.Kind);
        Assert.Equal("Перечень иностранных сервисов обмена сообщениями, не применяемых для служебного взаимодействия", prohibited.Title);
        Assert.Equal(new DateOnly(2023, 3, 1), prohibited.ProhibitedAsOf);
        Assert.Equal(["Discord", "Microsoft Teams", "WhatsApp"], prohibited.ProhibitedServices);
    }

    [Fact]
    public void Prohibited_names_without_an_as_of_line_or_a_telling_title_are_still_the_prohibited_list()
    {
        var text = Appendices.Replace("По состоянию на 01.03.2023\n", "", StringComparison.Ordinal);

        var prohibited = Imported(Head, text).Appendices[2];

        Assert.Equal(AppendixKind.ProhibitedServices, prohibited.Kind);
        Assert.Null(prohibited.ProhibitedAsOf);
        Assert.Equal(["Discord", "Microsoft Teams", "WhatsApp"], prohibited.ProhibitedServices);
    }

    [Fact]
    public void A_regulation_printed_with_blank_date_and_number_keeps_its_title()
    {
        var content = Imported("""
            Областное государственное бюджетное профессиональное образовательное учреждение «Томский техникум информационных технологий»
            ПРАВИЛА
            «___» ________ 20__ № ____
            электронного взаимодействия участников образовательных отношений
            1. Общие положения
            1.1. Правила определяют порядок электронного взаимодействия.
            """);

        Assert.Equal(DocumentKind.StandaloneRegulation, content.Kind);
        Assert.Equal("электронного взаимодействия участников образовательных отношений", content.Requisites.Title);
        Assert.Equal("", content.Requisites.Number);
        Assert.Null(content.Requisites.Date);
    }
}
