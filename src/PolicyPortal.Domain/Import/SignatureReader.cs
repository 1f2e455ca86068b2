using System.Text.RegularExpressions;
using PolicyPortal.Domain.Documents;

namespace PolicyPortal.Domain.Import;

/// <summary>«Директор ____ Н.А.Ермакова» (on one line or several) and the «Исп. Рыбакова А.А.» line.</summary>
public static partial class SignatureReader
{
    public static bool IsSignatoryLine(string line) => line.Length <= 120 && Signatory().IsMatch(line);

    public static bool IsExecutorLine(string line) => Executor().IsMatch(line);

    /// <summary>Reads the signature at <paramref name="pos"/> if there is one; returns the index after it.</summary>
    public static int Read(IReadOnlyList<SourceLine> lines, int pos, Requisites requisites, List<string> notes)
    {
        if (pos >= lines.Count || !IsSignatoryLine(lines[pos].Text))
        {
            notes.Add("Подпись руководителя после пунктов приказа не найдена.");
            return pos;
        }

        var first = lines[pos++].Text;
        // Look for the name after the position's first word, or «Директор И.И. Иванова» would read as «Директор И.И.».
        var name = TextPatterns.ShortName().Match(first, Signatory().Match(first).Length);
        if (name.Success)
        {
            requisites.SignatoryName = name.Value;
            requisites.SignatoryPosition = first[..name.Index].Trim(' ', '_', '\t');
            return pos;
        }

        requisites.SignatoryPosition = first.Trim(' ', '_', '\t');
        for (var ahead = pos; ahead < lines.Count && ahead < pos + 3; ahead++)
        {
            var found = TextPatterns.ShortName().Match(lines[ahead].Text);
            if (found.Success && found.Length >= lines[ahead].Text.Trim(' ', '_').Length - 2)
            {
                var skipped = lines.Skip(pos).Take(ahead - pos).Select(l => $"«{l.Text}»").ToList();
                if (skipped.Count > 0)
                {
                    notes.Add($"Между должностью и фамилией подписавшего пропущено (похоже на подпись): {string.Join(", ", skipped)}.");
                }

                requisites.SignatoryName = found.Value;
                return ahead + 1;
            }
        }

        notes.Add("Фамилия подписавшего приказ не найдена.");
        return pos;
    }

    /// <summary>Takes the «Исп.» line (and a phone line after it) out of <paramref name="lines"/>, wherever it stands.</summary>
    public static void ExtractExecutor(List<SourceLine> lines, Requisites requisites)
    {
        var index = lines.FindIndex(l => IsExecutorLine(l.Text));
        if (index < 0)
        {
            return;
        }

        requisites.Executor = Executor().Replace(lines[index].Text, "").Trim();
        lines.RemoveAt(index);
        if (index < lines.Count && Phone().IsMatch(lines[index].Text))
        {
            requisites.Executor += ", " + lines[index].Text;
            lines.RemoveAt(index);
        }
    }

    [GeneratedRegex(@"^(?:Директор|Заведующ\p{Ll}*|Ректор|Руководитель|Начальник|Президент|Врио|И\.\s?о\.|Исполняющ\p{Ll}*)(?![\p{L}])", RegexOptions.None, TextPatterns.TimeoutMs)]
    private static partial Regex Signatory();

    [GeneratedRegex(@"^Исп(?:\.|олнитель)\s*:?\s*", RegexOptions.None, TextPatterns.TimeoutMs)]
    private static partial Regex Executor();

    [GeneratedRegex(@"^(?:тел|т\.|\+7|8\s?\()", RegexOptions.IgnoreCase, TextPatterns.TimeoutMs)]
    private static partial Regex Phone();
}
