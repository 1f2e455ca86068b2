using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Import;

namespace PolicyPortal.UnitTests.Import;

/// <summary>
/// The portal's own PDFs of fidelity documents (tests/Seeds/Fidelity), copied out with pdftotext (reading order, or
/// «-layout» in the files so named) into tests/Seeds/RoundTrip: each keeps the structure its source imported to.
/// </summary>
public class OwnPdfCopyImportTests
{
    private static ImportResult Copy(string name) =>
        DocumentImporter.Import(File.ReadAllText(Path.Combine(Golden.Dir, "RoundTrip", name + ".txt")));

    [Fact]
    public void A_two_page_copy_loses_its_one_page_number_after_the_form_feed()
    {
        var result = Copy("f03-school-order-prohibited-list.portal-pdf-layout");

        // The «2» that opens page 2 made an appendix of its own, before «Приложение 1».
        var appendix = Assert.Single(result.Content.Appendices);
        Assert.Equal(AppendixKind.ProhibitedServices, appendix.Kind);
        Assert.Contains(result.Notes, n => n.StartsWith("Номера страниц (2)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_laid_out_roster_by_positions_parts_the_positions_of_one_row_at_a_capital()
    {
        var content = Copy("f02-college-order-positions-roster.portal-pdf-layout").Content;

        var roster = Assert.Single(content.Appendices, a => a.Kind == AppendixKind.Roster).Roster;
        Assert.Equal(["Инженер-программист", "Методист", "Заместитель директора по воспитательной работе", "Куратор учебной группы"],
            roster.SelectMany(g => g.Persons).Select(p => p.Position));
        Assert.Equal(2, roster[2].Persons.Count);
    }

    [Fact]
    public void An_items_end_wrapped_as_1_bracket_dot_stays_in_its_item()
    {
        var content = Copy("f12-order-blank-number-grif-two-appendices.portal-pdf-layout").Content;

        Assert.Equal(3, content.Items.Count);
        Assert.Equal("Утвердить Порядок применения сервисов взаимодействия (приложение 1).", content.Items[0].Text);
        Assert.Equal([1, 2, null], content.Items.Select(i => i.AppendixNumber));
    }

    [Fact]
    public void A_justified_clause_copied_a_word_a_line_stays_one_clause_and_the_name_after_its_quotes_stays_the_institutions()
    {
        var result = Copy("f04-standalone-regulation-utverzhdayu.portal-pdf");

        // «1.1.» / «Положение» / «устанавливает» …: «Положение» is the clause's first word, not a next document's heading.
        var regulation = Assert.Single(result.Content.Appendices);
        Assert.Equal(["1.1.", "1.2."], regulation.Sections[0].Clauses.Select(c => c.Number));
        Assert.StartsWith("Положение устанавливает правила", regulation.Sections[0].Clauses[0].Text, StringComparison.Ordinal);
        Assert.Equal("Муниципальное бюджетное общеобразовательное учреждение «Лицей № 8» города Курска", result.Content.Requisites.InstitutionName);
        Assert.DoesNotContain(result.Notes, n => n.Contains("Не удалось отнести", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lower_case_porjadok_on_its_own_line_goes_on_with_the_clause()
    {
        var content = Copy("f09-reglament-approved-by-council.portal-pdf").Content;

        var regulation = Assert.Single(content.Appendices);
        Assert.Contains("порядок", regulation.Sections[0].Clauses[0].Text, StringComparison.Ordinal);
    }
}
