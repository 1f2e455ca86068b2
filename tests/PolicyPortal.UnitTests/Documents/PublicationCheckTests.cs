using FluentValidation;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Institutions;
using PolicyPortal.Domain.Services;
using PolicyPortal.UnitTests.Templates;

namespace PolicyPortal.UnitTests.Documents;

/// <summary>Each rule is shown on the filled college template, which otherwise passes clean.</summary>
public class PublicationCheckTests
{
    private static DocumentContent Filled() => TemplateSamples.Filled(InstitutionType.College);

    private static CheckResult Check(DocumentContent content, PublicationContext? context = null) =>
        new PublicationCheck(context ?? TemplateSamples.Context()).Check(content);

    private static void AssertSingleError(CheckResult result, string propertyName)
    {
        var error = Assert.Single(result.Errors);
        Assert.Equal(propertyName, error.PropertyName);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.False(result.CanPublish);
    }

    private static void AssertWarning(CheckResult result, string propertyName, string messagePart)
    {
        Assert.True(result.CanPublish);
        Assert.Contains(result.Warnings, w => w.PropertyName == propertyName && w.ErrorMessage.Contains(messagePart));
    }

    [Fact]
    public void Unrecognised_text_left_by_the_import_blocks_publication_until_it_is_removed()
    {
        var content = Filled();
        content.Appendices.Add(new Appendix { Kind = AppendixKind.FreeText, Title = PolicyPortal.Domain.Import.AppendixReader.UnplacedTitle, Text = "ОТЯНИЯП" });

        AssertSingleError(Check(content), PublicationCheck.UnrecognisedPath);
        Assert.True(Check(content, TemplateSamples.Context() with { IsImportOfApprovedDocument = true }).CanPublish);

        content.Appendices[^1].Title = "Памятка";
        Assert.True(Check(content).CanPublish);
    }

    [Fact]
    public void Prohibited_service_in_approved_list_blocks_publication()
    {
        var content = Filled();
        content.Appendices[1].Services.Add(new ServiceEntry { Name = "мессенджер whatsapp", Interaction = Interaction.Both });

        var result = Check(content);

        AssertSingleError(result, "Appendices[1].Services[7].Name");
        Assert.Contains("WhatsApp", result.Errors[0].ErrorMessage);
    }

    [Theory]
    [InlineData("Телеграм-чат группы", "Telegram")]
    [InlineData("Вотсап", "WhatsApp")]
    [InlineData("Скайп", "Skype for Business")]
    public void A_prohibited_service_spelt_otherwise_blocks_publication(string name, string dictionaryName)
    {
        var content = Filled();
        content.Appendices[1].Services.Add(new ServiceEntry { Name = name, Interaction = Interaction.Both });

        var result = Check(content);

        AssertSingleError(result, "Appendices[1].Services[7].Name");
        Assert.Contains(dictionaryName, result.Errors[0].ErrorMessage);
    }

    [Fact]
    public void Missing_number_blocks_publication()
    {
        var content = Filled();
        content.Requisites.Number = "  ";

        AssertSingleError(Check(content), "Requisites.Number");
    }

    [Fact]
    public void Missing_date_blocks_publication()
    {
        var content = Filled();
        content.Requisites.Date = null;

        AssertSingleError(Check(content), "Requisites.Date");
    }

    [Fact]
    public void Number_used_by_another_document_of_the_year_blocks_publication()
    {
        var content = Filled();
        content.Requisites.Number = " 44/1-О ";

        var result = Check(content, TemplateSamples.Context(false, "12", "44/1-о"));

        AssertSingleError(result, "Requisites.Number");
        Assert.Contains("2025", result.Errors[0].ErrorMessage);
    }

    [Fact]
    public void Number_not_used_this_year_is_accepted()
    {
        Assert.True(Check(Filled(), TemplateSamples.Context(false, "44/1", "45")).CanPublish);
    }

    [Fact]
    public void Roster_with_no_groups_blocks_publication()
    {
        var content = Filled();
        content.Appendices[2].Roster.Clear();

        AssertSingleError(Check(content), "Appendices[2].Roster");
    }

    [Fact]
    public void Roster_group_with_no_persons_blocks_publication()
    {
        var content = Filled();
        content.Appendices[2].Roster[1].Persons.Clear();

        AssertSingleError(Check(content), "Appendices[2].Roster[1].Persons");
    }

    [Fact]
    public void Item_referring_to_a_missing_appendix_blocks_publication()
    {
        var content = Filled();
        content.Items[3].AppendixNumber = 5;

        AssertSingleError(Check(content), "Items[3].AppendixNumber");
    }

    [Fact]
    public void Order_without_acknowledgers_blocks_publication()
    {
        var content = Filled();
        content.Acknowledgers.Clear();

        var result = Check(content);

        AssertSingleError(result, "Acknowledgers");
    }

    [Fact]
    public void Standalone_regulation_needs_no_acknowledgement_list()
    {
        var content = Filled();
        content.Kind = DocumentKind.StandaloneRegulation;
        content.Appendices[2].Roster.ForEach(g => g.Persons.ForEach(p => p.FullName = ""));
        content.Acknowledgers.Clear();

        Assert.True(Check(content).CanPublish);
    }

    [Fact]
    public void Missing_title_blocks_publication()
    {
        var content = Filled();
        content.Requisites.Title = "";

        AssertSingleError(Check(content), "Requisites.Title");
    }

