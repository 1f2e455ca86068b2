using System.Text.RegularExpressions;
using PolicyPortal.Domain.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace PolicyPortal.IntegrationTests.Documents;

/// <summary>Reading a PDF back the way an inspector's software would: its words, page by page.</summary>
public static partial class PdfReading
{
    public static IReadOnlyList<string> PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p => Normal(ContentOrderTextExtractor.GetText(p)))];
    }

    /// <summary>Whitespace (line breaks, no-break spaces) collapsed to single spaces.</summary>
    public static string Normal(string text) => Spaces().Replace(text, " ").Trim();

    public static List<string> Words(string text) => [.. Word().Matches(text).Select(m => m.Value.ToLowerInvariant())];

    /// <summary>The first word of <paramref name="expected"/> that is not found, in order, in <paramref name="actual"/>; null if all are.</summary>
    public static string? FirstMissingInOrder(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var at = 0;
        for (var i = 0; i < expected.Count; i++)
        {
            var found = IndexOf(actual, expected[i], at);
            if (found < 0)
            {
                var context = string.Join(' ', expected.Skip(Math.Max(0, i - 5)).Take(10));
                var near = string.Join(' ', actual.Skip(Math.Max(0, at - 5)).Take(15));
                return $"«{expected[i]}» (word {i}: …{context}…; PDF near: …{near}…)";
            }

            at = found + 1;
        }

        return null;
    }

    /// <summary>Every word of the content in the order the templates (and the Word file) print it.</summary>
    public static List<string> ContentWords(DocumentContent content)
    {
        var r = content.Requisites;
        var standalone = content.Kind == DocumentKind.StandaloneRegulation;
        var parts = new List<string> { r.FounderLine, r.InstitutionName };
        if (standalone)
        {
            parts.AddRange(Marks(content.ApprovalMarks, MarkPlacement.TopLeft));
            parts.AddRange(content.Approval is { } approval
                ? [approval.Keyword, approval.Position, approval.Name, approval.OrderAuthority, approval.OrderNumber, approval.Body, approval.ProtocolNumber]
                : content.Version < 2 ? ["УТВЕРЖДАЮ", r.SignatoryPosition, r.SignatoryName] : []); // none that the source lacks
            parts.AddRange(Marks(content.ApprovalMarks, MarkPlacement.TopRight));
        }

        parts.AddRange([r.DocumentTypeName, r.Place, r.Number, r.Title]);
        if (standalone)
        {
            if (content.Appendices.Count > 0)
            {
                AddBody(parts, content.Appendices[0]);
            }

            parts.AddRange(Marks(content.ApprovalMarks, MarkPlacement.AfterText));
        }
        else
        {
            parts.AddRange(content.ApprovalMarks.Select(Mark));
            parts.Add(r.Preamble);
            foreach (var item in content.Items)
            {
                parts.Add(item.Text);
                parts.AddRange(item.Responsible.Select(p => p.Display));
            }

            parts.AddRange([r.SignatoryPosition, r.SignatoryName, r.Executor]);
        }

        if (content.AcknowledgementBlock)
        {
            parts.AddRange(content.Acknowledgers.Select(p => $"{p.Position} {p.FullName}"));
        }

        foreach (var appendix in content.Appendices.Skip(standalone ? 1 : 0))
        {
            parts.AddRange(Marks(appendix.ApprovalMarks, MarkPlacement.TopLeft));
            parts.AddRange(Marks(appendix.ApprovalMarks, MarkPlacement.TopRight));
            parts.Add(appendix.Title);
            AddBody(parts, appendix);
            parts.AddRange(Marks(appendix.ApprovalMarks, MarkPlacement.AfterText));
        }

        return Words(string.Join(' ', parts));
    }

    /// <summary>The longest run of <paramref name="expected"/> found in order in <paramref name="actual"/>, as a share.</summary>
    public static double ShareInOrder(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var previous = new int[actual.Count + 1];
        var current = new int[actual.Count + 1];
        foreach (var word in expected)
        {
            for (var j = 1; j <= actual.Count; j++)
            {
                current[j] = word == actual[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return expected.Count == 0 ? 1 : (double)previous[actual.Count] / expected.Count;
    }

    /// <summary>
    /// Where <paramref name="actual"/> departs from <paramref name="expected"/> outside their longest common run: each
    /// «− words» missing from it and «+ words» it adds, with the three words of <paramref name="expected"/> before them.
    /// </summary>
    public static List<string> DifferencesInOrder(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var run = new int[expected.Count + 1, actual.Count + 1];
        for (var i = expected.Count - 1; i >= 0; i--)
        {
            for (var j = actual.Count - 1; j >= 0; j--)
            {
                run[i, j] = expected[i] == actual[j] ? run[i + 1, j + 1] + 1 : Math.Max(run[i + 1, j], run[i, j + 1]);
            }
        }

        var differences = new List<string>();
        List<string> missing = [], extra = [];
        var (e, a) = (0, 0);
        void Flush()
        {
            if (missing.Count + extra.Count > 0)
            {
                var before = string.Join(' ', expected.Skip(Math.Max(0, e - missing.Count - 3)).Take(Math.Min(3, e - missing.Count)));
                differences.Add($"after «{before}»: − {string.Join(' ', missing)} + {string.Join(' ', extra)}");
                (missing, extra) = ([], []);
            }
        }

        while (e < expected.Count || a < actual.Count)
        {
            if (e < expected.Count && a < actual.Count && expected[e] == actual[a])
            {
                Flush();
                (e, a) = (e + 1, a + 1);
            }
            else if (a == actual.Count || (e < expected.Count && run[e + 1, a] >= run[e, a + 1]))
            {
                missing.Add(expected[e++]);
            }
            else
            {
                extra.Add(actual[a++]);
            }
        }

        Flush();
        return differences;
    }

    /// <summary>An order's marks all stand at the top; a regulation's where the source had them.</summary>
    private static IEnumerable<string> Marks(IEnumerable<ApprovalMark> marks, MarkPlacement placement) =>
        marks.Where(m => m.Placement == placement).Select(Mark);

    private static string Mark(ApprovalMark mark) => $"{mark.KindTitle} {mark.Body} {mark.ProtocolNumber}";

    private static void AddBody(List<string> parts, Appendix appendix)
    {
        foreach (var section in appendix.Sections)
        {
            parts.Add($"{section.Number} {section.Title}");
            foreach (var clause in section.Clauses)
            {
                parts.Add($"{clause.Number} {clause.Text}");
                parts.AddRange(clause.Items.Select(i => $"{i.Marker} {i.Text}"));
            }
        }

        parts.AddRange(appendix.Services.Select(s => $"{s.Name} {s.Purpose}"));
        parts.AddRange(appendix.Roster.Select(g => g.Activity + " " + string.Join(' ', g.Persons.Select(p => $"{p.FullName} {p.Position}"))));
        parts.AddRange(appendix.ProhibitedServices);
        parts.Add(appendix.Text);
    }

    private static int IndexOf(IReadOnlyList<string> words, string word, int from)
    {
        for (var i = from; i < words.Count; i++)
        {
            if (words[i] == word)
            {
                return i;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
