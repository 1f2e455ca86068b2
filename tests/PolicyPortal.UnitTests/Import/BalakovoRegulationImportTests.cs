using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Import;

namespace PolicyPortal.UnitTests.Import;

public class BalakovoRegulationImportTests
{
    private const string SeedName = "balakovo-bpt-poryadok-2025.txt";
    private static readonly ImportResult Result = Seed.Import(SeedName);
    private static DocumentContent Content => Result.Content;

    [Fact]
    public void Is_a_standalone_regulation_without_its_own_number_approved_by_order_422()
    {
        var r = Content.Requisites;
        Assert.Equal(DocumentKind.StandaloneRegulation, Content.Kind);
        Assert.Equal("Министерство образования Саратовской области", r.FounderLine);
        Assert.EndsWith("«Балаковский политехнический техникум»", r.InstitutionName);
        Assert.Equal("ПОРЯДОК", r.DocumentTypeName);
        Assert.StartsWith("применення ГАПОУ СО «БПТ» сервисов", r.Title);
        Assert.Equal("г. Балаково", r.Place);

        // «от 13.10.2025г. №422» belongs to «приказом директора ГАПОУ СО «БПТ»»: the Порядок has no number or date of its own.
        Assert.Equal("", r.Number);
        Assert.Null(r.Date);
        var approval = Assert.IsType<DocumentApproval>(Content.Approval);
        Assert.Equal(ApprovalForm.ByOrder, approval.Form);
        Assert.Equal("УТВЕРЖДЕНО", approval.Keyword);
        Assert.Equal("директора ГАПОУ СО «БПТ»", approval.OrderAuthority);
        Assert.Equal(new DateOnly(2025, 10, 13), approval.OrderDate);
        Assert.Equal("13.10.2025г.", approval.OrderDateAsWritten);
        Assert.Equal("422", approval.OrderNumber);
    }

    [Fact]
    public void The_council_accepted_it_and_the_lawyer_agreed_it()
    {
        Assert.Equal(2, Content.ApprovalMarks.Count);

        // «ОТЯНИЯП» is the stamp «ПРИНЯТО» read mirrored; «Советом ГАПОУ СФ «БПТ»» with «(протокол от 13.10.2025г. № 7)» is its mark.
        var council = Content.ApprovalMarks[0];
        Assert.Equal(MarkKind.Accepted, council.Kind);
        Assert.Equal("Советом ГАПОУ СФ «БПТ»", council.Body);
        Assert.Equal("7", council.ProtocolNumber);
        Assert.Equal(new DateOnly(2025, 10, 13), council.Date);
        Assert.Equal("13.10.2025г.", council.DateAsWritten);
        Assert.Equal(MarkPlacement.TopLeft, council.Placement);

        var agreed = Content.ApprovalMarks[1];
        Assert.Equal(MarkKind.Agreed, agreed.Kind);
        Assert.Equal("Юрисконсульт ГАПОУ СО «БПТ»", agreed.Body);
        Assert.Equal("", agreed.ProtocolNumber);
        Assert.Null(agreed.Date);
    }

    [Fact]
    public void Its_first_appendix_is_its_own_text()
    {
        var regulation = Content.Appendices[0];
        Assert.Equal(AppendixKind.Regulation, regulation.Kind);
        Assert.StartsWith("порядок применення", regulation.Title);
        // Its grif is the document's approval and marks, not an appendix grif.
        Assert.Null(regulation.GrifOverride);
        Assert.Equal(6, regulation.Sections.Count);
        Assert.Equal("Заключительные положения", regulation.Sections[5].Title);

        var nested = SeedAssert.Clause(regulation, "5.11.1.");
        Assert.Equal(3, nested.Level);
        Assert.StartsWith("Администратор", nested.Text);
        Assert.True(nested.Items.Count >= 15);
        Assert.NotNull(SeedAssert.Clause(regulation, "5.11.5"));
        Assert.Equal(4, SeedAssert.Clause(regulation, "3.9.").Items.Count);
        Assert.Equal(5, SeedAssert.Clause(regulation, "4.5.").Items.Count);
    }

    [Fact]
    public void The_mirrored_stamp_goes_to_a_note_not_to_an_appendix()
    {
        Assert.Single(Content.Appendices);
        Assert.DoesNotContain(Content.Appendices, a => a.Text.Contains("ОТЯНИЯП", StringComparison.Ordinal));
        Assert.Contains(Result.Notes, n => n.Contains("«ОТЯНИЯП» — зеркально прочитанный штамп «ПРИНЯТО»", StringComparison.Ordinal));
    }

    [Fact]
    public void Keeps_the_text_in_order() => SeedAssert.KeepsTheText(SeedName, Result);
}
