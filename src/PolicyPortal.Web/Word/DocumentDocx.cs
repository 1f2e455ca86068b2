using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Web.Printing;

namespace PolicyPortal.Web.Word;

/// <summary>
/// The document as a Word file, laid out as the print templates (Pages/Shared/Printing) lay out the PDF and worded by the
/// same <see cref="DocumentText"/>. Everything that is the document's text is in the body, in reading order, so that
/// importing the file gives the document back; the copy or draft mark, page numbers and QR code are in headers and footers.
/// </summary>
public static class DocumentDocx
{
    /// <summary>The grif block stands at the right, 75 mm wide (print.css .grif); the marks beside it take up to 80 mm.</summary>
    private const int GrifIndentMm10 = DocxBlocks.TextWidthMm10 - 750;
    private const int MarksRightMm10 = DocxBlocks.TextWidthMm10 - 800;

    public static byte[] Build(DocumentView view)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            package.PackageProperties.Title = DocumentFileNames.Title(view);
            package.PackageProperties.Language = "ru-RU";
            var main = package.AddMainDocumentPart();
            DocxPage.AddStyles(main);

            var blocks = new List<OpenXmlElement>();
            if (view.OnlyAppendix is null)
            {
                if (view.IsStandalone)
                {
                    Standalone(view.Content, blocks);
                }
                else
                {
                    Order(view.Content, blocks);
                }
            }

            foreach (var (appendix, number) in view.Appendices())
            {
                AppendixBlocks(new AppendixView(view, appendix, number), startsPage: blocks.Count > 0, blocks);
            }

            var body = new Body(blocks);
            body.Append(DocxPage.Section(main, view.PublicLink, FirstPageMark(view), view.IsDraft ? "ПРОЕКТ" : null));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    /// <summary>A published document's signed original is its PDF: the Word file says it is a copy to edit.</summary>
    private static IReadOnlyList<string> FirstPageMark(DocumentView view) => view.IsDraft
        ? ["ПРОЕКТ. Документ не подписан и не опубликован."]
        : [
            $"Редактируемая копия. Подлинник — документ, опубликованный на портале (PDF): {view.PublicLink}",
            $"Контрольная сумма SHA-256 опубликованного текста: {view.Hash}",
        ];

    private static void Order(DocumentContent content, List<OpenXmlElement> blocks)
    {
        var r = content.Requisites;
        Head(content, blocks);
        AddIfAny(blocks, r.Title, ParagraphLook.Heading with { AfterPt = 12 });
        if (DocumentText.LegacyOrderMarks(content))
        {
            Marks(content.ApprovalMarks, ParagraphLook.Plain, blocks);
        }

        foreach (var line in DocumentText.Lines(r.Preamble))
        {
            blocks.Add(DocxBlocks.Para(DocumentText.Glue(line), ParagraphLook.Body));
        }
        for (var i = 0; i < content.Items.Count; i++)
        {
            blocks.Add(DocxBlocks.Para($"{i + 1}. {ItemText(content.Items[i])}", ParagraphLook.Body with { KeepNext = i == content.Items.Count - 1 }));
        }

        blocks.Add(Signature(r.SignatoryPosition, r.SignatoryName));
        if (!string.IsNullOrWhiteSpace(r.Executor))
        {
            blocks.Add(DocxBlocks.Para($"Исп. {r.Executor}", ParagraphLook.Plain with { SizePt = 12, BeforePt = 20 }));
        }

        if (!DocumentText.LegacyOrderMarks(content))
        {
            Marks(content.ApprovalMarks.Where(m => m.Placement == MarkPlacement.AfterText), ParagraphLook.Plain with { BeforePt = 12 }, blocks);
        }

        if (content.AcknowledgementBlock)
        {
            Acknowledgement(content.Acknowledgers, blocks);
        }
    }

    /// <summary>As _Order.cshtml: «… Ответственный: …. Срок: ….».</summary>
    private static string ItemText(DirectiveItem item)
    {
        var text = DocumentText.Glue(item.Text) + ResponsibleWording.Sentence(item.Responsible);

        if (item.Deadline is { } deadline)
        {
            text += " Срок: " + DocumentText.Date(deadline) + ".";
        }

        return text;
    }

    private static void Standalone(DocumentContent content, List<OpenXmlElement> blocks)
    {
        Head(content, blocks);
        AddIfAny(blocks, content.Requisites.Title, ParagraphLook.Heading with { AfterPt = 12 });
        if (content.Appendices.FirstOrDefault() is { } body)
        {
            AppendixBody(body, blocks);
        }

        Marks(content.ApprovalMarks.Where(m => m.Placement == MarkPlacement.AfterText), ParagraphLook.Plain, blocks);
        if (content.Acknowledgers.Count > 0 && content.AcknowledgementBlock)
        {
            Acknowledgement(content.Acknowledgers, blocks);
        }
    }

