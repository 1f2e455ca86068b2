using System.Text.RegularExpressions;
using PolicyPortal.Domain.Documents;

namespace PolicyPortal.Domain.Import;

/// <summary>The numbered items after «приказываю:», up to the signature.</summary>
public static partial class DirectiveItemsReader
{
    /// <summary>Returns the index of the first line after the items.</summary>
    public static int Read(IReadOnlyList<SourceLine> lines, int pos, DocumentContent content)
    {
        DirectiveItem? item = null;
        for (; pos < lines.Count && !EndsItems(lines[pos].Text); pos++)
        {
            var line = lines[pos];
            var numbered = TextPatterns.NumberedItem().Match(line.Text);
            if (numbered.Success)
            {
                item = new DirectiveItem { Text = numbered.Groups["text"].Value };
                content.Items.Add(item);
            }
            else if (item is null)
            {
                content.Requisites.Preamble = TextPatterns.Join(content.Requisites.Preamble, line.Text);
            }
            else if (line.Bulleted || TextPatterns.ListMarker().IsMatch(line.Text))
            {
                item.Text += "\n" + (line.Bulleted ? "- " : "") + line.Text;
            }
            else
            {
                item.Text = TextPatterns.Join(item.Text, line.Text);
            }
        }

        foreach (var each in content.Items)
        {
            var appendix = AppendixReference().Match(each.Text);
            each.AppendixNumber = appendix.Success ? int.Parse(appendix.Groups["number"].Value) : null;
        }

        return pos;
    }

    private static bool EndsItems(string line) =>
        SignatureReader.IsSignatoryLine(line) || AppendixSplitter.IsAppendixHeading(line)
        || AcknowledgementReader.IsHeading(line) || SignatureReader.IsExecutorLine(line)
        || line.StartsWith("УТВЕРЖД", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"приложени\p{L}*\s*(?:№\s*)?(?<number>\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex AppendixReference();
}
