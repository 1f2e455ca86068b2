using PolicyPortal.Domain.Documents;

namespace PolicyPortal.UnitTests.Documents;

public class EditOperationTests
{
    [Fact]
    public void A_button_value_reads_as_verb_noun_and_positions()
    {
        var operation = EditOperation.Parse("add-clause:2:5")!;

        Assert.Equal(EditVerb.Add, operation.Verb);
        Assert.Equal("clause", operation.Noun);
        Assert.Equal(2, operation.At(0));
        Assert.Equal(5, operation.At(1));
        Assert.Equal(-1, operation.At(2));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("explode-clause:1")]
    [InlineData("1-clause")]
    public void A_plain_save_or_an_unknown_button_is_no_operation(string? value) => Assert.Null(EditOperation.Parse(value));

    [Fact]
    public void Adding_a_clause_is_described_by_the_new_clause_number()
    {
        var section = new Section { Number = "2.", Clauses = { new Clause { Number = "2.1." }, new Clause { Number = "2.2." } } };
        var operation = EditOperation.Parse("add-clause:0:1")!;

        var (at, description) = operation.ApplyTo(section.Clauses, operation.At(1), () => RegulationNumbering.NewClause(section, 1), (c, _) => c.Number);

        Assert.Equal(2, at);
        Assert.Equal("2.3.", section.Clauses[2].Number);
        Assert.Equal("добавлен пункт 2.3", description);
    }

    [Fact]
    public void Removing_and_moving_name_the_element_as_it_was()
    {
        var items = new List<string> { "a", "b", "c" };

        var (_, removed) = EditOperation.Parse("remove-item:1")!.ApplyTo(items, 1, () => "");
        var (at, moved) = EditOperation.Parse("up-mark:1")!.ApplyTo(items, 1, () => "");

        Assert.Equal("удалён пункт приказа 2", removed);
        Assert.Equal(["c", "a"], items);
        Assert.Equal(0, at);
        Assert.Equal("отметка о согласовании 2 перемещена выше", moved);
    }

    [Theory]
    [InlineData("down-appendix:0", "1", "приложение 1 перемещено ниже")]
    [InlineData("remove-group:2", "3", "удалено направление 3")]
    [InlineData("add-other:0", "2", "добавлена строка списка ознакомления 2")]
    [InlineData("add-section:0", "2.", "добавлен раздел 2")]
    [InlineData("remove-service:0", null, "удалён сервис")]
    [InlineData("renumber-numbers", null, "разделы и пункты перенумерованы")]
    [InlineData("fill-prohibited", null, "перечень запрещённых сервисов заполнен из справочника")]
    public void Every_change_reads_in_russian(string value, string? label, string expected) =>
        Assert.Equal(expected, EditOperation.Parse(value)!.Describe(label));

    [Fact]
    public void Moving_past_the_ends_leaves_the_list_as_it_was()
    {
        var list = new List<int> { 1, 2 };

        Assert.Equal(0, EditOperation.ApplyToList(list, EditVerb.Up, 0, () => 0));
        Assert.Equal(1, EditOperation.ApplyToList(list, EditVerb.Down, 1, () => 0));
        Assert.Equal(5, EditOperation.ApplyToList(list, EditVerb.Remove, 5, () => 0));
        Assert.Equal([1, 2], list);
    }
}