    /// <summary>
    /// _Head.cshtml: founder, institution, the document's own approval with the marks beside it (a standalone document's;
    /// none that the source lacks), the type, then the date at the left, the place centred and the number at the right.
    /// </summary>
    private static void Head(DocumentContent content, List<OpenXmlElement> blocks)
    {
        var r = content.Requisites;
        AddIfAny(blocks, r.FounderLine, ParagraphLook.Centred with { AfterPt = 4 });
        blocks.Add(DocxBlocks.Para(r.InstitutionName, ParagraphLook.Centred with { Bold = true }));
        var grif = DocumentText.DocumentApproval(content);
        var left = DocumentText.TopMarks(content, MarkPlacement.TopLeft);
        var right = DocumentText.TopMarks(content, MarkPlacement.TopRight);
        if (grif.Count > 0 || left.Count > 0 || right.Count > 0)
        {
            GrifRow(grif, left, right, blocks, beforePt: 12);
        }

        blocks.Add(DocxBlocks.Para(r.DocumentTypeName, ParagraphLook.Centred with { Bold = true, SizePt = 16, BeforePt = 14, AfterPt = 8 }));
        // _Head.cshtml's date line: the date at the left, the place centred, the number at the right.
        var date = DocumentText.HeadDate(content);
        var number = DocumentText.HeadNumber(content);
        var place = r.Place.Trim();
        if (date.Length == 0 && number.Length == 0)
        {
            // A standalone regulation's place alone: centred, as the line's middle cell would put it.
            AddIfAny(blocks, place, ParagraphLook.Centred with { AfterPt = 6 });
        }
        else if (content.Kind == DocumentKind.Order)
        {
            // An order's line is a borderless table, as on paper, so that the importer reads its cells apart
            // («25.04.2025 | г. Уварово | № 44»: the «г.» is the place's, not the date's).
            blocks.Add(DocxTables.DateLine(date, place, number));
        }
        else
        {
            // A regulation's own date and number: tab stops, one line of text (the importer reads a regulation's
            // requisites from text lines, not from a table under its title).
            var line = place.Length > 0 ? $"{date}\t{place}\t{number}" : $"{date}\t{number}";
            blocks.Add(DocxBlocks.Para(line.TrimEnd('\t'), ParagraphLook.Plain with
            {
                CentreTabMm10 = place.Length > 0 ? DocxBlocks.TextWidthMm10 / 2 : null,
                RightTabMm10 = DocxBlocks.TextWidthMm10,
                AfterPt = 6,
            }));
        }
    }

    private static Paragraph Signature(string position, string name) =>
        DocxBlocks.Para($"{position}\t{name}", ParagraphLook.Plain with { RightTabMm10 = DocxBlocks.TextWidthMm10, BeforePt = 28, RightMm10 = 0 });

    /// <summary>
    /// _Approval.cshtml's row: the marks that stand at the top left beside the grif at the right (75 mm) with the top-right
    /// marks under it. Both sides at once are a borderless table of two top-aligned cells, as a secretary lays them out in
    /// Word; one side alone is paragraphs (the marks at the left margin, the grif indented to the right).
    /// </summary>
    private static void GrifRow(IReadOnlyList<string> grif, IReadOnlyList<ApprovalMark> left, IReadOnlyList<ApprovalMark> right, List<OpenXmlElement> blocks, int beforePt)
    {
        var beside = left.Count > 0 && (grif.Count > 0 || right.Count > 0);
        var leftBlocks = new List<OpenXmlElement>();
        var rightBlocks = new List<OpenXmlElement>();
        if (left.Count > 0)
        {
            // Up to 80 mm wide at the left whether beside the grif or alone: the left cell ends where the grif's indent
            // begins (100 mm), so the grif stands where it stands without marks.
            Marks(left, ParagraphLook.Plain with { RightMm10 = beside ? GrifIndentMm10 - 800 : MarksRightMm10, KeepNext = !beside }, leftBlocks);
            leftBlocks[^1] = WithAfter((Paragraph)leftBlocks[^1], 12);
        }

        var look = ParagraphLook.Plain with { LeftMm10 = beside ? 0 : GrifIndentMm10, KeepNext = !beside };
        for (var i = 0; i < grif.Count; i++)
        {
            rightBlocks.Add(DocxBlocks.Para(grif[i], look with { AfterPt = i == grif.Count - 1 ? (right.Count > 0 ? 6 : 12) : 0 }));
        }

        if (right.Count > 0)
        {
            Marks(right, look, rightBlocks);
            rightBlocks[^1] = WithAfter((Paragraph)rightBlocks[^1], 12);
        }

        if (beforePt > 0)
        {
            foreach (var side in beside ? [leftBlocks, rightBlocks] : (List<OpenXmlElement>[])[leftBlocks.Count > 0 ? leftBlocks : rightBlocks])
            {
                ((Paragraph)side[0]).ParagraphProperties!.SpacingBetweenLines!.Before = (beforePt * 20).ToString(CultureInfo.InvariantCulture);
            }
        }

        if (beside)
        {
            blocks.Add(DocxTables.Beside(leftBlocks, rightBlocks, GrifIndentMm10));
        }
        else
        {
            blocks.AddRange(leftBlocks);
            blocks.AddRange(rightBlocks);
        }
    }

