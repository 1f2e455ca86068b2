using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Institutions;
using PolicyPortal.Domain.Services;

namespace PolicyPortal.UnitTests.Templates;

public class ModelTemplatesTests
{
    [Theory]
    [InlineData(InstitutionType.College)]
    [InlineData(InstitutionType.School)]
    public void Filled_template_passes_the_publication_check_without_errors_or_warnings(InstitutionType type)
    {
        var result = new PublicationCheck(TemplateSamples.Context()).Check(TemplateSamples.Filled(type));

        Assert.True(result.CanPublish, string.Join("; ", result.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}")));
        Assert.Empty(result.Warnings);
    }

    [Theory]
    [InlineData(InstitutionType.College)]
    [InlineData(InstitutionType.School)]
    public void Fresh_template_waits_only_for_number_acknowledgers_and_roster_names(InstitutionType type)
    {
        var content = TemplateSamples.Fresh(type);

        var result = new PublicationCheck(TemplateSamples.Context()).Check(content);

        Assert.Equal(["Requisites.Number", "Acknowledgers"], result.Errors.Select(e => e.PropertyName));
        var rosterSize = content.Appendices[2].Roster.Sum(g => g.Persons.Count);
        Assert.Equal(rosterSize, result.Warnings.Count);
        Assert.All(result.Warnings, w => Assert.Matches(@"^Appendices\[2\]\.Roster\[\d\]\.Persons\[\d\]\.FullName$", w.PropertyName));
    }

    [Theory]
    [InlineData(InstitutionType.College)]
    [InlineData(InstitutionType.School)]
    public void Template_fills_the_requisites_from_the_profile(InstitutionType type)
    {
        var profile = TemplateSamples.Profile(type);

        var requisites = TemplateSamples.Fresh(type).Requisites;

        Assert.Equal(profile.FounderLine, requisites.FounderLine);
        Assert.Equal(profile.FullName, requisites.InstitutionName);
        Assert.Equal("ПРИКАЗ", requisites.DocumentTypeName);
        Assert.Equal("г. Уварово", requisites.Place);
        Assert.Equal("Директор", requisites.SignatoryPosition);
        Assert.Equal("Н.А. Ермакова", requisites.SignatoryName);
        Assert.Equal(TemplateSamples.Today, requisites.Date);
        Assert.Equal("", requisites.Number);
        Assert.EndsWith("приказываю:", requisites.Preamble);
        Assert.Contains("№ 1678", requisites.Preamble);
        Assert.Contains("273-ФЗ", requisites.Preamble);
        Assert.Contains("149-ФЗ", requisites.Preamble);
        Assert.Contains(profile.ShortName, Text(TemplateSamples.Fresh(type).Appendices[0]));
    }

    [Theory]
    [InlineData(InstitutionType.College)]
    [InlineData(InstitutionType.School)]
    public void Regulation_states_moderation_hours_and_an_alternative_channel_for_parents(InstitutionType type)
    {
        var text = Text(TemplateSamples.Fresh(type).Appendices[0]);

        Assert.Contains("более трёх раз", text);
        Assert.Contains("на срок до одного месяца", text);
        Assert.Contains("в рабочие дни с 8:00 до 19:00", text);
        Assert.Contains("После 19:00, в выходные и нерабочие праздничные дни сообщения не направляются, за исключением экстренных случаев", text);
        Assert.Contains("альтернативный канал связи", text);
        Assert.Contains("письменное обращение", text);
        Assert.Contains("приложение 3 к приказу", text);
        Assert.Contains("приложение 4 к приказу", text);
    }

    [Fact]
    public void School_template_speaks_of_teachers_class_teachers_and_parents()
    {
        var content = TemplateSamples.Fresh(InstitutionType.School);
        var text = Text(content.Appendices[0]);

        Assert.Contains("учителей", content.Requisites.Title);
        Assert.Contains("школы", text);
        Assert.Contains("классный руководитель", text);
        Assert.Contains("обучающиеся и их родители (законные представители)", text);
        Assert.DoesNotContain("куратор", text);
        Assert.DoesNotContain("колледж", text);
        Assert.Contains(content.Appendices[1].Services, s => s.Name == ServiceCatalog.Eljur);
    }

    [Fact]
    public void College_template_speaks_of_lecturers_and_group_curators()
    {
        var content = TemplateSamples.Fresh(InstitutionType.College);
        var text = Text(content.Appendices[0]);

        Assert.Contains("преподавателей", content.Requisites.Title);
        Assert.Contains("колледжа", text);
        Assert.Contains("куратор учебной группы", text);
        Assert.DoesNotContain("классн", text);
        Assert.DoesNotContain("школы", text);
        Assert.Contains(content.Appendices[1].Services, s => s.Name == ServiceCatalog.Dnevnik);
    }

    [Fact]
    public void Order_approves_the_four_appendices_in_the_expected_order()
    {
        var content = TemplateSamples.Fresh(InstitutionType.College);

        Assert.Equal(
            [AppendixKind.Regulation, AppendixKind.ApprovedServices, AppendixKind.Roster, AppendixKind.ProhibitedServices],
            content.Appendices.Select(a => a.Kind));
        Assert.Equal([2, 1, 3, 4], content.Items.Where(i => i.AppendixNumber is not null).Select(i => i.AppendixNumber!.Value));
        Assert.Contains(content.Items, i => i.Text.Contains("10 рабочих дней") && i.Text.Contains("статьи 29"));
        Assert.Empty(content.Acknowledgers);
    }

    [Fact]
    public void Approved_services_are_linked_to_the_registry_entries()
    {
        var services = TemplateSamples.Fresh(InstitutionType.College).Appendices[1].Services;

        Assert.Equal(7, services.Count);
        Assert.All(services, s => Assert.Equal(TemplateSamples.Registry.Single(r => r.Name == s.Name).Id, s.ServiceId));
        Assert.Contains(services, s => s.Name == ServiceCatalog.Sferum && s.IsStateSystem && s.Interaction == Interaction.Both);
    }

    [Fact]
    public void Roster_lists_positions_only_so_the_director_fills_the_names()
    {
        var roster = TemplateSamples.Fresh(InstitutionType.College).Appendices[2].Roster;
        var persons = roster.SelectMany(g => g.Persons).ToList();

        Assert.Contains(roster, g => g.Activity.StartsWith("Техническая поддержка", StringComparison.Ordinal));
        Assert.Contains(persons, p => p.Position == "Заместитель директора по учебной работе");
        Assert.Contains(persons, p => p.Position == "Администратор ИКОП «Сферум»");
        Assert.All(persons, p => Assert.Equal("", p.FullName));
    }

    [Fact]
    public void Prohibited_appendix_lists_the_catalog_with_its_date()
    {
        var appendix = TemplateSamples.Fresh(InstitutionType.School).Appendices[3];

        Assert.Equal(new DateOnly(2023, 3, 1), appendix.ProhibitedAsOf);
        Assert.Equal(ProhibitedCatalog.Names, appendix.ProhibitedServices);
    }

    private static string Text(Appendix appendix) => string.Join("\n",
        appendix.Sections.SelectMany(s => s.Clauses.SelectMany(c => c.Items.Select(i => i.Text).Prepend(c.Text)).Prepend(s.Title)));
}
