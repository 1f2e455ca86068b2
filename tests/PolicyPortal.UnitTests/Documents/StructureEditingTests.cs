using PolicyPortal.Domain.Documents;

namespace PolicyPortal.UnitTests.Documents;

public class StructureEditingTests
{
    private static DocumentContent WithAppendices(int count)
    {
        var content = new DocumentContent();
        for (var i = 1; i <= count; i++)
        {
            content.Appendices.Add(new Appendix { Title = $"A{i}" });
            content.Items.Add(new DirectiveItem { Text = $"Утвердить приложение {i}", AppendixNumber = i });
        }

        return content;
    }

    [Fact]
    public void Moving_an_appendix_keeps_items_pointing_at_it()
    {
        var content = WithAppendices(3);
        AppendixOrdering.Move(content, 0, 1);

        Assert.Equal(["A2", "A1", "A3"], content.Appendices.Select(a => a.Title));
        Assert.Equal("A1", content.Appendices[content.Items[0].AppendixNumber!.Value - 1].Title);
        Assert.Equal("A2", content.Appendices[content.Items[1].AppendixNumber!.Value - 1].Title);
        Assert.Equal(3, content.Items[2].AppendixNumber);
    }

    [Fact]
    public void Removing_an_appendix_drops_references_to_it_and_shifts_later_ones()
    {
        var content = WithAppendices(3);
        AppendixOrdering.Remove(content, 1);

        Assert.Equal([1, null, 2], content.Items.Select(i => i.AppendixNumber));
    }

    [Fact]
    public void Moving_past_the_ends_changes_nothing()
    {
        var content = WithAppendices(2);
        AppendixOrdering.Move(content, 0, -1);
        AppendixOrdering.Move(content, 1, 1);
        Assert.Equal(["A1", "A2"], content.Appendices.Select(a => a.Title));
    }

    [Fact]
    public void Renumbering_keeps_depth_and_skips_the_preface()
    {
        var sections = new List<Section>
        {
            new() { Clauses = { new Clause { Text = "Преамбула" } } },
            new() { Number = "I", Title = "Общие положения", Clauses = { new Clause { Number = "1.1", Text = "a" }, new Clause { Number = "9.10", Text = "b" } } },
            new() { Number = "3.", Title = "Регламент", Clauses = { new Clause { Number = "3.6.", Text = "c" }, new Clause { Number = "3.6.1.", Text = "d" }, new Clause { Text = "абзац" }, new Clause { Number = "3.7.", Text = "e" } } },
        };

        RegulationNumbering.Renumber(sections);

        Assert.Equal("", sections[0].Number);
        Assert.Equal(["1.1.", "1.2."], sections[1].Clauses.Select(c => c.Number));
        Assert.Equal("2.", sections[2].Number);
        Assert.Equal(["2.1.", "2.1.1.", "", "2.2."], sections[2].Clauses.Select(c => c.Number));
    }

    [Theory]
    [InlineData("1.1.", "1.2.")]
    [InlineData("3.6.1.", "3.6.2.")]
    [InlineData("9.10", "9.11")]
    [InlineData("", "")]
    [InlineData("IV", "")]
    public void Next_number_follows_at_the_same_depth(string previous, string next) =>
        Assert.Equal(next, RegulationNumbering.Next(previous));

    [Fact]
    public void A_new_section_is_numbered_after_the_one_it_follows_and_starts_with_its_first_clause()
    {
        var sections = new List<Section> { new() { Number = "1." }, new() { Number = "2." } };

        var after = RegulationNumbering.NewSection(sections, 1);
        var first = RegulationNumbering.NewSection([], -1);

        Assert.Equal("3.", after.Number);
        Assert.Equal("3.1.", Assert.Single(after.Clauses).Number);
        Assert.Equal("1.", first.Number);
        Assert.Equal("1.1.", Assert.Single(first.Clauses).Number);
    }

    [Fact]
    public void A_section_numbered_in_roman_numerals_gets_a_new_neighbour_without_a_number()
    {
        var section = RegulationNumbering.NewSection([new Section { Number = "IV" }], 0);

        Assert.Equal("", section.Number);
        Assert.Equal("", Assert.Single(section.Clauses).Number);
    }

    [Fact]
    public void A_new_clause_follows_the_one_before_it_at_its_depth_or_opens_the_section()
    {
        var section = new Section { Number = "3.", Clauses = { new Clause { Number = "3.6." }, new Clause { Number = "3.6.1." } } };

        Assert.Equal("3.7.", RegulationNumbering.NewClause(section, 0).Number);
        Assert.Equal("3.6.2.", RegulationNumbering.NewClause(section, 1).Number);
        Assert.Equal("3.1.", RegulationNumbering.NewClause(section, -1).Number);
        Assert.Equal("", RegulationNumbering.NewClause(new Section(), -1).Number);
    }
}
