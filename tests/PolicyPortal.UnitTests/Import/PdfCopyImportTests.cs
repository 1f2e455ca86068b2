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
}
