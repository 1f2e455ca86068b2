using PolicyPortal.Domain.Documents;

namespace PolicyPortal.UnitTests.Documents;

/// <summary>Responsible persons as a secretary writes them: position in lower case, initials, surname — nothing to decline.</summary>
public class ResponsibleWordingTests
{
    private const char Nbsp = '\u00A0';

    [Fact]
    public void A_person_with_name_and_position_reads_position_initials_surname()
    {
        var sentence = ResponsibleWording.Sentence([PersonRef.Of("Рыбаков Сергей Сергеевич", "Ведущий программист")]);

        Assert.Equal($" Ответственный: ведущий программист С.С.{Nbsp}Рыбаков.", sentence);
    }

    [Theory]
    [InlineData("Рыбаков Сергей Сергеевич", "С.С.\u00A0Рыбаков")]
    [InlineData("Петрова-Водкина Анна Ивановна", "А.И.\u00A0Петрова-Водкина")]
    [InlineData("Иванов Пётр", "П.\u00A0Иванов")]
    [InlineData("Иванов", "Иванов")]
    [InlineData("Рыбаков С.С.", "С.С.\u00A0Рыбаков")]
    [InlineData("Рыбаков С. С.", "С.С.\u00A0Рыбаков")]
    [InlineData("С.С. Рыбаков", "С.С.\u00A0Рыбаков")]
    [InlineData("Сергей Сергеевич Рыбаков", "С.С.\u00A0Рыбаков")]
    [InlineData("Мамедов Эльчин Гасан оглы", "Э.Г.\u00A0Мамедов")]
    [InlineData("Шмидт Анна-Мария Петровна", "А.-М.П.\u00A0Шмидт")]
    [InlineData("  Кухарская   Оксана  Борисовна ", "О.Б.\u00A0Кухарская")]
    [InlineData("", "")]
    public void A_full_name_becomes_initials_and_surname(string fullName, string expected)
    {
        Assert.Equal(expected, ResponsibleWording.Initials(fullName));
    }

    [Theory]
    [InlineData("Ведущий программист", "ведущий программист")]
    [InlineData("Заместитель директора по УВР", "заместитель директора по УВР")]
    [InlineData("Директор ГАПОУ СО «БПТ»", "директор ГАПОУ СО «БПТ»")]
    [InlineData("Педагог-организатор", "педагог-организатор")]
    [InlineData("ИТ-специалист", "ИТ-специалист")]
    [InlineData("Руководитель Центра «IT-куб»", "руководитель Центра «IT-куб»")]
    [InlineData("Начальник отдела,", "начальник отдела")]
    [InlineData("", "")]
    public void A_position_is_lower_case_but_keeps_its_proper_nouns(string position, string expected)
    {
        Assert.Equal(expected, ResponsibleWording.Position(position));
    }

    [Fact]
    public void A_position_alone_or_a_name_alone_is_printed_alone()
    {
        Assert.Equal(" Ответственный: заместитель директора по учебной работе.", ResponsibleWording.Sentence([PersonRef.Of("", "Заместитель директора по учебной работе")]));
        Assert.Equal($" Ответственный: О.Б.{Nbsp}Кухарская.", ResponsibleWording.Sentence([PersonRef.Of("Кухарская Оксана Борисовна", "")]));
    }

    [Fact]
    public void Several_persons_are_listed_with_commas()
    {
        var sentence = ResponsibleWording.Sentence([
            PersonRef.Of("Кухарская Оксана Борисовна", "Заместитель директора по УВР"),
            PersonRef.Of("Рыбаков Сергей Сергеевич", "Ведущий программист"),
        ]);

        Assert.Equal($" Ответственные: заместитель директора по УВР О.Б.{Nbsp}Кухарская, ведущий программист С.С.{Nbsp}Рыбаков.", sentence);
    }

    [Fact]
    public void Nobody_named_prints_nothing()
    {
        Assert.Equal("", ResponsibleWording.Sentence([]));
        Assert.Equal("", ResponsibleWording.Sentence([PersonRef.Of(" ", " ")]));
    }
}
