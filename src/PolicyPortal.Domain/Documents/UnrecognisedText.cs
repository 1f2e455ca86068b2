using PolicyPortal.Domain.Import;

namespace PolicyPortal.Domain.Documents;

/// <summary>What a fragment of unrecognised text is, as the director decides it.</summary>
public enum FragmentTarget
{
    /// <summary>An OCR artefact, a mirrored stamp: dropped, and the drop is audited.</summary>
    Noise,
    /// <summary>«СОГЛАСОВАНО/ПРИНЯТО/РАССМОТРЕНО (И ОДОБРЕНО)…» on the document or on an appendix.</summary>
    Mark,
    /// <summary>«УТВЕРЖДЕНО приказом … от … № …» or «ПРИНЯТО решением совета…»: how the document itself is approved.</summary>
    DocumentGrif,
    /// <summary>The grif of an appendix, printed as written.</summary>
    AppendixGrif,
    AppendixTitle,
    /// <summary>A clause added at the end of a section of an appendix (or of a standalone regulation).</summary>
    Clause,
    /// <summary>An item of the order, after the last one.</summary>
    Item,
    Title,
    Preamble,
    /// <summary>The signatory's position and name.</summary>
    Signature,
    /// <summary>The «Исп.» line.</summary>
    Executor,
}

/// <summary>
/// Where a fragment goes when its target needs a place: the appendix and section (0-based), the mark's kind (when the
/// text has no keyword of its own) and where the mark stands.
/// </summary>
public sealed record FragmentPlace(int? Appendix = null, int? Section = null, MarkKind? MarkKind = null, MarkPlacement Placement = MarkPlacement.TopLeft);

/// <summary>
/// The fragments (lines) the import could not place, kept in «Нераспознанный текст» appendices, and their assignment:
/// each fragment is moved into the part of the document the director names, or discarded as noise. The appendix goes
/// when its last fragment does, so publication is blocked exactly while a fragment is left.
/// </summary>
public static class UnrecognisedText
{
    public static bool IsUnplaced(Appendix appendix) =>
        appendix.Kind == AppendixKind.FreeText && appendix.Title == AppendixReader.UnplacedTitle;

    public static IReadOnlyList<string> Fragments(DocumentContent content) =>
        content.Appendices.Where(IsUnplaced).SelectMany(a => Lines(a.Text)).ToList();

    /// <summary>True when <paramref name="target"/> needs an appendix, and which appendices may take it (never an unplaced one).</summary>
    public static bool NeedsAppendix(FragmentTarget target) =>
        target is FragmentTarget.AppendixGrif or FragmentTarget.AppendixTitle or FragmentTarget.Clause;

    public static bool TakesAppendix(DocumentContent content, int index) =>
        index >= 0 && index < content.Appendices.Count && !IsUnplaced(content.Appendices[index]);

    /// <summary>
    /// Moves <paramref name="fragment"/> where <paramref name="target"/> says and takes it out of the unrecognised text.
    /// Null when the fragment is no longer there (assigned already: a second post of the same form changes nothing).
    /// The place is checked by the form's validator; a place that does not fit throws.
    /// </summary>
    public static string? Assign(DocumentContent content, string fragment, FragmentTarget target, FragmentPlace place)
    {
        var text = fragment.Trim();
        var holder = content.Appendices.FindIndex(a => IsUnplaced(a) && Lines(a.Text).Contains(text));
        if (text.Length == 0 || holder < 0)
        {
            return null;
        }

        var what = Apply(content, text, target, place);
        var lines = Lines(content.Appendices[holder].Text).ToList();
        lines.Remove(text);
        if (lines.Count == 0)
        {
            AppendixOrdering.Remove(content, holder);
        }
        else
        {
            content.Appendices[holder].Text = string.Join("\n", lines);
        }

        return $"«{text}» {what}";
    }

