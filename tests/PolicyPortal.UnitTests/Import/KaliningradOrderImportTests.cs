using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Import;

namespace PolicyPortal.UnitTests.Import;

public class KaliningradOrderImportTests
{
    private const string SeedName = "kaliningrad-school58-order-1065-2024.txt";
    private static readonly ImportResult Result = Seed.Import(SeedName);
    private static DocumentContent Content => Result.Content;

    [Fact]
    public void Reads_the_requisites_keeping_the_number_as_written()
    {
        var r = Content.Requisites;
        Assert.Equal("КОМИТЕТ ПО ОБРАЗОВАНИЮ АДМИНИСТРАЦИИ ГОРОДСКОГО ОКРУГА «ГОРОД КАЛИНИНГРАД»", r.FounderLine);
        Assert.EndsWith("СРЕДНЯЯ ОБЩЕОБРАЗОВАТЕЛЬНАЯ ШКОЛА 58", r.InstitutionName);
        Assert.Equal("1065/1 - о", r.Number);
        Assert.Equal(new DateOnly(2024, 11, 25), r.Date);
        Assert.StartsWith("Об утверждении Положения о порядке", r.Title);
        Assert.StartsWith("На основании Федерального закона", r.Preamble);
        Assert.EndsWith("ПРИКАЗЫВАЮ:", r.Preamble);
        Assert.Equal("Директор", r.SignatoryPosition);
        Assert.Equal("А.В. Ерохин", r.SignatoryName);
        Assert.Equal("Рыбакова А.А.", r.Executor);
    }

    [Fact]
    public void Has_no_acknowledgement_table_because_its_source_has_none()
    {
        Assert.False(Content.AcknowledgementBlock);
        Assert.Empty(Content.Acknowledgers);
    }

    [Fact]
    public void Reads_six_items()
    {
        Assert.Equal(6, Content.Items.Count);
        Assert.Equal(1, Content.Items[0].AppendixNumber);
        Assert.EndsWith("Шевченко Т.И. довести до сведения родителей (законных представителей) утверждённый порядок.", Content.Items[3].Text);
        Assert.StartsWith("Контроль исполнения", Content.Items[5].Text);
        Assert.Empty(Content.Acknowledgers);
    }

    [Fact]
    public void Reads_the_regulation()
    {
        var regulation = Assert.Single(Content.Appendices);
        Assert.Equal(AppendixKind.Regulation, regulation.Kind);
        Assert.StartsWith("Положение о порядке применения", regulation.Title);
        Assert.Null(regulation.GrifOverride);
        Assert.Equal(5, regulation.Sections.Count);

        var tasks = SeedAssert.Clause(regulation, "2.3.");
        Assert.True(tasks.Items.Count >= 15);
        Assert.All(tasks.Items, i => Assert.Equal("—", i.Marker));

        var glossary = SeedAssert.Clause(regulation, "1.3.");
        Assert.Equal(4, glossary.Items.Count);
        Assert.StartsWith("«Электронные образовательные ресурсы (ЭОР)»", glossary.Items[0].Text);

        Assert.Contains("противоречит действующему законодательству", SeedAssert.Clause(regulation, "2.4.").Items[^1].Text);
    }

    [Fact]
    public void Keeps_the_text_in_order() => SeedAssert.KeepsTheText(SeedName, Result);
}
