using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Import;

namespace PolicyPortal.UnitTests.Import;

/// <summary>Text copied out of a printed PDF (pdftotext): page breaks, page numbers and wrapped lines do not change the structure.</summary>
public class PdfCopyImportTests
{
    private const string Regulation = """
        ПОРЯДОК
        применения сервисов
        1. Общие положения
        1.1. Порядок разработан в соответствии с:
        - Конституцией Российской Федерации;
        - Федеральным законом РФ от 29.12.2012г. № 273-ФЗ «Об образовании в
        Российской Федерации»;
        - Федеральных государственных образовательных стандартов СПО (далее
        ФГОС СПО»
        - Уставом Техникума.
        1.2. Образовательные программы, за исключением обозначенных в Приказе
        Министерства просвещения Российской Федерации от 13.12.2023г. № 932 «Об

        PAGE2
        утверждении перечня профессий и специальностей среднего профессионального
        образования», могут быть реализованы с применением ДОТ.
        1.3. Заключительный пункт.

        PAGE3
        2. Заключительные положения
        2.1. Порядок вступает в силу со дня утверждения.
        """;

    private static string Copied => Regulation.Replace("PAGE", "\f", StringComparison.Ordinal);

    [Fact]
    public void Page_numbers_after_a_form_feed_are_taken_out()
    {
        var result = DocumentImporter.Import(Copied);

        var sections = result.Content.Appendices.Single().Sections;
        Assert.Equal(["1.", "2."], sections.Select(s => s.Number));
        Assert.Equal(["1.1.", "1.2.", "1.3."], sections[0].Clauses.Select(c => c.Number));
        Assert.DoesNotContain("\f", sections[0].Clauses[1].Text, StringComparison.Ordinal);
        Assert.Contains(result.Notes, n => n.StartsWith("Номера страниц (2, 3)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_line_starting_with_utverzhdenii_continues_the_sentence_and_is_no_approval()
    {
        var content = DocumentImporter.Import(Copied).Content;

        var appendix = Assert.Single(content.Appendices);
        Assert.StartsWith("Образовательные программы", appendix.Sections[0].Clauses[1].Text, StringComparison.Ordinal);
        Assert.Contains("«Об утверждении перечня профессий", appendix.Sections[0].Clauses[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_item_wrapped_inside_a_quotation_or_bracket_stays_one_item()
    {
        var items = DocumentImporter.Import(Copied).Content.Appendices.Single().Sections[0].Clauses[0].Items;

        Assert.Equal(4, items.Count);
        Assert.Equal("Федеральным законом РФ от 29.12.2012г. № 273-ФЗ «Об образовании в Российской Федерации»;", items[1].Text);
        Assert.Equal("Федеральных государственных образовательных стандартов СПО (далее ФГОС СПО»", items[2].Text);
    }

    [Fact]
    public void An_order_item_ending_in_utverzhdyonnyi_after_a_page_break_does_not_end_the_items()
    {
        const string order = """
            ПРИКАЗ
            25.11.2024 № 1065
            Об утверждении порядка
            ПРИКАЗЫВАЮ:
            1. Утвердить порядок (Приложение № 1).
            2. Заместителю директора Рыбаковой А.А. довести до сведения педагогов
            2
            утверждённый порядок.
            3. Педагогам осуществлять деятельность в соответствии с утвержденным порядком.
            PAGE3
            Директор А.В. Ерохин
            """;

        var items = DocumentImporter.Import(order.Replace("PAGE", "\f", StringComparison.Ordinal)).Content.Items;

        Assert.Equal(3, items.Count);
        Assert.Equal("Заместителю директора Рыбаковой А.А. довести до сведения педагогов утверждённый порядок.", items[1].Text);
    }

    [Fact]
    public void A_printed_item_wrapped_at_the_pages_width_or_before_a_quoted_name_stays_one_item()
    {
        // Twelve lines and more wrapped at about 75 characters: the width of a printed page.
        const string regulation = """
            ПОЛОЖЕНИЕ
            о порядке применения сервисов
            1. Организация работы участников образовательных отношений в ИКОП
            «Сферум»
            1.1. Администратор образовательной организации выполняет следующие функции:
            — организует регистрацию образовательной организации на образовательной
            платформе посредством подачи заявки с указанием своих контактных данных;
            — назначает дополнительных администраторов из числа присоединившихся на
            платформу педагогических работников образовательной организации;
            — осуществляет взаимодействие с муниципальным куратором ИКОП
            «Сферум», со службой технической поддержки по вопросам использования
            функционала образовательной платформы;
            — публикует новости, объявления и иную информацию о деятельности учреждения
            в общем канале образовательной организации по мере необходимости работы;
            — государственная информационная система «Моя школа», созданная на основе
            Министерства просвещения Российской Федерации;
            — планирует, организует и сопровождает трансляции организации.
            """;

        var section = DocumentImporter.Import(regulation).Content.Appendices.Single().Sections.Single();

        Assert.Equal("Организация работы участников образовательных отношений в ИКОП «Сферум»", section.Title);
        var items = section.Clauses.Single().Items;
        Assert.Equal(6, items.Count);
        Assert.Equal("осуществляет взаимодействие с муниципальным куратором ИКОП «Сферум», со службой технической поддержки по вопросам использования функционала образовательной платформы;", items[2].Text);
    }
    [Fact]
    public void A_clause_wrapped_before_the_dash_of_a_definition_goes_on_and_starts_no_list()
    {
        // Printed at the page's width: «… платформы МАХ – это …» broke before the dash.
        const string regulation = """
            ПОРЯДОК
            применения сервисов
            5. Организация взаимодействия
            5.6. Цифровая платформа МАХ – российская национальная платформа для
            осуществления коммуникационного взаимодействия между участниками.
            5.7. Учебный профиль ИКОП «Сферум» на базе цифровой платформы МАХ
            – это отдельное закрытое образовательное пространство, в котором есть весь
            необходимый для учебы инструментарий: создание чатов, запуск индивидуальных
            и групповых звонков, обмен файлами, создание опросов, переход в электронный
            журнал и дневник (при наличии).
            5.8. Основное назначение ИКОП «Сферум» формирование единой среды
            коммуникаций для всех участников образовательных отношений, организация
            чатов и иных видов персональных и групповых коммуникаций в рамках учебной и
            внеучебной деятельности. ИКОП «Сферум» является вспомогательным
            инструментом взаимодействия преподавателей и обучающихся. Платформа
            доступна всем участникам образовательных отношений, включая обучающихся.
            5.9. Администратор выполняет следующие функции:
            – организует регистрацию образовательной организации на платформе;
            – назначает дополнительных администраторов из числа педагогов.
            """;

        var clauses = DocumentImporter.Import(regulation).Content.Appendices.Single().Sections.Single().Clauses;

        Assert.Equal(["5.6.", "5.7.", "5.8.", "5.9."], clauses.Select(c => c.Number));
        Assert.Empty(clauses[1].Items);
        Assert.StartsWith("Учебный профиль ИКОП «Сферум» на базе цифровой платформы МАХ – это отдельное закрытое", clauses[1].Text, StringComparison.Ordinal);
        Assert.EndsWith("журнал и дневник (при наличии).", clauses[1].Text, StringComparison.Ordinal);
        Assert.Equal(2, clauses[3].Items.Count);
    }

    /// <summary>The roster and the acknowledgement table of the Uvarovo order as `pdftotext -layout` copies them from the portal's PDF.</summary>
    private const string LaidOutOrder = """
        ПРИКАЗ
        25.04.2025                            г. Уварово                              № 44
        О применении сервисов взаимодействия
        В соответствии с постановлением Правительства Российской Федерации от 11.10.2023 № 1678 приказываю:
        1. Утвердить перечень лиц, ответственных за поддержку применяемых технологий (приложение 1).
        Директор                                                            Н.А.Ермакова

        С приказом ознакомлены:
                 Должность           Подпись       Фамилия, имя, отчество       Дата
        Зам. директора по УР                       О.Б.Кухарская

        Ведущий программист                        С.С.Рыбаков

                                                   Приложение 1
        Перечень лиц, ответственным за поддержку применяемых технологий для
             взаимодействия преподавателей с обучающимися

                                                       ФИО
        № п/п     Наименование мероприятия        ответственного            Должность
                                                       лица
          1     Обеспечение технической           Рыбаков Сергей    Ведущий программист
                поддержки функционирования        Сергеевич
                информационных систем
          2     Осуществление поддержки           Кухарская Оксана Заместитель директора по
                образовательного процесса с       Борисовна        учебной работе ТОГБПОУ
                использованием информационных                      «Уваровский
                систем, электронного обучения и                    политехнический колледж»
                дистанционных образовательных     Пономарева        Заместитель директора по
                технологий                        Ольга Ивановна    учебно-производственной
                                                                    работе ТОГБПОУ
                                                                    «Уваровский
                                                                    политехнический колледж
          3     Осуществление методической        Алферьева Юлия    Старший методист
                поддержки                         Алексеевна        ТОГБПОУ «Уваровский
                                                                    политехнический колледж»
        """;

    [Fact]
    public void A_roster_copied_with_its_columns_is_read_by_column_positions()
    {
        var roster = DocumentImporter.Import(LaidOutOrder).Content.Appendices.Single();

        Assert.Equal(AppendixKind.Roster, roster.Kind);
        Assert.Equal(["№ п/п", "Наименование мероприятия", "ФИО ответственного лица", "Должность"], roster.ColumnHeaders);
        Assert.Equal(["Обеспечение технической поддержки функционирования информационных систем",
            "Осуществление поддержки образовательного процесса с использованием информационных систем, электронного обучения и дистанционных образовательных технологий",
            "Осуществление методической поддержки"], roster.Roster.Select(g => g.Activity));
        Assert.Equal([
            "Рыбаков Сергей Сергеевич | Ведущий программист",
            "Кухарская Оксана Борисовна | Заместитель директора по учебной работе ТОГБПОУ «Уваровский политехнический колледж»",
            "Пономарева Ольга Ивановна | Заместитель директора по учебно-производственной работе ТОГБПОУ «Уваровский политехнический колледж",
            "Алферьева Юлия Алексеевна | Старший методист ТОГБПОУ «Уваровский политехнический колледж»",
        ], roster.Roster.SelectMany(g => g.Persons).Select(p => $"{p.FullName} | {p.Position}"));
    }

    [Fact]
    public void An_acknowledgement_header_spaced_out_by_a_layout_copy_is_the_tables_captions()
    {
        var content = DocumentImporter.Import(LaidOutOrder).Content;

        Assert.Equal(["О.Б.Кухарская | Зам. директора по УР", "С.С.Рыбаков | Ведущий программист"], content.Acknowledgers.Select(p => $"{p.FullName} | {p.Position}"));
        Assert.Equal(AppendixKind.Roster, Assert.Single(content.Appendices).Kind);
    }

    /// <summary>
    /// The portal's PDF prints an appendix's top-left marks before its «Приложение N», on the page the appendix starts;
    /// the marks that end the appendix before stand on that appendix's page.
    /// </summary>
    public const string TwoAppendicesPage = """
        МБОУ «Средняя общеобразовательная школа № 117»
        ПРИКАЗ
        01.09.2025
        № 245-о
        О применении сервисов
        В соответствии с постановлением Правительства Российской Федерации от 11.10.2023 № 1678 приказываю:
        1. Утвердить Положение о применении сервисов (приложение 1).
        2. Утвердить Порядок ведения чатов (приложение 2).
        Директор школы                                    О.Н. Меньшикова
        Приложение 1
        к приказу МБОУ «СОШ № 117»
        от 01.09.2025 № 245-о
        ПОЛОЖЕНИЕ
        о применении сервисов
        1. Общие положения
        1.1. Положение вступает в силу со дня его утверждения.
        СОГЛАСОВАНО
        Председатель профсоюзного комитета
        (протокол от 30.08.2025 № 2)
        PAGEРАССМОТРЕНО
        на заседании методического совета
        (протокол от 26.08.2025 № 3)
        Приложение 2
        к приказу МБОУ «СОШ № 117»
        от 01.09.2025 № 245-о
        ПОРЯДОК
        ведения чатов
        1. Общие положения
        1.1. Чаты ведут классные руководители.
        """;

    [Fact]
    public void Marks_that_open_a_page_before_an_appendix_heading_are_that_appendix_s_and_those_before_the_page_end_the_one_before()
    {
        var content = DocumentImporter.Import(TwoAppendicesPage.Replace("PAGE", "\f", StringComparison.Ordinal)).Content;

        Assert.Equal(2, content.Appendices.Count);
        var (first, second) = (content.Appendices[0], content.Appendices[1]);
        Assert.Equal(["Председатель профсоюзного комитета"], first.ApprovalMarks.Select(m => m.Body));
        Assert.Equal(MarkPlacement.AfterText, first.ApprovalMarks[0].Placement);
        var mark = Assert.Single(second.ApprovalMarks);
        Assert.Equal((MarkKind.Considered, "на заседании методического совета", "3"), (mark.Kind, mark.Body, mark.ProtocolNumber));
        Assert.Equal("Приложение 2\nк приказу МБОУ «СОШ № 117»\nот 01.09.2025 № 245-о", second.GrifOverride);
        Assert.Equal("ПОРЯДОК ведения чатов", second.Title);
        Assert.Equal(["1.1."], second.Sections.SelectMany(s => s.Clauses).Select(c => c.Number));
    }
}
