using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Import;

namespace PolicyPortal.UnitTests.Import;

public class BalakovoRegulationImportTests
{
    private const string SeedName = "balakovo-bpt-poryadok-2025.txt";
    private static readonly ImportResult Result = Seed.Import(SeedName);
    private static DocumentContent Content => Result.Content;

    [Fact]
    public void Is_a_standalone_regulation_approved_by_order_422_and_protocol_7()
    {
        var r = Content.Requisites;
        Assert.Equal(DocumentKind.StandaloneRegulation, Content.Kind);
        Assert.Equal("Министерство образования Саратовской области", r.FounderLine);
        Assert.EndsWith("«Балаковский политехнический техникум»", r.InstitutionName);
        Assert.Equal("ПОРЯДОК", r.DocumentTypeName);
        Assert.StartsWith("применення ГАПОУ СО «БПТ» сервисов", r.Title);
        Assert.Equal("422", r.Number);
        Assert.Equal(new DateOnly(2025, 10, 13), r.Date);
        Assert.Equal("г. Балаково", r.Place);

        var council = Content.ApprovalMarks[0];
        Assert.Equal(MarkKind.Approved, council.Kind);
        Assert.Equal("Советом ГАПОУ СФ «БПТ»", council.Body);
        Assert.Equal("7", council.ProtocolNumber);
        Assert.Equal(new DateOnly(2025, 10, 13), council.Date);

        var agreed = Content.ApprovalMarks[1];
        Assert.Equal(MarkKind.Agreed, agreed.Kind);
        Assert.Equal("Юрисконсульт ГАПОУ СО «БПТ»", agreed.Body);
    }

    [Fact]
    public void Its_first_appendix_is_its_own_text()
    {
        var regulation = Content.Appendices[0];
        Assert.Equal(AppendixKind.Regulation, regulation.Kind);
        Assert.StartsWith("порядок применення", regulation.Title);
        Assert.StartsWith("УТВЕРЖДЕНО Советом ГАПОУ СФ «БПТ» приказом директора", regulation.GrifOverride);
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
    public void Puts_the_unreadable_stamp_aside_with_a_note()
    {
        var aside = Content.Appendices[^1];
        Assert.Equal(AppendixKind.FreeText, aside.Kind);
        Assert.Equal("ОТЯНИЯП", aside.Text);
        Assert.Contains(Result.Notes, n => n.Contains("ОТЯНИЯП", StringComparison.Ordinal));
    }

    [Fact]
    public void Keeps_the_text_in_order() => SeedAssert.KeepsTheText(SeedName, Result);
}
