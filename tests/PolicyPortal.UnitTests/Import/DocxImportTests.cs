using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Import;

namespace PolicyPortal.UnitTests.Import;

public class DocxImportTests
{
    [Fact]
    public void A_docx_order_goes_through_the_same_importer()
    {
        using var docx = BuildOrder();

        var text = DocxText.Extract(docx);
        var content = DocumentImporter.Import(text).Content;

        Assert.Contains("1. Утвердить Положение о порядке применения сервисов (Приложение 1).", text);
        Assert.Contains("\tПетров Пётр Петрович\tУчитель информатики", text);

        Assert.Equal("МБОУ «Средняя школа № 1»", content.Requisites.InstitutionName);
        Assert.Equal("12-о", content.Requisites.Number);
        Assert.Equal(new DateOnly(2025, 9, 1), content.Requisites.Date);
        Assert.EndsWith("приказываю:", content.Requisites.Preamble);
        Assert.Equal(2, content.Items.Count);
        Assert.Equal(1, content.Items[0].AppendixNumber);
        Assert.Equal("Директор", content.Requisites.SignatoryPosition);
        Assert.Equal("И.И. Иванова", content.Requisites.SignatoryName);

        var regulation = content.Appendices[0];
        Assert.Equal(AppendixKind.Regulation, regulation.Kind);
        // The source's grif, «Приложение 1» included, laid out on a grif's lines.
        Assert.Equal("Приложение 1\nУТВЕРЖДЕНО\nприказом директора\nот 01.09.2025 № 12-о", regulation.GrifOverride);
        Assert.Equal("1.1.", Assert.Single(regulation.Sections).Clauses[0].Number);
        Assert.Equal(["Сферум", "VK Мессенджер"], regulation.Sections[0].Clauses[0].Items.Select(i => i.Text));

        var roster = content.Appendices[1];
        Assert.Equal(AppendixKind.Roster, roster.Kind);
        Assert.Equal([2], roster.Roster.Select(g => g.Persons.Count));
        Assert.Equal("Приложение 2", roster.GrifOverride);
        Assert.False(roster.WithoutGrif);
        Assert.Equal(["Наименование мероприятия", "ФИО", "Должность"], roster.ColumnHeaders);
    }

    [Fact]
    public void A_page_break_in_a_word_file_opens_a_page_as_a_form_feed_does_so_marks_on_it_go_with_the_appendix_they_precede()
    {
        var parts = PdfCopyImportTests.TwoAppendicesPage.Split('\n');
        var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            // Ctrl+Enter in Word: a page break run at the end of the paragraph before.
            document.AddMainDocumentPart().Document = new Document(new Body(parts.Select(line => line.Contains("PAGE", StringComparison.Ordinal)
                ? new Paragraph(new Run(new Break { Type = BreakValues.Page }, new Text(line.Replace("PAGE", "", StringComparison.Ordinal))))
                : Para(line))));
        }

        stream.Position = 0;
        var content = DocumentImporter.Import(DocxText.Extract(stream)).Content;

