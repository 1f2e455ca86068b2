using PolicyPortal.Domain.Acknowledgements;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Staff;

namespace PolicyPortal.UnitTests.Acknowledgements;

public sealed class AcknowledgerChoiceTests
{
    private static readonly Person Director = Staff("Кухарская Оксана Борисовна", "Директор");
    private static readonly Person Engineer = Staff("Рыбаков Сергей Сергеевич", "Ведущий программист");
    private static readonly Person TeacherA = Staff("Иванова Анна Петровна", "Преподаватель");
    private static readonly Person TeacherB = Staff("Петров Илья Семёнович", "преподаватель ");
    private static readonly Person Curator = Staff("Сёмина Алёна Ивановна", "Классный руководитель");
    private static readonly Person Retired = Staff("Старый Пётр Ильич", "Преподаватель", active: false);
    private static readonly Person[] Directory = [Director, Engineer, TeacherA, TeacherB, Curator, Retired];

    private static Person Staff(string name, string position, bool active = true) =>
        new() { FullName = name, Position = position, IsActive = active };

    [Fact]
    public void Everyone_is_the_active_staff()
    {
        Assert.Equal([Director, Engineer, TeacherA, TeacherB, Curator], AcknowledgerChoice.Everyone(Directory));
    }

    [Fact]
    public void Positions_are_grouped_regardless_of_case_and_spacing_and_counted_without_those_who_left()
    {
        var positions = AcknowledgerChoice.Positions(Directory);

        Assert.Equal(4, positions.Count);
        Assert.Contains(("Преподаватель", 2), positions);
        Assert.Equal("Ведущий программист", positions[0].Position);
    }

    [Fact]
    public void Choosing_positions_takes_everyone_holding_them()
    {
        var chosen = AcknowledgerChoice.WithPositions(Directory, ["ПРЕПОДАВАТЕЛЬ", "Ведущий  программист"]);

        Assert.Equal([Engineer, TeacherA, TeacherB], chosen);
    }

    [Fact]
    public void The_named_are_found_by_link_full_name_initials_or_position_and_the_unknown_are_reported()
    {
        var content = new DocumentContent
        {
            Items =
            {
                new DirectiveItem { Text = "Назначить ответственным", Responsible = { PersonRef.Of("С.С. Рыбаков", "ведущий программист") } },
                new DirectiveItem { Text = "Контроль оставляю за собой", Responsible = { PersonRef.Of("", "", Director.Id) } },
                new DirectiveItem { Text = "Довести до сведения", Responsible = { PersonRef.Of("", "классный руководитель") } },
            },
            Appendices =
            {
                new Appendix
                {
                    Kind = AppendixKind.Roster,
                    Roster =
                    {
                        new RosterGroup { Activity = "Учебные занятия", Persons = { PersonRef.Of("Иванова А.П.", "преподаватель"), PersonRef.Of("Рыбаков Сергей Сергеевич", "") } },
                        new RosterGroup { Activity = "Техническая поддержка", Persons = { PersonRef.Of("Новиков Олег Павлович", "техник"), PersonRef.Of("", "Методист") } },
                    },
                },
            },
        };

        var named = AcknowledgerChoice.NamedIn(content, Directory);

        Assert.Equal([Engineer, Director, Curator, TeacherA], named.Found);
        Assert.Equal(["Новиков Олег Павлович", "Методист"], named.Missing);
    }

    [Fact]
    public void Someone_who_left_is_not_found_by_name()
    {
        var content = new DocumentContent { Items = { new DirectiveItem { Responsible = { PersonRef.Of("Старый Пётр Ильич", "Преподаватель") } } } };

        Assert.Empty(AcknowledgerChoice.NamedIn(content, Directory).Found);
    }

    [Theory]
    [InlineData("Рыбаков Сергей Сергеевич", true)]
    [InlineData("рыбаков  сергей сергеевич", true)]
    [InlineData("С.С. Рыбаков", true)]
    [InlineData("Рыбаков С. С.", true)]
    [InlineData("Рыбаков", false)]
    [InlineData("А.С. Рыбаков", false)]
    public void Names_match_in_full_or_as_initials_and_surname(string written, bool same)
    {
        Assert.Equal(same, AcknowledgerChoice.SameName("Рыбаков Сергей Сергеевич", written));
    }
}
