using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Import;

namespace PolicyPortal.UnitTests.Import;

/// <summary>
/// A mark whose date stands apart from it (two mark columns read one after the other): the date is joined to the
/// mark that lacks one, and an import note says so.
/// </summary>
public class MarkDateApartTests
{
    [Fact]
    public void The_golden_order_with_a_councils_date_under_the_other_column_imports_as_its_source_has_it()
    {
        var text = File.ReadAllText(Path.Combine(Golden.Dir, "MarksApart", "school-order-mark-date-apart.txt"));

        Golden.Check(Path.Combine("MarksApart", "school-order-mark-date-apart.golden"), DocumentImporter.Import(text));
    }

    [Fact]
    public void A_date_line_after_the_other_marks_lines_goes_to_the_mark_without_a_date()
    {
        var draft = AppendixReader.Read(SourceLine.Split("""
            Приложение 2
            СОГЛАСОВАНО
            Советом родителей
            протокол № 2
            РАССМОТРЕНО
            на заседании методического совета
            протокол № 4 от 20 марта 2025 г.
            от 21.03.2025
            ПОЛОЖЕНИЕ
            о сервисах
            1. Общие положения
            1.1. Текст.
            """));

        var marks = draft.Appendix.ApprovalMarks;
        Assert.Equal([MarkKind.Agreed, MarkKind.Considered], marks.Select(m => m.Kind));
        Assert.Equal([new DateOnly(2025, 3, 21), new DateOnly(2025, 3, 20)], marks.Select(m => m.Date));
        Assert.Equal("Советом родителей", marks[0].Body);
        Assert.Equal("на заседании методического совета", marks[1].Body);
        Assert.Equal("ПОЛОЖЕНИЕ о сервисах", draft.Appendix.Title);
        Assert.Equal(["Дата 21.03.2025 перенесена в отметку «СОГЛАСОВАНО Советом родителей»: в источнике она стоит отдельно от отметки."], draft.Notes);
    }

    [Fact]
    public void A_date_with_the_month_as_a_number_after_a_quoted_day_is_read()
    {
        Assert.True(RussianDate.TryFind("«14» 05 2025 г.", out var date, out var at, out var length));

        Assert.Equal(new DateOnly(2025, 5, 14), date);
        Assert.Equal((0, 15), (at, length));
    }
}