    private static void Marks(IEnumerable<ApprovalMark> marks, ParagraphLook look, List<OpenXmlElement> blocks)
    {
        var first = true;
        foreach (var mark in marks)
        {
            blocks.Add(DocxBlocks.Para(mark.KindTitle, look with { BeforePt = first ? 0 : 6 }));
            blocks.Add(DocxBlocks.Para(DocumentText.Mark(mark), look));
            first = false;
        }
    }

    private static Paragraph WithAfter(Paragraph paragraph, int afterPt)
    {
        paragraph.ParagraphProperties!.SpacingBetweenLines!.After = (afterPt * 20).ToString(CultureInfo.InvariantCulture);
        return paragraph;
    }

    private static void AppendixBlocks(AppendixView view, bool startsPage, List<OpenXmlElement> blocks)
    {
        var start = blocks.Count;
        // _Appendix.cshtml's row, as the document's own: the top-left marks, then the grif («Приложение N» included) with the
        // top-right marks under it. The importer reads marks that stand before «Приложение N» on the appendix's first page as its own.
        var left = view.Appendix.ApprovalMarks.Where(m => m.Placement == MarkPlacement.TopLeft).ToList();
        var right = view.Appendix.ApprovalMarks.Where(m => m.Placement == MarkPlacement.TopRight).ToList();
        if (view.Grif.Count > 0 || left.Count > 0 || right.Count > 0)
        {
            GrifRow(view.Grif, left, right, blocks, beforePt: 0);
        }

        AddIfAny(blocks, view.Appendix.Title, ParagraphLook.Heading with { AfterPt = 12 });
        AppendixBody(view.Appendix, blocks);
        Marks(view.Appendix.ApprovalMarks.Where(m => m.Placement == MarkPlacement.AfterText), ParagraphLook.Plain, blocks);
        if (startsPage)
        {
            // Whatever the appendix starts with (its grif, its marks, or without either its title) starts the page.
            if (start < blocks.Count && blocks[start] is Paragraph first)
            {
                var properties = first.ParagraphProperties ??= new ParagraphProperties();
                if (properties.GetFirstChild<KeepNext>() is { } keepNext)
                {
                    properties.InsertAfter(new PageBreakBefore(), keepNext);
                }
                else
                {
                    properties.PrependChild(new PageBreakBefore());
                }
            }
            else
            {
                blocks.Insert(start, DocxBlocks.Para("", ParagraphLook.Plain with { PageBreakBefore = true }));
            }
        }
    }

    /// <summary>_AppendixBody.cshtml: the part that matches the kind, then any free text.</summary>
    private static void AppendixBody(Appendix appendix, List<OpenXmlElement> blocks)
    {
        switch (appendix.Kind)
        {
            case AppendixKind.ApprovedServices:
                blocks.Add(DocxTables.Services(appendix));
                break;
            case AppendixKind.Roster:
                blocks.Add(DocxTables.Roster(appendix));
                break;
            case AppendixKind.ProhibitedServices:
                if (DocumentText.AsOfLine(appendix) is { } asOf)
                {
                    blocks.Add(DocxBlocks.Para(asOf, ParagraphLook.Plain with { AfterPt = 6 }));
                }

                blocks.AddRange(appendix.ProhibitedServices.Select((name, i) =>
                    DocxBlocks.Para($"{i + 1}. {name}", ParagraphLook.Body with { FirstLineMm10 = 0, LeftMm10 = 180 })));
                break;
            default:
                Sections(appendix.Sections, blocks);
                break;
        }

        foreach (var paragraph in appendix.Text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            blocks.Add(DocxBlocks.Para(DocumentText.Glue(paragraph), ParagraphLook.Body));
        }
    }

    /// <summary>_Sections.cshtml: the section heading, then each clause with its own number exactly as written, then its list.</summary>
    private static void Sections(IEnumerable<Section> sections, List<OpenXmlElement> blocks)
    {
        foreach (var section in sections)
        {
            AddIfAny(blocks, $"{section.Number} {section.Title}".Trim(), ParagraphLook.Heading with { BeforePt = 10 });
            foreach (var clause in section.Clauses)
            {
                AddIfAny(blocks, DocumentText.Glue($"{clause.Number} {clause.Text}".Trim()), ParagraphLook.Body);
                blocks.AddRange(clause.Items.Select(item => DocxBlocks.Para(DocumentText.Glue($"{item.Marker} {item.Text}".Trim()), ParagraphLook.Body)));
            }
        }
    }

    private static void Acknowledgement(List<PersonRef> persons, List<OpenXmlElement> blocks)
    {
        blocks.Add(DocxBlocks.Para("С приказом ознакомлены:", ParagraphLook.Plain with { BeforePt = 18, AfterPt = 6, KeepNext = true }));
        blocks.Add(DocxTables.Acknowledgement(persons));
    }

    private static void AddIfAny(List<OpenXmlElement> blocks, string text, ParagraphLook look)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            blocks.Add(DocxBlocks.Para(text, look));
        }
    }
}
