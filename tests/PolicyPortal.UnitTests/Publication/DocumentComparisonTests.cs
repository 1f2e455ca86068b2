using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Institutions;
using PolicyPortal.Domain.Public;
using PolicyPortal.UnitTests.Templates;

namespace PolicyPortal.UnitTests.Publication;

public class DocumentComparisonTests
{
    [Fact]
    public void Same_document_has_no_changes()
    {
        var content = TemplateSamples.Filled(InstitutionType.College);

        var parts = DocumentComparison.Compare(content, DocumentJson.Clone(content));

        Assert.All(parts, p => Assert.Equal(ChangeKind.Unchanged, p.Kind));
    }

    [Fact]
    public void Changed_clause_keeps_its_number_and_highlights_only_the_changed_words()
    {
        var older = TemplateSamples.Filled(InstitutionType.College);
        var newer = DocumentJson.Clone(older);
        var clause = HoursClause(newer);
        clause.Text = clause.Text.Replace("19:00", "18:00", StringComparison.Ordinal);

        var section = ChangedSection(DocumentComparison.Compare(older, newer));

        var line = Assert.Single(section.Lines, l => l.Kind != ChangeKind.Unchanged);
        Assert.Equal(ChangeKind.Changed, line.Kind);
        Assert.Equal(clause.Number, line.Number);
        Assert.Equal(["19:00"], line.Words.Where(w => w.Kind == ChangeKind.Removed).Select(w => w.Text));
        Assert.Equal(["18:00"], line.Words.Where(w => w.Kind == ChangeKind.Added).Select(w => w.Text));
        Assert.StartsWith("Сообщения в чатах", line.Words[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Inserted_clause_is_added_and_the_renumbered_ones_stay_unchanged()
    {
        var older = TemplateSamples.Filled(InstitutionType.College);
        var newer = DocumentJson.Clone(older);
        var hours = newer.Appendices[0].Sections.Single(s => s.Clauses.Contains(HoursClause(newer)));
        hours.Clauses.Insert(0, new Clause { Number = "6.1.", Text = "Новое правило о вежливости." });
        RegulationNumbering.Renumber(newer.Appendices[0].Sections);

        var section = ChangedSection(DocumentComparison.Compare(older, newer));

        var added = Assert.Single(section.Lines, l => l.Kind != ChangeKind.Unchanged);
        Assert.Equal(ChangeKind.Added, added.Kind);
        Assert.Equal("6.1.", added.Number);
        Assert.Equal(hours.Clauses.Count - 1, section.UnchangedLines);
    }

    [Fact]
    public void Removed_and_added_sections_are_reported_whole()
    {
        var older = TemplateSamples.Filled(InstitutionType.College);
        var newer = DocumentJson.Clone(older);
        var sections = newer.Appendices[0].Sections;
        var removed = sections[^1];
        sections.RemoveAt(sections.Count - 1);
        sections.Add(new Section { Number = "99.", Title = "Порядок разрешения споров", Clauses = [new Clause { Number = "99.1.", Text = "Текст." }] });

        var part = DocumentComparison.Compare(older, newer).Single(p => p.Kind == ChangeKind.Changed);

        Assert.Contains(part.Sections, s => s.Kind == ChangeKind.Removed && s.Title.Single().Text == removed.Title);
        Assert.Contains(part.Sections, s => s.Kind == ChangeKind.Added && s.Lines.Single().Words.Single().Text == "Текст.");
    }

    [Fact]
    public void Services_and_prohibited_lists_are_compared_too()
    {
        var older = TemplateSamples.Filled(InstitutionType.College);
        var newer = DocumentJson.Clone(older);
        var prohibited = newer.Appendices.Single(a => a.Kind == AppendixKind.ProhibitedServices);
        prohibited.ProhibitedServices.Add("НовыйМессенджер");

        var part = DocumentComparison.Compare(older, newer).Single(p => p.Kind == ChangeKind.Changed);

        Assert.Contains(part.Sections.SelectMany(s => s.Lines), l => l.Kind == ChangeKind.Added && l.Words.Single().Text == "НовыйМессенджер");
    }

    [Fact]
    public void Word_diff_marks_removed_then_added_words()
    {
        var words = WordDiff.Compare("в рабочие дни с 8:00", "в учебные дни с 9:00");

        Assert.Equal(
            [(ChangeKind.Unchanged, "в"), (ChangeKind.Removed, "рабочие"), (ChangeKind.Added, "учебные"), (ChangeKind.Unchanged, "дни с"), (ChangeKind.Removed, "8:00"), (ChangeKind.Added, "9:00")],
            words.Select(w => (w.Kind, w.Text)));
    }

    private static Clause HoursClause(DocumentContent content) =>
        content.Appendices[0].Sections.SelectMany(s => s.Clauses).First(c => c.Text.Contains("с 8:00 до 19:00", StringComparison.Ordinal));

    private static SectionChange ChangedSection(IReadOnlyList<PartChange> parts) =>
        Assert.Single(Assert.Single(parts, p => p.Kind == ChangeKind.Changed).Sections, s => s.Kind == ChangeKind.Changed);
}
