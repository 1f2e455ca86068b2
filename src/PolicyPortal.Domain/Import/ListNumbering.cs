using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyPortal.Domain.Import;

/// <summary>
/// Writes out Word's automatic list numbers («1.», «2.1.») and bullets, which are not part of the paragraph text.
/// Only numbering set on the paragraph itself is followed (not numbering inherited from a style).
/// </summary>
public sealed class ListNumbering(Numbering? numbering)
{
    private readonly Dictionary<int, int[]> counters = [];

    public string Prefix(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties?.NumberingProperties;
        var numberingId = properties?.NumberingId?.Val?.Value ?? 0;
        if (numbering is null || numberingId == 0)
        {
            return "";
        }

        var levelIndex = properties!.NumberingLevelReference?.Val?.Value ?? 0;
        var abstractId = numbering.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numberingId)?.AbstractNumId?.Val?.Value;
        var level = numbering.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId)
            ?.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == levelIndex);
        if (abstractId is null || level is null || levelIndex is < 0 or > 8)
        {
            return "";
        }

        var pattern = level.LevelText?.Val?.Value ?? "";
        if (level.NumberingFormat?.Val?.Value == NumberFormatValues.Bullet)
        {
            return (pattern is "-" or "–" or "—" or "•" ? pattern : "•") + " ";
        }

        if (!counters.TryGetValue(abstractId.Value, out var counter))
        {
            counter = counters[abstractId.Value] = new int[9];
        }

        var start = level.StartNumberingValue?.Val?.Value ?? 1;
        counter[levelIndex] = counter[levelIndex] == 0 ? start : counter[levelIndex] + 1;
        Array.Clear(counter, levelIndex + 1, counter.Length - levelIndex - 1);
        for (var i = 0; i < 9; i++)
        {
            pattern = pattern.Replace($"%{i + 1}", Math.Max(counter[i], 1).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return pattern + " ";
    }
}
