using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Import;

namespace PolicyPortal.UnitTests.Import;

public class UvarovoOrderImportTests
{
    private const string SeedName = "uvarovo-order-44-2025.txt";
    private static readonly ImportResult Result = Seed.Import(SeedName);
    private static DocumentContent Content => Result.Content;

    [Fact]
    public void Reads_the_requisites()
    {
        var r = Content.Requisites;
        Assert.Equal(DocumentKind.Order, Content.Kind);
        Assert.Equal("Министерство образования и науки Тамбовской области", r.FounderLine);
        Assert.EndsWith("«Уваровский политехнический колледж»", r.InstitutionName);
        Assert.Equal("ПРИКАЗ", r.DocumentTypeName);
        Assert.Equal("44", r.Number);
        Assert.Equal(new DateOnly(2025, 4, 25), r.Date);
        Assert.Contains("Уварово", r.Place);
        Assert.StartsWith("О применении сервисов для взаимодействия", r.Title);
        Assert.StartsWith("Ha основании п. 20", r.Preamble);
        Assert.EndsWith("приказываю:", r.Preamble);
        Assert.Equal("Директор", r.SignatoryPosition);
        Assert.Equal("Н.А.Ермакова", r.SignatoryName);
    }

    [Fact]
    public void Reads_six_items_joining_the_one_broken_by_a_page()
    {
        Assert.Equal(6, Content.Items.Count);
        Assert.Equal(1, Content.Items[1].AppendixNumber);
        Assert.Equal(2, Content.Items[2].AppendixNumber);
        Assert.Contains("посредством видео-конференц-связи, быстрого", Content.Items[2].Text);
        Assert.Equal("Контроль исполнения приказа оставляю за собой.", Content.Items[5].Text);
    }

    [Fact]
    public void Reads_the_acknowledgement_sheet()
    {
        Assert.True(Content.AcknowledgementBlock);
        Assert.Equal(6, Content.Acknowledgers.Count);
        Assert.Equal("О.Б.Кухарская", Content.Acknowledgers[0].FullName);
        Assert.Equal("Зам. директора по УР", Content.Acknowledgers[0].Position);
        Assert.Equal("Зам. директора по УПР", Content.Acknowledgers[1].Position);
        Assert.Equal("С.С.Рыбаков", Content.Acknowledgers[5].FullName);
        Assert.Contains(Result.Notes, n => n.Contains("подписи и даты не переносятся", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_the_regulation_with_its_grif_sections_and_council_marks()
    {
        var regulation = Content.Appendices[0];
        Assert.Equal(AppendixKind.Regulation, regulation.Kind);
        Assert.StartsWith("порядок применения Колледжем сервисов", regulation.Title);
        Assert.StartsWith("Приложение 1\nУТВЕРЖДЕНО\nПриказом директора", regulation.GrifOverride);
        Assert.Equal(4, regulation.Sections.Count);
        Assert.Equal("Общие положения", regulation.Sections[0].Title);
        Assert.StartsWith("Руководитель Колледжа или уполномоченное им лицо", SeedAssert.Clause(regulation, "3.2.").Text);
        Assert.Equal(6, SeedAssert.Clause(regulation, "1.2").Items.Count);
        Assert.StartsWith("В целях повышения качества", SeedAssert.Clause(regulation, "9.10").Text);

        // Source lines 112 and 114: «Рассмотрено и одобрено на заседании … протокол № … от …», after the Порядок's text.
        Assert.Equal(2, regulation.ApprovalMarks.Count);
        Assert.All(regulation.ApprovalMarks, m => Assert.Equal(MarkKind.ConsideredAndEndorsed, m.Kind));
        Assert.All(regulation.ApprovalMarks, m => Assert.Equal(MarkPlacement.AfterText, m.Placement));
        Assert.Equal(["на заседании Педагогического совета колледжа", "на заседании Студенческого совета колледжа"], regulation.ApprovalMarks.Select(m => m.Body));
        Assert.Equal(["10", "8"], regulation.ApprovalMarks.Select(m => m.ProtocolNumber));
        Assert.All(regulation.ApprovalMarks, m => Assert.Equal(new DateOnly(2025, 4, 12), m.Date));
        Assert.Equal(["«12» апреля 2025 г.", "12 апреля 2025 г."], regulation.ApprovalMarks.Select(m => m.DateAsWritten));
    }

    [Fact]
    public void Reads_the_roster_with_continuation_rows()
    {
        var roster = Content.Appendices[1];
        Assert.Equal(AppendixKind.Roster, roster.Kind);
        Assert.StartsWith("Перечень лиц, ответственным", roster.Title);
        Assert.Equal([1, 2, 2, 1], roster.Roster.Select(g => g.Persons.Count));
        Assert.Equal("Рыбаков Сергей Сергеевич", roster.Roster[0].Persons[0].FullName);
        Assert.Equal("Ведущий программист", roster.Roster[0].Persons[0].Position);
        Assert.Equal("Пономарева Ольга Ивановна", roster.Roster[1].Persons[1].FullName);
    }

    [Fact]
    public void Puts_nothing_aside()
    {
        Assert.Equal(2, Content.Appendices.Count);
        Assert.Contains(Result.Notes, n => n.Contains("offingl", StringComparison.Ordinal));
    }

    [Fact]
    public void Keeps_the_text_in_order() => SeedAssert.KeepsTheText(SeedName, Result);
}
