using System.Text.RegularExpressions;
using PolicyPortal.Domain.Documents;

namespace PolicyPortal.Domain.Import;

/// <summary>
/// Turns the text of an order (or of a standalone regulation) into <see cref="DocumentContent"/>.
/// The text is kept as written — OCR errors included; only markup artefacts are stripped.
/// What cannot be placed goes into a «Нераспознанный текст» appendix, never dropped.
/// </summary>
public static partial class DocumentImporter
{
    public static ImportResult Import(string text)
    {
        try
        {
            var notes = new List<string>();
            return ImportLines(SourceLine.Split(LaidOutTable.Rewrite(text, notes), notes), notes);
        }
        catch (RegexMatchTimeoutException)
        {
            // No pattern here should ever take this long; if one does, the text is kept whole rather than lost.
            var content = new DocumentContent();
            content.Appendices.Add(AppendixReader.Unplaced(SourceLine.Split(text).Select(l => l.Text)));
            return new ImportResult(content, [$"Текст не удалось разобрать за отведённое время: он целиком помещён в приложение «{AppendixReader.UnplacedTitle}»."]);
        }
    }

    private static ImportResult ImportLines(List<SourceLine> lines, List<string> notes)
    {
        var content = new DocumentContent();
        if (lines.Count == 0)
        {
            notes.Add("Текст пуст.");
            return new ImportResult(content, notes);
        }

        var heading = lines.FindIndex(l => RequisitesReader.IsOrderHeading(l.Text));
        var unplaced = heading >= 0 ? ImportOrder(lines, heading, content, notes) : ImportStandalone(lines, content, notes);
        if (unplaced.Count > 0)
        {
            content.Appendices.Add(AppendixReader.Unplaced(unplaced));
            notes.Add($"Не удалось отнести к структуре документа: {string.Join(", ", unplaced.Select(u => $"«{u}»"))}. " +
                $"Текст помещён в приложение «{AppendixReader.UnplacedTitle}».");
        }

        return new ImportResult(content, notes);
    }

    private static List<string> ImportOrder(List<SourceLine> lines, int heading, DocumentContent content, List<string> notes)
    {
        var requisites = content.Requisites;
        var unplaced = RequisitesReader.ReadInstitution(lines.GetRange(0, heading), requisites);
        requisites.DocumentTypeName = lines[heading].Text.Replace(" ", "", StringComparison.Ordinal);

        var pos = RequisitesReader.ReadOrderRequisites(lines, heading + 1, requisites, notes);
        pos = DirectiveItemsReader.Read(lines, pos, content);
        pos = SignatureReader.Read(lines, pos, requisites, notes);

        var rest = lines.GetRange(pos, lines.Count - pos);
        content.AcknowledgementBlock = rest.Any(l => AcknowledgementReader.IsHeading(l.Text));
        SignatureReader.ExtractExecutor(rest, requisites);
        AcknowledgementReader.Extract(rest, content.Acknowledgers, notes);
        foreach (var block in AppendixSplitter.Split(rest))
        {
            if (block.Count == 1 && StampNote(block[0].Text) is { } stamp)
            {
                notes.Add(stamp);
                continue;
            }

            var draft = AppendixReader.Read(block);
            notes.AddRange(draft.Notes);
            if (IsEmpty(draft))
            {
                // «г. Энск» or «2025 г.» alone after the signature is a requisite of the order, not an appendix.
                PlaceLines(draft, requisites, "после подписи", notes, unplaced);
                continue;
            }

            content.Appendices.Add(draft.Appendix);
            NoteAppendix(draft, content, notes);
            PlaceLines(draft, requisites, $"в заголовке приложения {content.Appendices.Count}", notes, unplaced);
        }

        return unplaced;
    }