    private static string Apply(DocumentContent content, string text, FragmentTarget target, FragmentPlace place)
    {
        var requisites = content.Requisites;
        switch (target)
        {
            case FragmentTarget.Noise:
                return "отброшено как шум";
            case FragmentTarget.Mark:
                var mark = ApprovalMarkParser.Parse(text, out var remainder);
                mark.Body = $"{mark.Body} {remainder}".Trim();
                if (place.MarkKind is { } kind)
                {
                    mark.Kind = kind;
                }
                else if (!TextPatterns.MarkKeyword().IsMatch(text))
                {
                    throw new ArgumentException("A mark without a keyword needs its kind.", nameof(place));
                }

                mark.Placement = place.Placement;
                var marks = place.Appendix is { } a ? AppendixAt(content, a).ApprovalMarks : content.ApprovalMarks;
                marks.Add(mark);
                return $"— отметка «{mark.KindTitle}» {(place.Appendix is { } n ? $"приложения {n + 1}" : "документа")}";
            case FragmentTarget.DocumentGrif:
                content.Approval = ApprovalOf(text);
                return "— гриф утверждения документа";
            case FragmentTarget.AppendixGrif:
                var grifAppendix = AppendixAt(content, place.Appendix);
                var laid = string.Join("\n", GrifReader.Layout(text));
                grifAppendix.GrifOverride = string.IsNullOrWhiteSpace(grifAppendix.GrifOverride) ? laid : $"{grifAppendix.GrifOverride}\n{laid}";
                grifAppendix.WithoutGrif = false;
                return $"— гриф приложения {place.Appendix + 1}";
            case FragmentTarget.AppendixTitle:
                AppendixAt(content, place.Appendix).Title = text;
                return $"— заголовок приложения {place.Appendix + 1}";
            case FragmentTarget.Clause:
                var sections = AppendixAt(content, place.Appendix).Sections;
                if (place.Section is not { } s || s < 0 || s >= sections.Count)
                {
                    throw new ArgumentException("A clause needs a section of that appendix.", nameof(place));
                }

                var clause = ClauseOf(sections[s], text);
                sections[s].Clauses.Add(clause);
                var label = clause.Number.Length > 0 ? $"пункт {clause.Number}" : "абзац";
                return $"— {label} в конце раздела {sections[s].Number} приложения {place.Appendix + 1}";
            case FragmentTarget.Item:
                content.Items.Add(new DirectiveItem { Text = text });
                return $"— пункт {content.Items.Count} приказа";
            case FragmentTarget.Title:
                requisites.Title = Joined(requisites.Title, text);
                return "— заголовок документа";
            case FragmentTarget.Preamble:
                requisites.Preamble = Joined(requisites.Preamble, text);
                return "— преамбула";
            case FragmentTarget.Signature:
                var name = TextPatterns.ShortName().Match(text);
                if (name.Success && name.Index > 0)
                {
                    requisites.SignatoryPosition = text[..name.Index].Trim(' ', '_', '\t');
                    requisites.SignatoryName = name.Value;
                }
                else if (name.Success)
                {
                    requisites.SignatoryName = text.Trim(' ', '_', '\t');
                }
                else
                {
                    requisites.SignatoryPosition = Joined(requisites.SignatoryPosition, text.Trim(' ', '_', '\t'));
                }

                return "— подпись";
            case FragmentTarget.Executor:
                var executor = text.StartsWith("Исп", StringComparison.Ordinal) ? text[(text.IndexOf(' ', StringComparison.Ordinal) + 1)..].Trim() : text;
                requisites.Executor = requisites.Executor.Trim().Length == 0 ? executor : $"{requisites.Executor.Trim()}, {executor}";
                return "— строка «Исп.»";
            default:
                throw new ArgumentOutOfRangeException(nameof(target));
        }
    }

    private static Appendix AppendixAt(DocumentContent content, int? index) =>
        index is { } i && TakesAppendix(content, i)
            ? content.Appendices[i]
            : throw new ArgumentException("The fragment's target needs an appendix of the document other than the unrecognised text.", nameof(index));

    /// <summary>The clause keeps a number the text carries («3.7. Текст»); otherwise it takes the next one in the section.</summary>
    private static Clause ClauseOf(Section section, string text)
    {
        var numbered = TextPatterns.ClauseStart().Match(text);
        return numbered.Success
            ? new Clause { Number = numbered.Groups["number"].Value, Text = numbered.Groups["text"].Value.Trim() }
            : new Clause { Number = RegulationNumbering.NewClause(section, section.Clauses.Count - 1).Number, Text = text };
    }

    private static DocumentApproval ApprovalOf(string text)
    {
        var keyword = TextPatterns.MarkKeyword().Match(text);
        var word = keyword.Success && keyword.Value.StartsWith("ПРИНЯТ", StringComparison.OrdinalIgnoreCase) ? "ПРИНЯТО" : "УТВЕРЖДЕНО";
        var grif = GrifReader.Read(text);
        if (grif.CouncilMark is { } council && grif.OrderNumber.Length == 0 && grif.OrderDate is null && grif.OrderAuthority.Length == 0)
        {
            return new DocumentApproval
            {
                Form = ApprovalForm.ByCouncil, Keyword = word, Body = council.Body, ProtocolNumber = council.ProtocolNumber,
                Date = council.Date, DateAsWritten = council.DateAsWritten,
            };
        }

        // Every word stays: with nothing recognised, the text after the keyword stands as the approving authority.
        var authority = grif.OrderAuthority.Length > 0 || grif.OrderDate is not null || grif.OrderNumber.Length > 0
            ? grif.OrderAuthority
            : text[(keyword.Success ? keyword.Length : 0)..].Trim();
        return new DocumentApproval
        {
            Form = ApprovalForm.ByOrder, Keyword = word, OrderAuthority = authority, OrderDate = grif.OrderDate,
            OrderDateAsWritten = grif.OrderDateAsWritten, OrderNumber = grif.OrderNumber,
        };
    }

    private static string Joined(string existing, string text) => existing.Trim().Length == 0 ? text : $"{existing.Trim()} {text}";

    private static string[] Lines(string text) =>
        text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
