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
}
