using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Import;

namespace PolicyPortal.UnitTests.Import;

/// <summary>
/// Lossless import: every non-blank line of every golden document lands somewhere — in a field of the content, in an
/// import note (which says what was done with it) or in «Нераспознанный текст». A line counts as landed when each of
/// its words is found there; a line whose words are nowhere was dropped.
/// </summary>
public class LosslessAuditTests
{
    public static TheoryData<string> GoldenDocuments()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Golden.Dir, "*.txt").Concat(Directory.GetFiles(Path.Combine(Golden.Dir, "Fidelity"), "*.txt"))
                     .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Golden.Dir, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GoldenDocuments))]
    public void Every_source_line_lands_in_a_field_a_note_or_the_unrecognised_text(string document)
    {
        var source = File.ReadAllText(Path.Combine(Golden.Dir, document));
        var result = DocumentImporter.Import(source);
        var landed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in Strings(result.Content).Concat(result.Notes).Concat(Structural(result.Content)))
        {
            landed.UnionWith(Words(text));
        }

        // Markup is not text: the importer strips «<u>» and «**» as any reader would.
        var dropped = source.Split('\n')
            .Select((line, index) => (Line: System.Text.RegularExpressions.Regex.Replace(line, "</?(u|b|i|strong|em)>", "").Trim(), Number: index + 1))
            .Where(l => l.Line.Length > 0)
            .Select(l => (l.Line, l.Number, Missing: Words(l.Line).Where(w => !landed.Contains(w)).Distinct().ToList()))
            .Where(l => l.Missing.Count > 0)
            .Select(l => $"{document}:{l.Number}: «{Short(l.Line)}» — нет слов: {string.Join(", ", l.Missing)}")
            .ToList();
        Assert.True(dropped.Count == 0, $"{dropped.Count} lines dropped:\n" + string.Join("\n", dropped));
    }

    [Fact]
    public void The_audit_sees_a_dropped_line()
    {
        var result = DocumentImporter.Import("ПРИКАЗ\n01.09.2025 № 1\nО сервисах\nприказываю:\n1. Утвердить.\nДиректор И.И. Иванова");
        result.Content.Items.Clear();
        var landed = Strings(result.Content).Concat(result.Notes).SelectMany(Words).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain("утвердить", landed);
    }

    /// <summary>
    /// Words the model holds by its structure rather than as text, and the print writes back: item and row numbers (by
    /// position), «протокол … от» of a mark, «приказом» of an approval by order, «Исп.», «С приказом ознакомлены».
    /// </summary>
    private static IEnumerable<string> Structural(DocumentContent content)
    {
        var rows = content.Appendices.Select(a => Math.Max(a.ProhibitedServices.Count, a.Roster.Count)).DefaultIfEmpty(0).Max();
        foreach (var n in Enumerable.Range(1, Math.Max(content.Items.Count, rows)))
        {
            yield return n.ToString(CultureInfo.InvariantCulture);
        }

        var marks = content.ApprovalMarks.Concat(content.Appendices.SelectMany(a => a.ApprovalMarks)).ToList();
        if (marks.Count > 0 || content.Approval is { Form: ApprovalForm.ByCouncil })
        {
            yield return "протокол от";
        }

        if (content.Approval is { Form: ApprovalForm.ByOrder })
        {
            yield return "приказом от";
        }

        if (content.Approval is { Form: ApprovalForm.Personal } || content.Requisites.Date is not null)
        {
            yield return "от";
        }

        if (content.Requisites.Number.Length > 0)
        {
            yield return "Nº"; // the number sign as OCR reads «№»
        }

        if (content.Requisites.Executor.Length > 0)
        {
            yield return "Исп.";
        }

        if (content.AcknowledgementBlock)
        {
            yield return "С приказом ознакомлены";
        }
    }

    /// <summary>Every string (and date) held anywhere in the content.</summary>
    private static IEnumerable<string> Strings(object? value)
    {
        switch (value)
        {
            case null:
                yield break;
            case string s:
                yield return s;
                yield break;
            case DateOnly d:
                yield return d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
                yield break;
            case IEnumerable list:
                foreach (var item in list)
                {
                    foreach (var s in Strings(item))
                    {
                        yield return s;
                    }
                }

                yield break;
        }

        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || type == typeof(Guid))
        {
            yield break;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            foreach (var s in Strings(property.GetValue(value)))
            {
                yield return s;
            }
        }
    }

    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text.ToLowerInvariant().Replace('ё', 'е') + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }
    }

    private static string Short(string line) => line.Length > 80 ? line[..80] + "…" : line;
}
