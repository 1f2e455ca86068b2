using System.Text.RegularExpressions;
using PolicyPortal.Domain.Documents;

namespace PolicyPortal.Domain.Import;

/// <summary>
/// «УТВЕРЖДАЮ» / «Директор МБОУ «СОШ № 5»» / «_____________ И.И. Иванова» / «« 3 » марта 2025 г.»: the director's own
/// approval of a standalone document, each part on its line or run together.
/// </summary>
public static partial class PersonalApprovalReader
{
    public static bool IsStart(string line) => Start().IsMatch(line);

    /// <summary>Reads from <paramref name="pos"/> (the «УТВЕРЖДАЮ» line); returns the index of the last line read.</summary>
    public static int Read(IReadOnlyList<SourceLine> lines, int pos, out DocumentApproval approval)
    {
        approval = new DocumentApproval { Form = ApprovalForm.Personal, Keyword = "УТВЕРЖДАЮ" };
        var position = new List<string>();
        var first = Start().Replace(lines[pos].Text, "").Trim();
        var parts = new List<string>();
        if (first.Length > 0)
        {
            parts.Add(first);
        }

        var last = pos;
        for (var i = pos + 1; i < lines.Count && i <= pos + 5 && IsPart(lines[i]); i++)
        {
            parts.Add(lines[i].Text);
            last = i;
        }

        foreach (var part in parts)
        {
            var text = part;
            if (approval.Date is null && approval.DateAsWritten.Length == 0 && RussianDate.TryFind(text, out var date, out var index, out var length))
            {
                approval.Date = date;
                approval.DateAsWritten = text.Substring(index, length).Trim();
                text = text.Remove(index, length).Trim();
            }
            else if (BlankDate().Match(text) is { Success: true } blank)
            {
                approval.DateAsWritten = blank.Value.Trim();
                text = text.Remove(blank.Index, blank.Length).Trim();
            }

            var name = TextPatterns.ShortName().Match(text);
            if (approval.Name.Length == 0 && name.Success)
            {
                approval.Name = name.Value;
                text = (text[..name.Index] + text[(name.Index + name.Length)..]).Trim();
            }

            text = text.Trim(' ', '_', '/', '\t');
            if (text.Length > 0)
            {
                position.Add(text);
            }
        }

        approval.Position = TextPatterns.JoinAll(position);
        return last;
    }

    private static bool IsPart(SourceLine line)
    {
        var text = line.Text;
        return !AppendixSplitter.IsBodyStart(line) && !ApprovalMarkParser.IsMarkStart(text) && !TextPatterns.MarkKeyword().IsMatch(text)
            && !TextPatterns.DocumentTypeWord().IsMatch(text) && !TextPatterns.Place().IsMatch(text) && !TextPatterns.YearOnly().IsMatch(text)
            && !IsStart(text) && text.Length < 120;
    }

    [GeneratedRegex(@"^УТВЕРЖДАЮ\s*:?", RegexOptions.IgnoreCase, TextPatterns.TimeoutMs)]
    private static partial Regex Start();

    /// <summary>««___» ________ 20__ г.»: a date left to be written by hand.</summary>
    [GeneratedRegex(@"[«""]?_{1,5}[»""]?\s*_{3,}\s*20_{0,2}\d{0,2}\s*(?:г\.?)?", RegexOptions.None, TextPatterns.TimeoutMs)]
    private static partial Regex BlankDate();
}
