using System.Reflection;
using System.Text.RegularExpressions;
using PolicyPortal.Domain.Audit;

namespace PolicyPortal.UnitTests.Audit;

public partial class AuditActionsTests
{
    public static TheoryData<string> Actions()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(AuditActions).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
        {
            data.Add((string)field.GetRawConstantValue()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public void Every_action_has_a_title_without_latin_letters(string action)
    {
        var title = AuditActions.Title(action);

        Assert.DoesNotContain(action, title);
        Assert.False(Latin().IsMatch(title), $"«{title}» for {action}");
    }

    [Fact]
    public void Supersede_reads_from_its_details_alone() => Assert.Equal("", AuditActions.Title(AuditActions.Supersede));

    [Fact]
    public void An_unknown_code_is_not_shown_to_people() => Assert.Equal("действие:", AuditActions.Title("some-new-code"));

    [Theory]
    [InlineData("Приложение 1 add-clause:9:3", "Приложение 1: добавлен пункт")]
    [InlineData("Приложение 2 renumber-numbers", "Приложение 2: разделы и пункты перенумерованы")]
    [InlineData("Обзор remove-appendix:0", "Обзор: удалено приложение")]
    [InlineData("add-appendix", "добавлено приложение")]
    [InlineData("Реквизиты", "Реквизиты")]
    [InlineData("Пункты приказа: добавлен пункт приказа 3", "Пункты приказа: добавлен пункт приказа 3")]
    public void Codes_stored_by_earlier_versions_read_as_words(string stored, string shown) =>
        Assert.Equal(shown, AuditActions.DetailsOf(AuditActions.Edit, stored));

    [Fact]
    public void Details_of_other_actions_are_shown_as_stored() =>
        Assert.Equal("№ 44 от 25.04.2025; SHA-256 ab", AuditActions.DetailsOf(AuditActions.Publish, "№ 44 от 25.04.2025; SHA-256 ab"));

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex Latin();
}