    [Fact]
    public void Import_of_an_approved_document_reports_every_rule_as_a_warning()
    {
        var content = Filled();
        content.Requisites.Number = "";
        content.Requisites.Date = null;
        content.Requisites.Title = "";
        content.Acknowledgers.Clear();
        content.Items[0].AppendixNumber = 9;
        content.Appendices[1].Services.Add(new ServiceEntry { Name = "Telegram" });
        content.Appendices[2].Roster[0].Persons.Clear();

        var blocked = Check(content);
        var imported = Check(content, TemplateSamples.Context(import: true));

        Assert.Equal(7, blocked.Errors.Count);
        Assert.Empty(imported.Errors);
        Assert.True(imported.CanPublish);
        Assert.Equal(blocked.Errors.Count + blocked.Warnings.Count, imported.Warnings.Count);
        Assert.All(imported.Warnings, w => Assert.Equal(Severity.Warning, w.Severity));
    }

    [Fact]
    public void No_synchronous_service_is_a_warning()
    {
        var content = Filled();
        content.Appendices[1].Services.RemoveAll(s => s.Interaction.HasFlag(Interaction.Synchronous));

        AssertWarning(Check(content), "Appendices[1].Services", "синхронного");
    }

    [Fact]
    public void No_asynchronous_service_is_a_warning()
    {
        var content = Filled();
        content.Appendices[1].Services.RemoveAll(s => s.Interaction.HasFlag(Interaction.Asynchronous));

        AssertWarning(Check(content), "Appendices[1].Services", "асинхронного");
    }

    [Fact]
    public void No_state_system_among_approved_services_is_a_warning()
    {
        var content = Filled();
        content.Appendices[1].Services.RemoveAll(s => s.IsStateSystem);

        AssertWarning(Check(content), "Appendices[1].Services", "государственной системы");
    }

    [Fact]
    public void Service_named_max_counts_as_a_state_system_even_if_not_flagged()
    {
        var content = Filled();
        content.Appendices[1].Services = [new ServiceEntry { Name = "Мессенджер МАХ", Interaction = Interaction.Both }];

        Assert.Empty(Check(content).Warnings);
    }

    [Fact]
    public void Regulation_without_an_alternative_channel_is_a_warning()
    {
        var content = Filled();
        content.Appendices[0].Sections =
        [
            new Section { Number = "1", Title = "Общие положения", Clauses = [new Clause { Number = "1.1.", Text = "Общение ведётся только в МАХ." }] },
        ];

        AssertWarning(Check(content), "Appendices[0].Sections", "альтернативный канал");
    }

    [Fact]
    public void Regulation_mentioning_the_electronic_journal_has_an_alternative_channel()
    {
        var content = Filled();
        content.Appendices[0].Sections =
        [
            new Section { Clauses = [new Clause { Text = "Родителям сведения направляются через электронный журнал." }] },
        ];

        Assert.Empty(Check(content).Warnings);
    }

    [Fact]
    public void Roster_without_technical_support_is_a_warning()
    {
        var content = Filled();
        content.Appendices[2].Roster.RemoveAll(g => g.Activity.Contains("Техническ"));

        AssertWarning(Check(content), "Appendices[2].Roster", "техническую поддержку");
    }

    [Fact]
    public void Roster_person_missing_from_the_acknowledgement_list_is_a_warning()
    {
        var content = Filled();
        var person = content.Appendices[2].Roster[1].Persons[0];
        content.Acknowledgers.RemoveAll(a => a.PersonId == person.PersonId);

        AssertWarning(Check(content), "Appendices[2].Roster[1].Persons[0]", person.FullName);
    }

    [Fact]
    public void Acknowledger_with_the_same_id_counts_even_if_the_name_is_spelled_differently()
    {
        var content = Filled();
        var person = content.Appendices[2].Roster[0].Persons[0];
        content.Acknowledgers.Single(a => a.PersonId == person.PersonId).FullName = "Сотрудникова М.И.";

        Assert.Empty(Check(content).Warnings);
    }

    [Fact]
    public void Acknowledger_with_the_same_name_but_another_id_does_not_count()
    {
        var content = Filled();
        var person = content.Appendices[2].Roster[0].Persons[0];
        content.Acknowledgers.Single(a => a.PersonId == person.PersonId).PersonId = Guid.NewGuid();

        AssertWarning(Check(content), "Appendices[2].Roster[0].Persons[0]", person.FullName);
    }

    [Fact]
    public void Acknowledger_without_id_is_matched_by_normalised_name()
    {
        var content = Filled();
        var person = content.Appendices[2].Roster[0].Persons[0];
        person.FullName = "Фёдорова  Анна Петровна";
        content.Acknowledgers.RemoveAll(a => a.PersonId == person.PersonId);
        content.Acknowledgers.Add(PersonRef.Of(" федорова анна  петровна ", "Системный администратор"));

        Assert.Empty(Check(content).Warnings);
    }

    [Fact]
    public void Roster_position_without_a_name_is_a_warning()
    {
        var content = Filled();
        content.Appendices[2].Roster[0].Persons[0].FullName = "";

        AssertWarning(Check(content), "Appendices[2].Roster[0].Persons[0].FullName", "Системный администратор");
    }

    [Fact]
    public void An_order_item_without_text_blocks_publication()
    {
        var content = Filled();
        content.Items[1].Text = "  ";

        var result = Check(content);

        AssertSingleError(result, "Items[1].Text");
        Assert.Contains("Пункт 2", result.Errors[0].ErrorMessage);
    }
}