        Assert.Equal(2, content.Appendices.Count);
        Assert.Equal(["Председатель профсоюзного комитета"], content.Appendices[0].ApprovalMarks.Select(m => m.Body));
        Assert.Equal(["на заседании методического совета"], content.Appendices[1].ApprovalMarks.Select(m => m.Body));
        Assert.StartsWith("Приложение 2\n", content.Appendices[1].GrifOverride, StringComparison.Ordinal);
    }

    [Fact]
    public void Marks_and_a_grif_laid_side_by_side_in_a_borderless_table_are_read_as_marks_and_the_approval_not_as_a_table_row()
    {
        var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            // As a secretary lays it out: a table of one row and two cells without borders, the marks at the left, «УТВЕРЖДАЮ» at the right.
            var left = new TableCell(Para("СОГЛАСОВАНО"), Para("Педагогическим советом (протокол от 28.02.2025 № 5)"), Para("ПРИНЯТО"), Para("Советом родителей (протокол от 27.02.2025 № 3)"));
            var right = new TableCell(Para(""), Para("УТВЕРЖДАЮ"), Para("Директор МБОУ «Лицей № 8»"), Para("______________ С.А. Воронцова"), Para("« 3 » марта 2025 г."));
            document.AddMainDocumentPart().Document = new Document(new Body(
                Para("Муниципальное бюджетное общеобразовательное учреждение «Лицей № 8» города Курска"),
                new Table(new TableProperties(new TableBorders(new TopBorder { Val = BorderValues.Nil }, new BottomBorder { Val = BorderValues.Nil })), new TableRow(left, right)),
                Para("ПОЛОЖЕНИЕ № 12"),
                Para("от 03.03.2025"),
                Para("о порядке применения сервисов видеоконференцсвязи и обмена сообщениями"),
                Para("1. Общие положения"),
                Para("1.1. Положение устанавливает правила применения сервисов взаимодействия в МБОУ «Лицей № 8».")));
        }

        stream.Position = 0;
        var content = DocumentImporter.Import(DocxText.Extract(stream)).Content;

        Assert.Equal(DocumentKind.StandaloneRegulation, content.Kind);
        Assert.Equal(
            (ApprovalForm.Personal, "Директор МБОУ «Лицей № 8»", "С.А. Воронцова", new DateOnly(2025, 3, 3)),
            (content.Approval!.Form, content.Approval.Position, content.Approval.Name, content.Approval.Date!.Value));
        Assert.Equal(
            [(MarkKind.Agreed, "Педагогическим советом", "5", new DateOnly(2025, 2, 28)), (MarkKind.Accepted, "Советом родителей", "3", new DateOnly(2025, 2, 27))],
            content.ApprovalMarks.Select(m => (m.Kind, m.Body, m.ProtocolNumber, m.Date!.Value)));
        Assert.Equal(("12", new DateOnly(2025, 3, 3)), (content.Requisites.Number, content.Requisites.Date!.Value));
        Assert.Equal("о порядке применения сервисов видеоконференцсвязи и обмена сообщениями", content.Requisites.Title);
        var regulation = Assert.Single(content.Appendices);
        Assert.Equal(["1.1."], regulation.Sections.SelectMany(s => s.Clauses).Select(c => c.Number));
        Assert.Empty(regulation.Roster);
    }

    private static MemoryStream BuildOrder()
    {
        var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                new AbstractNum(
                    new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }) { LevelIndex = 0 })
                { AbstractNumberId = 1 },
                new AbstractNum(
                    new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }, new LevelText { Val = "—" }) { LevelIndex = 0 })
                { AbstractNumberId = 2 },
                new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 },
                new NumberingInstance(new AbstractNumId { Val = 2 }) { NumberID = 2 });

            main.Document = new Document(new Body(
                Para("Управление образования администрации города"),
                Para("МБОУ «Средняя школа № 1»"),
                Para("ПРИКАЗ"),
                Para("01.09.2025 № 12-о"),
                Para("О применении сервисов взаимодействия"),
                Para("На основании постановления Правительства РФ от 11.10.2023 № 1678 приказываю:"),
                Numbered(1, "Утвердить Положение о порядке применения сервисов (Приложение 1)."),
                Numbered(1, "Контроль исполнения приказа оставляю за собой."),
                new Paragraph(new Run(new Text("Директор"), new TabChar(), new TabChar(), new Text("И.И. Иванова"))),
                Para("Приложение 1"),
                Para("УТВЕРЖДЕНО приказом директора от 01.09.2025 № 12-о"),
                Para("Положение о порядке применения сервисов"),
                Para("1.1. Применяются сервисы:"),
                Numbered(2, "Сферум"),
                Numbered(2, "VK Мессенджер"),
                Para("Приложение 2"),
                Para("Перечень ответственных лиц"),
                new Table(
                    Row(Cell("Наименование мероприятия"), Cell("ФИО"), Cell("Должность")),
                    Row(Cell("Техническая поддержка", merge: MergedCellValues.Restart), Cell("Петров Пётр Петрович"), Cell("Учитель информатики")),
                    Row(Cell("", merge: MergedCellValues.Continue), Cell("Сидорова Анна Ивановна"), Cell("Лаборант")))));
        }

        stream.Position = 0;
        return stream;
    }

    private static Paragraph Para(string text) => new(new Run(new Text(text)));

    private static Paragraph Numbered(int numberingId, string text) => new(
        new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numberingId })),
        new Run(new Text(text)));

    private static TableRow Row(params TableCell[] cells) => new(cells);

    private static TableCell Cell(string text, MergedCellValues? merge = null)
    {
        var cell = new TableCell();
        if (merge is { } value)
        {
            cell.Append(new TableCellProperties(new VerticalMerge { Val = value }));
        }

        cell.Append(Para(text));
        return cell;
    }
}
