using PolicyPortal.Web.Pages.Documents;

namespace PolicyPortal.IntegrationTests.Documents;

/// <summary>What «Сохранить» refuses in a Порядок's sections and clauses, each message on its own field.</summary>
public sealed class RegulationValidatorTests
{
    private readonly AppendixFormValidator validator = new();

    [Fact]
    public void A_well_formed_regulation_as_the_importer_and_the_editor_make_it_passes()
    {
        var form = Regulation(
            new SectionForm { Number = "", Title = "", Clauses = [new ClauseForm { Text = "Текст до первого раздела." }] },
            new SectionForm
            {
                Number = "3.", Title = "Регламент",
                Clauses =
                [
                    new ClauseForm { Number = "3.6.", Text = "Виды занятий:", Items = "— лекции;\n— семинары." },
                    new ClauseForm { Number = "3.6.1.", Text = "Лекции проводятся в ИКОП «Сферум»." },
                    new ClauseForm { Number = "5.11.5", Text = "Номер без последней точки, как в печатном тексте." },
                    new ClauseForm { Number = "", Text = "", Items = "- список сразу под заголовком" },
                ],
            },
            new SectionForm { Number = "IV.", Title = "Заключительные положения", Clauses = [new ClauseForm { Number = "4.1", Text = "Вступает в силу." }] });

        var result = validator.Validate(form);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("   ", " \n ")]
    public void A_clause_with_neither_text_nor_list_is_refused_on_its_text(string text, string items)
    {
        var result = validator.Validate(Regulation(Section(new ClauseForm { Number = "1.1.", Text = "Есть текст." }, new ClauseForm { Number = "1.2.", Text = text, Items = items })));

        var error = Assert.Single(result.Errors);
        Assert.Equal("Sections[0].Clauses[1].Text", error.PropertyName);
        Assert.Equal("Впишите текст пункта или удалите пункт.", error.ErrorMessage);
    }

    [Theory]
    [InlineData("3..6")]
    [InlineData("3.6.а")]
    [InlineData("п. 3.6")]
    [InlineData("3,6")]
    [InlineData(".1")]
    [InlineData("1.2.3.4.5.6.7.")]
    public void A_clause_number_that_is_not_numbers_between_dots_is_refused(string number)
    {
        var result = validator.Validate(Regulation(Section(new ClauseForm { Number = number, Text = "Текст." })));

        var error = Assert.Single(result.Errors);
        Assert.Equal("Sections[0].Clauses[0].Number", error.PropertyName);
        Assert.StartsWith("Номер пункта — числа через точку", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Раздел 3")]
    [InlineData("3.1.")]
    [InlineData("IVa")]
    public void A_section_number_that_is_neither_a_number_nor_a_roman_one_is_refused(string number)
    {
        var result = validator.Validate(Regulation(new SectionForm { Number = number, Title = "Общие положения", Clauses = [new ClauseForm { Number = "1.1.", Text = "Текст." }] }));

        Assert.Equal(["Sections[0].Number"], result.Errors.Select(e => e.PropertyName));
    }

    [Fact]
    public void Text_list_and_section_title_longer_than_their_limits_are_refused_and_at_their_limits_pass()
    {
        var atLimits = Regulation(new SectionForm
        {
            Number = "1.", Title = new string('т', PolicyPortal.Domain.Documents.Section.MaxTitleLength),
            Clauses = [new ClauseForm { Number = "1.1.", Text = new string('т', PolicyPortal.Domain.Documents.Clause.MaxTextLength), Items = new string('с', PolicyPortal.Domain.Documents.Clause.MaxListLength) }],
        });
        Assert.True(validator.Validate(atLimits).IsValid);

        atLimits.Sections[0].Title += "т";
        atLimits.Sections[0].Clauses[0].Text += "т";
        atLimits.Sections[0].Clauses[0].Items += "с";
        var result = validator.Validate(atLimits);

        Assert.Equal(
            [
                ("Sections[0].Title", "Название раздела не длиннее 2000 символов."),
                ("Sections[0].Clauses[0].Text", "Текст пункта не длиннее 10000 символов."),
                ("Sections[0].Clauses[0].Items", "Перечисление пункта не длиннее 20000 символов."),
            ],
            result.Errors.Select(e => (e.PropertyName, e.ErrorMessage)));
    }

    private static SectionForm Section(params ClauseForm[] clauses) => new() { Number = "1.", Title = "Общие положения", Clauses = [.. clauses] };

    private static AppendixForm Regulation(params SectionForm[] sections) => new() { Title = "Порядок", Grif = GrifChoice.FromOrder, Sections = [.. sections] };
}
