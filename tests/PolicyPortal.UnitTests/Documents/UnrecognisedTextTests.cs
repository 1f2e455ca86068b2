using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Import;

namespace PolicyPortal.UnitTests.Documents;

public sealed class UnrecognisedTextTests
{
    private static DocumentContent WithFragments(params string[] fragments)
    {
        var content = new DocumentContent
        {
            Items = [new DirectiveItem { Text = "Утвердить Порядок (Приложение 2).", AppendixNumber = 2 }],
            Appendices =
            [
                AppendixReader.Unplaced(fragments),
                new Appendix
                {
                    Kind = AppendixKind.Regulation, Title = "Порядок",
                    Sections = [new Section { Number = "3.", Title = "Заключительные положения", Clauses = [new Clause { Number = "3.1.", Text = "Порядок действует бессрочно." }] }],
                },
            ],
        };
        return content;
    }

    [Fact]
    public void The_last_fragment_takes_the_appendix_with_it_and_items_keep_pointing_at_their_appendix()
    {
        var content = WithFragments("ОТЯНИЯП");

        Assert.Equal("«ОТЯНИЯП» отброшено как шум", UnrecognisedText.Assign(content, "ОТЯНИЯП", FragmentTarget.Noise, new()));

        Assert.Equal("Порядок", Assert.Single(content.Appendices).Title);
        Assert.Equal(1, content.Items[0].AppendixNumber);
        Assert.Null(UnrecognisedText.Assign(content, "ОТЯНИЯП", FragmentTarget.Noise, new()));
    }

    [Fact]
    public void A_grif_of_the_document_is_read_as_approval_by_a_separate_order()
    {
        var content = WithFragments("УТВЕРЖДЕНО приказом директора ГАПОУ СО «БПТ» от 13.10.2025г. №422", "Исп. Рыбакова А.А.");

        UnrecognisedText.Assign(content, "УТВЕРЖДЕНО приказом директора ГАПОУ СО «БПТ» от 13.10.2025г. №422", FragmentTarget.DocumentGrif, new());
        UnrecognisedText.Assign(content, "Исп. Рыбакова А.А.", FragmentTarget.Executor, new());

        var approval = content.Approval!;
        Assert.Equal((ApprovalForm.ByOrder, "422", new DateOnly(2025, 10, 13)), (approval.Form, approval.OrderNumber, approval.OrderDate!.Value));
        Assert.Equal("Рыбакова А.А.", content.Requisites.Executor);
        Assert.Empty(UnrecognisedText.Fragments(content));
    }

    [Fact]
    public void A_clause_takes_the_next_number_of_its_section_unless_it_carries_its_own()
    {
        var content = WithFragments("Изменения вносятся приказом директора.", "3.5. Порядок размещается на сайте.", "Директор ____ Н.А. Ермакова");

        var first = UnrecognisedText.Assign(content, "Изменения вносятся приказом директора.", FragmentTarget.Clause, new(1, 0));
        UnrecognisedText.Assign(content, "3.5. Порядок размещается на сайте.", FragmentTarget.Clause, new(1, 0));
        UnrecognisedText.Assign(content, "Директор ____ Н.А. Ермакова", FragmentTarget.Signature, new());

        var clauses = content.Appendices[0].Sections[0].Clauses;
        Assert.Equal(["3.1.", "3.2.", "3.5."], clauses.Select(c => c.Number));
        Assert.Equal("Порядок размещается на сайте.", clauses[^1].Text);
        Assert.Contains("пункт 3.2. в конце раздела 3. приложения 2", first, StringComparison.Ordinal);
        Assert.Equal(("Директор", "Н.А. Ермакова"), (content.Requisites.SignatoryPosition, content.Requisites.SignatoryName));
    }

    [Fact]
    public void A_fragment_cannot_be_moved_into_the_unrecognised_text_itself()
    {
        var content = WithFragments("Приложение к Порядку");

        Assert.Throws<ArgumentException>(() => UnrecognisedText.Assign(content, "Приложение к Порядку", FragmentTarget.AppendixTitle, new(0)));
        Assert.Single(UnrecognisedText.Fragments(content));
    }
}
