using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Institutions;
using PolicyPortal.Domain.Public;
using PolicyPortal.UnitTests.Templates;

namespace PolicyPortal.UnitTests.Publication;

public class ParentContactsTests
{
    [Fact]
    public void College_template_gives_channels_hours_and_the_alternative_channel()
    {
        var contacts = ParentContacts.From(TemplateSamples.Filled(InstitutionType.College));

        Assert.Equal("Как связаться с колледжем", contacts.Heading);
        Assert.NotEmpty(contacts.Channels);
        Assert.Contains(contacts.Hours, h => h.Contains("с 8:00 до 19:00", StringComparison.Ordinal));
        Assert.Contains(contacts.Hours, h => h.StartsWith("После 19:00", StringComparison.Ordinal));
        Assert.Contains("альтернативный канал", contacts.Alternative, StringComparison.Ordinal);
        Assert.Contains(contacts.AlternativeChannels, c => c.StartsWith("электронная почта", StringComparison.Ordinal));
    }

    [Fact]
    public void School_template_speaks_of_the_school()
    {
        Assert.Equal("Как связаться со школой", ParentContacts.From(TemplateSamples.Filled(InstitutionType.School)).Heading);
    }

    [Fact]
    public void Regulation_without_hours_or_alternative_says_nothing_about_them()
    {
        var content = new DocumentContent
        {
            Appendices =
            [
                new Appendix
                {
                    Kind = AppendixKind.Regulation,
                    Sections = [new Section { Number = "1.", Title = "Общие положения", Clauses = [new Clause { Number = "1.1.", Text = "Приказ от 13.07.2022 № 1241 применяется." }] }],
                },
            ],
        };

        var contacts = ParentContacts.From(content);

        Assert.False(contacts.HasHours);
        Assert.False(contacts.HasAlternative);
        Assert.Empty(contacts.Channels);
        Assert.Equal("Как связаться с образовательной организацией", contacts.Heading);
    }

    [Theory]
    [InlineData("с 8:00 до 19:00", true)]
    [InlineData("после 19.00.", true)]
    [InlineData("постановление от 13.07.2022 № 1241", false)]
    [InlineData("пункт 6.5 Порядка", false)]
    [InlineData("в 9.30 утра", true)]
    public void Times_of_day_are_told_apart_from_dates(string text, bool expected)
    {
        Assert.Equal(expected, ParentContacts.MentionsTimeOfDay(text));
    }
}