    private static List<string> ImportStandalone(List<SourceLine> lines, DocumentContent content, List<string> notes)
    {
        content.Kind = DocumentKind.StandaloneRegulation;
        notes.Add("Строка «ПРИКАЗ» не найдена: документ импортирован как самостоятельное положение (порядок).");
        var requisites = content.Requisites;
        var anchor = lines.FindIndex(l => TextPatterns.MarkKeyword().IsMatch(l.Text) || TextPatterns.DocumentTypeWord().IsMatch(l.Text)
            || PersonalApprovalReader.IsStart(l.Text) || AppendixSplitter.IsBodyStart(l));
        anchor = anchor < 0 ? 0 : anchor;
        content.AcknowledgementBlock = false;
        var unplaced = RequisitesReader.ReadInstitution(lines.GetRange(0, anchor), requisites);
        var mirrored = unplaced.Select(l => (Line: l, Keyword: ApprovalMarkParser.MirroredKeyword(l))).FirstOrDefault(m => m.Keyword is not null);
        if (mirrored.Keyword is not null)
        {
            unplaced.Remove(mirrored.Line);
        }

        var blocks = AppendixSplitter.Split(lines.Skip(anchor));
        for (var i = 0; i < blocks.Count; i++)
        {
            var draft = AppendixReader.Read(blocks[i]);
            notes.AddRange(draft.Notes);
            content.Appendices.Add(draft.Appendix);
            if (i > 0)
            {
                if (IsEmpty(draft))
                {
                    content.Appendices.RemoveAt(content.Appendices.Count - 1);
                    PlaceLines(draft, requisites, "после текста", notes, unplaced);
                    continue;
                }

                NoteAppendix(draft, content, notes);
                PlaceLines(draft, requisites, $"в заголовке приложения {content.Appendices.Count}", notes, unplaced);
                continue;
            }

            var regulation = draft.Appendix;

            // The document's own grif is its approval and its marks below, not an appendix's grif.
            regulation.GrifOverride = null;
            regulation.WithoutGrif = false;
            if (regulation.Kind != AppendixKind.Regulation)
            {
                // The document's own text must be a regulation: unrecognised text becomes plain paragraphs.
                var paragraphs = regulation.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(p => new Clause { Text = p });
                regulation.Sections = [new Section { Clauses = paragraphs.ToList() }];
                regulation.Text = "";
                regulation.Kind = AppendixKind.Regulation;
                notes.Add("Разделы и пункты не распознаны: текст перенесён абзацами.");
            }

            content.ApprovalMarks.AddRange(regulation.ApprovalMarks);
            regulation.ApprovalMarks.Clear();
            if (draft.Grif?.CouncilMark is { } council)
            {
                if (mirrored.Keyword is { } keyword && keyword.StartsWith("ПРИНЯТ", StringComparison.OrdinalIgnoreCase))
                {
                    // OCR read the stamp «ПРИНЯТО» mirrored and put the council under the order's «УТВЕРЖДЕНО».
                    council.Kind = MarkKind.Accepted;
                    notes.Add($"Строка «{mirrored.Line}» — зеркально прочитанный штамп «{keyword}»: отметка «{council.Body}» принята как «ПРИНЯТО».");
                }

                content.ApprovalMarks.Insert(0, council);
            }
            else if (mirrored.Keyword is { } keyword)
            {
                notes.Add($"Строка «{mirrored.Line}» — зеркально прочитанный штамп «{keyword}»; отметка к нему не найдена, строка не переносится.");
            }

            ReadOwnApproval(draft, content, notes);
            requisites.Number = draft.Own.Number;
            requisites.Date = draft.Own.Date;
            requisites.DateAsWritten = draft.Own.DateAsWritten;
            requisites.Place = draft.Place.Length > 0 ? draft.Place : draft.Own.Place;
            var typeWord = TextPatterns.DocumentTypeWord().Match(regulation.Title);
            requisites.DocumentTypeName = typeWord.Success ? typeWord.Value.ToUpperInvariant() : "ПОЛОЖЕНИЕ";
            requisites.Title = regulation.Title[typeWord.Length..].Trim();
            if (draft.Year.Length > 0)
            {
                notes.Add($"Строка «{draft.Year}» под местом издания принята за год издания и не переносится.");
            }

            if (content.Approval is null)
            {
                notes.Add("Утверждение документа («УТВЕРЖДЕНО … от … № …», «УТВЕРЖДАЮ») не найдено — укажите его вручную.");
            }
        }

        return unplaced;
    }

    /// <summary>
    /// The document's own approval, in the form its source has: «УТВЕРЖДАЮ» by the director, «УТВЕРЖДЕНО приказом … от … № …»
    /// (the approving order, not the document's own requisites), or «УТВЕРЖДЕНО/ПРИНЯТО решением совета (протокол …)».
    /// </summary>
    private static void ReadOwnApproval(AppendixDraft draft, DocumentContent content, List<string> notes)
    {
        if (draft.Approval is { } personal)
        {
            content.Approval = personal;
            return;
        }

        if (draft.Grif is { } grif && (grif.OrderNumber.Length > 0 || grif.OrderDate is not null || grif.OrderAuthority.Length > 0))
        {
            content.Approval = new DocumentApproval
            {
                Form = ApprovalForm.ByOrder,
                OrderAuthority = grif.OrderAuthority,
                OrderDate = grif.OrderDate,
                OrderDateAsWritten = grif.OrderDateAsWritten,
                OrderNumber = grif.OrderNumber,
            };
            notes.Add($"«от {grif.OrderDateAsWritten} № {grif.OrderNumber}» — реквизиты утверждающего приказа, а не собственные дата и номер документа.");
            return;
        }

        // No order: a council's decision approves the document (the first «УТВЕРЖДЕНО/ПРИНЯТО … совет…» mark).
        var council = content.ApprovalMarks.FindIndex(m => m.Kind is MarkKind.Approved or MarkKind.Accepted && CouncilWord().IsMatch(m.Body));
        if (council < 0)
        {
            return;
        }

        var mark = content.ApprovalMarks[council];
        content.ApprovalMarks.RemoveAt(council);
        content.Approval = new DocumentApproval
        {
            Form = ApprovalForm.ByCouncil,
            Keyword = mark.KindTitle,
            Body = mark.Body,
            ProtocolNumber = mark.ProtocolNumber,
            Date = mark.Date,
            DateAsWritten = mark.DateAsWritten,
        };
        notes.Add($"«{mark.KindTitle} {mark.Body}» принято за утверждение документа: иного утверждения в источнике нет.");
    }

