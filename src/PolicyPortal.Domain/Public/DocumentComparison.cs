using PolicyPortal.Domain.Documents;

namespace PolicyPortal.Domain.Public;

public sealed record LineChange(ChangeKind Kind, string Number, IReadOnlyList<WordSpan> Words);

public sealed record SectionChange(ChangeKind Kind, string Number, IReadOnlyList<WordSpan> Title, IReadOnlyList<LineChange> Lines)
{
    public int UnchangedLines => Lines.Count(l => l.Kind == ChangeKind.Unchanged);
}

public sealed record PartChange(ChangeKind Kind, string Title, IReadOnlyList<SectionChange> Sections);

/// <summary>
/// What changed between two published versions: parts by position, sections by title (then position),
/// clauses by text (then position); a changed clause carries its word-level redline.
/// </summary>
public static class DocumentComparison
{
    public static IReadOnlyList<PartChange> Compare(DocumentContent older, DocumentContent newer)
    {
        var oldParts = ComparableText.Parts(older);
        var newParts = ComparableText.Parts(newer);
        var result = new List<PartChange>();
        for (var i = 0; i < Math.Max(oldParts.Count, newParts.Count); i++)
        {
            if (i >= newParts.Count)
            {
                result.Add(new(ChangeKind.Removed, oldParts[i].Title, [.. oldParts[i].Sections.Select(s => Whole(ChangeKind.Removed, s))]));
            }
            else if (i >= oldParts.Count)
            {
                result.Add(new(ChangeKind.Added, newParts[i].Title, [.. newParts[i].Sections.Select(s => Whole(ChangeKind.Added, s))]));
            }
            else
            {
                var sections = CompareSections(oldParts[i].Sections, newParts[i].Sections);
                var kind = sections.All(s => s.Kind == ChangeKind.Unchanged) && oldParts[i].Title == newParts[i].Title ? ChangeKind.Unchanged : ChangeKind.Changed;
                result.Add(new(kind, newParts[i].Title, sections));
            }
        }

        return result;
    }

    private static List<SectionChange> CompareSections(IReadOnlyList<ComparableSection> older, IReadOnlyList<ComparableSection> newer)
    {
        var result = new List<SectionChange>();
        foreach (var pair in SequenceAlignment.Align(older, newer, (a, b) => Normalize(a.Title) == Normalize(b.Title), AreVersionsOfEachOther))
        {
            switch (pair)
            {
                case { OldIndex: { } o, NewIndex: { } n }:
                    var lines = CompareLines(older[o].Lines, newer[n].Lines);
                    var titleSame = Normalize(older[o].Title) == Normalize(newer[n].Title);
                    var kind = titleSame && lines.All(l => l.Kind == ChangeKind.Unchanged) ? ChangeKind.Unchanged : ChangeKind.Changed;
                    var title = titleSame ? WordDiff.Whole(ChangeKind.Unchanged, newer[n].Title) : WordDiff.Compare(older[o].Title, newer[n].Title);
                    result.Add(new(kind, newer[n].Number, title, lines));
                    break;
                case { OldIndex: { } removed }:
                    result.Add(Whole(ChangeKind.Removed, older[removed]));
                    break;
                case { NewIndex: { } added }:
                    result.Add(Whole(ChangeKind.Added, newer[added]));
                    break;
            }
        }

        return result;
    }

    private static List<LineChange> CompareLines(IReadOnlyList<ComparableLine> older, IReadOnlyList<ComparableLine> newer)
    {
        var result = new List<LineChange>();
        foreach (var pair in SequenceAlignment.Align(older, newer, (a, b) => Normalize(a.Text) == Normalize(b.Text), (a, b) => WordDiff.AreVersionsOfEachOther(a.Text, b.Text)))
        {
            switch (pair)
            {
                case { OldIndex: { } o, NewIndex: { } n } when Normalize(older[o].Text) == Normalize(newer[n].Text):
                    result.Add(new(ChangeKind.Unchanged, newer[n].Number, WordDiff.Whole(ChangeKind.Unchanged, newer[n].Text)));
                    break;
                case { OldIndex: { } o, NewIndex: { } n }:
                    result.Add(new(ChangeKind.Changed, newer[n].Number, WordDiff.Compare(older[o].Text, newer[n].Text)));
                    break;
                case { OldIndex: { } removed }:
                    result.Add(new(ChangeKind.Removed, older[removed].Number, WordDiff.Whole(ChangeKind.Removed, older[removed].Text)));
                    break;
                case { NewIndex: { } added }:
                    result.Add(new(ChangeKind.Added, newer[added].Number, WordDiff.Whole(ChangeKind.Added, newer[added].Text)));
                    break;
            }
        }

        return result;
    }

    /// <summary>A section was edited rather than replaced when its title is recognisably the same or some clause survives.</summary>
    private static bool AreVersionsOfEachOther(ComparableSection older, ComparableSection newer) =>
        WordDiff.AreVersionsOfEachOther(older.Title, newer.Title)
        || older.Lines.Any(o => newer.Lines.Any(n => Normalize(o.Text) == Normalize(n.Text)));

    private static SectionChange Whole(ChangeKind kind, ComparableSection section) =>
        new(kind, section.Number, WordDiff.Whole(kind, section.Title), [.. section.Lines.Select(l => new LineChange(kind, l.Number, WordDiff.Whole(kind, l.Text)))]);

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
