using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PolicyPortal.Domain.Documents;

namespace PolicyPortal.Domain.Import;

/// <summary>The numbered items after «приказываю:», up to the signature.</summary>
public static partial class DirectiveItemsReader
{
    /// <summary>Returns the index of the first line after the items.</summary>
    public static int Read(IReadOnlyList<SourceLine> lines, int pos, DocumentContent content)
    {
        // Texts grow in builders and are written once: a long item must not be copied at every line.
        var preamble = new StringBuilder(content.Requisites.Preamble);
        var texts = new List<StringBuilder>();
        for (; pos < lines.Count && !EndsItems(lines[pos].Text); pos++)
        {
            var line = lines[pos];
            var numbered = TextPatterns.NumberedItem().Match(line.Text);
            if (numbered.Success && texts.Count > 0 && !numbered.Groups["text"].Value.Any(char.IsLetterOrDigit))
            {
                // «(приложение» / «1).»: the end of a wrapped item, not an item «.» of its own.
                TextPatterns.Join(texts[^1], line.Text);
            }
            else if (numbered.Success)
            {
                content.Items.Add(new DirectiveItem());
                texts.Add(new StringBuilder(numbered.Groups["text"].Value));
            }
            else if (texts.Count == 0)
            {
                TextPatterns.Join(preamble, line.Text);
            }
            else if (line.Bulleted || TextPatterns.ListMarker().IsMatch(line.Text))
            {
                texts[^1].Append('\n').Append(line.Bulleted ? "- " : "").Append(line.Text);
            }
            else
            {
                TextPatterns.Join(texts[^1], line.Text);
            }
        }

        content.Requisites.Preamble = preamble.ToString();
        var first = content.Items.Count - texts.Count;
        for (var i = 0; i < texts.Count; i++)
        {
            content.Items[first + i].Text = texts[i].ToString();
        }

        foreach (var each in content.Items)
        {
            var appendix = AppendixReference().Match(each.Text);
            each.AppendixNumber = appendix.Success ? int.Parse(appendix.Groups["number"].Value, CultureInfo.InvariantCulture) : null;
        }

        return pos;
    }

    private static bool EndsItems(string line) =>
        SignatureReader.IsSignatoryLine(line) || AppendixSplitter.IsAppendixHeading(line)
        || AcknowledgementReader.IsHeading(line) || SignatureReader.IsExecutorLine(line)
        || IsApproval(line);

    /// <summary>«УТВЕРЖДАЮ», «УТВЕРЖДЕНО»; not «утверждённый порядок.», the end of an item a page break cut.</summary>
    private static bool IsApproval(string line) =>
        line.StartsWith("УТВЕРЖДАЮ", StringComparison.OrdinalIgnoreCase)
        || TextPatterns.MarkKeyword().Match(line) is { Success: true } mark && mark.Value.StartsWith("УТВЕРЖДЕН", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"приложени\p{L}*\s*(?:№\s*)?(?<number>\d+)", RegexOptions.IgnoreCase, TextPatterns.TimeoutMs)]
    private static partial Regex AppendixReference();
}
