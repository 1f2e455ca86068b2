using System.Diagnostics;
using System.Text;
using PolicyPortal.Domain.Import;

namespace PolicyPortal.UnitTests.Import;

/// <summary>
/// Inputs built to make a backtracking pattern or a line-by-line string copy blow up. Each took from seconds to
/// minutes before (see bench/ImportBench); linear code does them in milliseconds. The limit is generous because
/// the machine running the tests is shared.
/// </summary>
public class ImportTimeTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(3);

    private const string Prose = "в целях обеспечения взаимодействия участников образовательных отношений\n";

    public static TheoryData<string, string> Pathological() => new()
    {
        { "number sign and 20,000 spaces", "ПРИКАЗ\n№ 1" + new string(' ', 20_000) + "x" },
        { "date, number and 20,000 spaces before «от»", "ПРИКАЗ\n01.09.2025 № 1" + new string(' ', 20_000) + "от" },
        { "number sign and 20,000 tabs", "ПРИКАЗ\n№ 1" + new string('\t', 20_000) + "x" },
        { "20,000 spaces inside lines", "ПРИКАЗ\nО" + new string(' ', 20_000) + "б\n1." + new string(' ', 20_000) + "2" },
        { "a day and 20,000 spaces", "ПРИКАЗ\n«12" + new string(' ', 20_000) + "x" },
        { "protocol and 20,000 spaces", "ПРИНЯТО советом (протокол" + new string(' ', 20_000) + "x\nПОЛОЖЕНИЕ\n1. Общие" },
        { "grif date and 20,000 spaces", "Приложение 1\nУТВЕРЖДЕНО приказом от 01.09.2025" + new string(' ', 20_000) + "x\nПОЛОЖЕНИЕ\n1.1. Текст" },
        { "acknowledgement heading and 20,000 spaces", "ПРИКАЗ\n01.09.2025 № 1\nО\nприказываю:\n1. Т.\nС приказом ознакомлены" + new string(' ', 20_000) + "x" },
        { "«(фамилия» and 20,000 spaces", "ПРИКАЗ\n01.09.2025 № 1\nО\nприказываю:\n1. Т.\nС приказом ознакомлены:\nИванов И.И.\t(фамилия" + new string(' ', 20_000) + "x" },
        { "20,000 lines above «ПРИКАЗ»", Repeat(Prose, 20_000) + "ПРИКАЗ\n01.09.2025 № 1\nО сервисах\nприказываю:\n1. Утвердить." },
        { "a preamble of 20,000 lines", "ПРИКАЗ\n01.09.2025 № 1\nО сервисах\nНа основании\n" + Repeat(Prose, 20_000) },
        { "a clause of 20,000 lines", "ПОЛОЖЕНИЕ\n1. Общие положения\n1.1. Текст\n" + Repeat(Prose, 20_000) },
        { "an order item of 20,000 lines", "ПРИКАЗ\n01.09.2025 № 1\nО сервисах\nприказываю:\n1. Утвердить\n" + Repeat(Prose, 20_000) },
        { "a list item of 20,000 lines", "ПОЛОЖЕНИЕ\n1. Общие положения\n1.1. Сервисы:\n- первый\n" + Repeat(Prose, 20_000) },
        { "an appendix title of 20,000 lines", "Приложение 1\n" + Repeat("Перечень лиц\n", 20_000) },
    };

    [Theory]
    [MemberData(nameof(Pathological))]
    public void Pathological_input_imports_in_linear_time(string name, string text)
    {
        var clock = Stopwatch.StartNew();
        var result = DocumentImporter.Import(text);

        Assert.True(clock.Elapsed < Limit, $"{name}: {clock.Elapsed.TotalMilliseconds:N0} ms");
        Assert.NotNull(result.Content);
    }

    [Fact]
    public void A_number_followed_by_many_spaces_is_still_read()
    {
        var content = DocumentImporter.Import("ПРИКАЗ\n01.09.2025 № 12-о" + new string(' ', 20_000) + "\nО сервисах\nприказываю:\n1. Утвердить.").Content;

        Assert.Equal("12-о", content.Requisites.Number);
        Assert.Equal(new DateOnly(2025, 9, 1), content.Requisites.Date);
    }

    [Theory]
    [InlineData("01.09.2025 № 12-о", "12-о")]
    [InlineData("№ 101-о от 15.09.2025", "101-о")]
    [InlineData("N 7 от 01.09.2025", "7")]
    [InlineData("№ 12/3 от  01.09.2025 г.", "12/3")]
    public void The_order_number_runs_to_the_word_from_or_the_end_of_the_line(string line, string number)
    {
        var content = DocumentImporter.Import($"ПРИКАЗ\n{line}\nО сервисах\nприказываю:\n1. Утвердить.").Content;

        Assert.Equal(number, content.Requisites.Number);
    }

    [Fact]
    public void A_long_clause_keeps_every_line_joined_in_order()
    {
        var lines = Enumerable.Range(1, 5_000).Select(i => $"строка {i}");
        var content = DocumentImporter.Import("ПОЛОЖЕНИЕ\n1. Общие положения\n1.1. Начало\n" + string.Join("\n", lines)).Content;

        var clause = Assert.Single(Assert.Single(content.Appendices).Sections.Single().Clauses);
        Assert.Equal("Начало " + string.Join(" ", lines), clause.Text);
    }

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();
}
