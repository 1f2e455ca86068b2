using System.Text.RegularExpressions;
using PolicyPortal.Domain.Import;

namespace PolicyPortal.Domain.Public;

public enum ChangeKind
{
    Unchanged,
    Added,
    Removed,
    Changed,
}

/// <summary>A run of words that are the same in both versions, or only in the new one (Added) or the old one (Removed).</summary>
public sealed record WordSpan(ChangeKind Kind, string Text);

/// <summary>A word-level redline of two texts: common words kept, the rest marked added or removed.</summary>
public static partial class WordDiff
{
    public static IReadOnlyList<WordSpan> Compare(string older, string newer)
    {
        var oldWords = Words(older);
        var newWords = Words(newer);
        var spans = new List<WordSpan>();
        foreach (var pair in SequenceAlignment.Align(oldWords, newWords, string.Equals))
        {
            if (pair is { OldIndex: { } o, NewIndex: { } n } && oldWords[o] == newWords[n])
            {
                Append(spans, ChangeKind.Unchanged, oldWords[o]);
                continue;
            }

            // A changed word reads best as the old one struck out, then the new one.
            if (pair.OldIndex is { } removed)
            {
                Append(spans, ChangeKind.Removed, oldWords[removed]);
            }

            if (pair.NewIndex is { } added)
            {
                Append(spans, ChangeKind.Added, newWords[added]);
            }
        }

        return Regroup(spans);
    }

    /// <summary>Two texts are versions of one another when at least half of their words are common (Dice coefficient).</summary>
    public static bool AreVersionsOfEachOther(string older, string newer)
    {
        var oldWords = Words(older);
        var newWords = Words(newer);
        var total = oldWords.Count + newWords.Count;
        return total == 0 || 2.0 * SequenceAlignment.CommonLength(oldWords, newWords, string.Equals) / total >= 0.5;
    }

    public static IReadOnlyList<WordSpan> Whole(ChangeKind kind, string text) => text.Length == 0 ? [] : [new(kind, text)];

    private static List<string> Words(string text) => [.. WordPattern().Matches(text).Select(m => m.Value)];

    private static void Append(List<WordSpan> spans, ChangeKind kind, string word)
    {
        if (spans.Count > 0 && spans[^1].Kind == kind)
        {
            spans[^1] = spans[^1] with { Text = spans[^1].Text + " " + word };
            return;
        }

        spans.Add(new(kind, word));
    }

    /// <summary>Alternating removed/added runs become one removed run followed by one added run.</summary>
    private static List<WordSpan> Regroup(List<WordSpan> spans)
    {
        var result = new List<WordSpan>();
        var index = 0;
        while (index < spans.Count)
        {
            if (spans[index].Kind == ChangeKind.Unchanged)
            {
                result.Add(spans[index++]);
                continue;
            }

            var removed = new List<string>();
            var added = new List<string>();
            while (index < spans.Count && spans[index].Kind != ChangeKind.Unchanged)
            {
                (spans[index].Kind == ChangeKind.Removed ? removed : added).Add(spans[index].Text);
                index++;
            }

            if (removed.Count > 0)
            {
                result.Add(new(ChangeKind.Removed, string.Join(' ', removed)));
            }

            if (added.Count > 0)
            {
                result.Add(new(ChangeKind.Added, string.Join(' ', added)));
            }
        }

        return result;
    }

    [GeneratedRegex(@"\S+", RegexOptions.None, TextPatterns.TimeoutMs)]
    private static partial Regex WordPattern();
}