    /// <summary>A block that held nothing but a place or a year line: reading it gave no appendix at all.</summary>
    private static bool IsEmpty(AppendixDraft draft)
    {
        var a = draft.Appendix;
        return draft.Grif is null && draft.Approval is null && a.GrifOverride is null && a.Title.Length == 0
            && string.IsNullOrWhiteSpace(a.Text) && a.Sections.Count == 0 && a.Roster.Count == 0 && a.Services.Count == 0
            && a.ProhibitedServices.Count == 0 && a.ApprovalMarks.Count == 0;
    }

    /// <summary>
    /// A place or year line outside the document's head goes where it belongs: it becomes the place of the document when
    /// the head has none, repeats the document's own (a note says so), or contradicts it (the director decides).
    /// </summary>
    private static void PlaceLines(AppendixDraft draft, Requisites requisites, string where, List<string> notes, List<string> unplaced)
    {
        if (draft.Place.Length > 0)
        {
            if (requisites.Place.Length == 0)
            {
                requisites.Place = draft.Place;
                notes.Add($"Строка «{draft.Place}» {where} принята за место издания документа.");
            }
            else if (SamePlace(draft.Place, requisites.Place))
            {
                notes.Add($"Строка «{draft.Place}» {where} повторяет место издания документа и не переносится.");
            }
            else
            {
                unplaced.Add(draft.Place);
            }
        }

        if (draft.Year.Length > 0)
        {
            var year = int.Parse(draft.Year[..4], System.Globalization.CultureInfo.InvariantCulture);
            var own = requisites.Date;
            if (own is null || own.Value.Year == year)
            {
                notes.Add($"Строка «{draft.Year}» {where} принята за год издания и не переносится.");
            }
            else
            {
                unplaced.Add(draft.Year);
            }
        }
    }

    private static bool SamePlace(string a, string b) =>
        string.Equals(PlaceSpaces().Replace(a, ""), PlaceSpaces().Replace(b, ""), StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"[\s.]+", RegexOptions.None, TextPatterns.TimeoutMs)]
    private static partial Regex PlaceSpaces();

    [GeneratedRegex(@"совет|собрани|решени|конференци", RegexOptions.IgnoreCase, TextPatterns.TimeoutMs)]
    private static partial Regex CouncilWord();

    /// <summary>
    /// A lone word in capitals that is no heading («ОТЯНИЯП», «ОТАЕРЖДЕНО»): a stamp OCR read mirrored or garbled. It goes
    /// to a note that quotes it, not to an appendix.
    /// </summary>
    private static string? StampNote(string line)
    {
        var word = line.Trim();
        if (word.Length is < 5 or > 20 || !word.All(char.IsLetter) || word != word.ToUpperInvariant()
            || TextPatterns.DocumentTypeWord().IsMatch(word) || TextPatterns.MarkKeyword().IsMatch(word) || RequisitesReader.IsOrderHeading(word))
        {
            return null;
        }

        return ApprovalMarkParser.MirroredKeyword(word) is { } keyword
            ? $"Строка «{word}» — зеркально прочитанный штамп «{keyword}»; отметка к нему не найдена, строка не переносится."
            : $"Строка «{word}» похожа на оттиск штампа, прочитанный с ошибками; она не переносится в документ.";
    }

    private static void NoteAppendix(AppendixDraft draft, DocumentContent content, List<string> notes)
    {
        var appendix = draft.Appendix;
        var number = content.Appendices.Count;
        var title = appendix.Title.Length > 60 ? appendix.Title[..60] + "…" : appendix.Title;
        notes.Add(appendix.Kind switch
        {
            AppendixKind.Roster => $"Приложение {number} «{title}» распознано как перечень ответственных лиц.",
            AppendixKind.Regulation => $"Приложение {number} «{title}» распознано как положение (порядок): разделов — {appendix.Sections.Count}.",
            AppendixKind.ProhibitedServices => $"Приложение {number} «{title}» распознано как перечень запрещённых сервисов: " +
                string.Join("; ", appendix.ProhibitedServices.Select(p => Services.ProhibitedMatcher.Catalog.Match(p) is { } known
                    ? $"«{p}» — {known}"
                    : $"«{p}» — нет в словаре запрещённых сервисов")) + ".",
            _ => $"Приложение {number} не удалось разобрать на части: текст перенесён как есть.",
        });

        var order = content.Requisites;
        if (draft.Grif is { OrderNumber.Length: > 0 } grif && content.Kind == DocumentKind.Order
            && (grif.OrderNumber != order.Number || grif.OrderDate != order.Date))
        {
            notes.Add($"Гриф приложения {number} ссылается на приказ № {grif.OrderNumber}, а не на этот приказ № {order.Number}.");
        }
    }
}
