using System.Text;
using System.Text.RegularExpressions;
using PolicyPortal.Domain.Documents;

namespace PolicyPortal.Domain.Import;

/// <summary>
/// The heading of an order: founder and institution above «ПРИКАЗ»; date, number and place below it;
/// then the title and the preamble up to «приказываю:».
/// </summary>
public static partial class RequisitesReader
{
    public static bool IsOrderHeading(string line) => OrderHeading().IsMatch(line);

    /// <summary>Fills founder and institution from the lines above the heading; returns the lines it could not place.</summary>
    public static List<string> ReadInstitution(IReadOnlyList<SourceLine> header, Requisites requisites)
    {
        var start = header.ToList().FindIndex(l => InstitutionWord().IsMatch(l.Text));
        if (start < 0)
        {
            start = header.Count > 1 ? 1 : 0;
        }

        requisites.FounderLine = string.Join(" ", header.Take(start).Select(l => l.Text));
        var institution = new List<string>();
        var quoted = false;
        var end = start;
        for (; end < header.Count; end++)
        {
            var line = header[end].Text;
            institution.Add(line);
            quoted |= line.Contains('«', StringComparison.Ordinal);
            if (quoted && line.TrimEnd().EndsWith('»'))
            {
                end++;
                break;
            }
        }

        // «…«Лицей № 8»» / «города Курска»: the name goes on in lower case after its quoted part.
        for (; end < header.Count && char.IsLower(header[end].Text[0]) && !TextPatterns.Place().IsMatch(header[end].Text); end++)
        {
            institution.Add(header[end].Text);
        }

        requisites.InstitutionName = string.Join(" ", institution);
        return header.Skip(end).Select(l => l.Text).ToList();
    }

    /// <summary>Reads from the line after «ПРИКАЗ»; returns the index of the first line after the preamble.</summary>
    public static int ReadOrderRequisites(List<SourceLine> lines, int pos, Requisites requisites, List<string> notes)
    {
        for (var read = 0; pos < lines.Count && read < 5 && TryReadRequisiteLine(lines[pos].Text, requisites); read++)
        {
            pos++;
        }

        if (requisites.Date is null)
        {
            notes.Add("Не удалось распознать дату приказа — укажите её вручную.");
        }

        if (requisites.Number.Length == 0)
        {
            notes.Add("Не удалось распознать номер приказа — укажите его вручную.");
        }

        var preambleEnd = lines.FindIndex(pos, l => Directive().IsMatch(l.Text));
        var firstItem = lines.FindIndex(pos, l => TextPatterns.NumberedItem().IsMatch(l.Text));
        if (preambleEnd < 0 || (firstItem >= 0 && firstItem < preambleEnd))
        {
            notes.Add("Не найдено слово «приказываю:»: преамбулой считается текст до первого пункта.");
            preambleEnd = (firstItem < 0 ? lines.Count : firstItem) - 1;
        }

        if (pos <= preambleEnd && !PreambleStart().IsMatch(lines[pos].Text) && pos < preambleEnd)
        {
            var title = new StringBuilder(lines[pos++].Text);
            while (pos < preambleEnd && TextPatterns.StartsLikeContinuation(lines[pos].Text) && !PreambleStart().IsMatch(lines[pos].Text))
            {
                TextPatterns.Join(title, lines[pos++].Text);
            }

            requisites.Title = title.ToString();
        }
        else
        {
            notes.Add("Заголовок приказа («О …») не найден.");
        }

        var joined = new StringBuilder();
        for (; pos <= preambleEnd && pos < lines.Count; pos++)
        {
            if (joined.Length > 0 && DirectiveAlone().IsMatch(lines[pos].Text))
            {
                // «ПРИКАЗЫВАЮ:» on a line of its own stays on its own line.
                joined.Append('\n').Append(lines[pos].Text);
                continue;
            }

            TextPatterns.Join(joined, lines[pos].Text);
        }

        var preamble = joined.ToString();

        var directive = Directive().Match(preamble);
        if (directive.Success && directive.Index + directive.Length < preamble.Length)
        {
            // «… приказываю: 1. Утвердить …» on one line: the rest goes back to be read as items.
            lines.Insert(pos, SourceLine.Of(preamble[(directive.Index + directive.Length)..].Trim()));
            preamble = preamble[..(directive.Index + directive.Length)];
        }

        requisites.Preamble = preamble.Trim();
        return pos;
    }

    /// <summary>
    /// A line made only of date, number and place fills them, in any order: «25.04.2025», «№ 44», «г. Уварово»,
    /// «15.09.2025 г. Уварово № 101-о», «от 01.09.2025 № 12-о». Any other line is left alone.
    /// </summary>
    public static bool TryReadRequisiteLine(string line, Requisites requisites)
    {
        var rest = LeadingFrom().Replace(line, "");
        DateOnly? date = null;
        string number = "", place = "", dateAsWritten = "";
        // ««___» ________ 20__», «№ ____»: a date or number left blank to fill in by hand is a requisite still to come, not text.
        var blankDate = false;
        if (BlankDate().Match(rest) is { Success: true, Index: <= 3 } blank)
        {
            blankDate = true;
            rest = rest.Remove(blank.Index, blank.Length).Trim();
        }
        else if (requisites.Date is null && RussianDate.TryFind(rest, out var found, out var index, out var length) && index <= 3)
        {
            date = found;
            dateAsWritten = rest.Substring(index, length).Trim();
            rest = rest.Remove(index, length).Trim();
        }

        rest = LeadingFrom().Replace(rest, "").Trim();
        var numbered = false;
        if (requisites.Number.Length == 0 && TryFindNumber(rest, out var numberIndex, out var foundNumber))
        {
            var before = rest[..numberIndex].Trim();
            if (before.Length == 0 || (requisites.Place.Length == 0 && LoosePlace().IsMatch(before)))
            {
                number = foundNumber;
                numbered = true;
                rest = before;
            }
        }

        var dated = date is not null || blankDate;
        if (requisites.Place.Length == 0 && rest.Length > 0 && (TextPatterns.Place().IsMatch(rest) || ((dated || numbered) && LoosePlace().IsMatch(rest))))
        {
            place = rest;
            rest = "";
        }

        if (rest.Length > 0 || line.Length == 0 || (!dated && !numbered && place.Length == 0))
        {
            return false;
        }

        if (date is not null)
        {
            requisites.Date = date;
            requisites.DateAsWritten = dateAsWritten;
        }

        requisites.Number = number.Length > 0 ? number : requisites.Number;
        requisites.Place = place.Length > 0 ? place : requisites.Place;
        return true;
    }

    /// <summary>«Уварово», «г. Уварово», «с. Ивановка», «пос. Рощино»: a place written beside a date or a number.</summary>
    [GeneratedRegex(@"^(?:(?:г|с|п|пос|д|ст|пгт|р\.\s?п)\.\s*)?\p{Lu}[\p{Ll}\-]+(?:[\s\-]\p{Lu}[\p{Ll}\-]+)?$", RegexOptions.None, TextPatterns.TimeoutMs)]
    private static partial Regex LoosePlace();

    [GeneratedRegex(@"^(?<type>П\s?Р\s?И\s?К\s?А\s?З|Р\s?А\s?С\s?П\s?О\s?Р\s?Я\s?Ж\s?Е\s?Н\s?И\s?Е)$", RegexOptions.None, TextPatterns.TimeoutMs)]
    private static partial Regex OrderHeading();

    [GeneratedRegex(@"учреждени|муниципальн|государственн|автономн|бюджетн|казённ|казенн|частн|школа|гимнази|лицей|колледж|техникум|детский сад", RegexOptions.IgnoreCase, TextPatterns.TimeoutMs)]
    private static partial Regex InstitutionWord();

    /// <summary>
    /// «№ 101-о», «N 12 от 01.09.2025»: the number runs from the sign to the first « от » or the end of the line.
    /// Found by a sign and a word, not by one pattern with two loops over the same spaces, which took cubic time.
    /// </summary>
    private static bool TryFindNumber(string text, out int index, out string number)
    {
        index = -1;
        number = "";
        var sign = NumberSign().Match(text);
        if (!sign.Success)
        {
            return false;
        }

        var rest = text[(sign.Index + sign.Length)..].TrimStart();
        var end = rest.Length;
        for (var from = FromWord().Match(rest); from.Success; from = from.NextMatch())
        {
            if (rest[..from.Index].TrimEnd().Length > 0)
            {
                end = from.Index;
                break;
            }
        }

        number = rest[..end].Trim();
        index = sign.Index;
        if (number.Length > 0 && number.All(c => c is '_' or ' '))
        {
            // «№ ____»: the number is left blank, and stays blank.
            number = "";
            return true;
        }

        return number.Length > 0;
    }

    /// <summary>««___» ________ 20__ г.», «__.__.20__»: a date left blank on a printed form.</summary>
    [GeneratedRegex(@"[«""“][ ]?_{1,4}[ ]?[»""”][ ]?_{3,12}[ ]?(?:20|19)?_{1,4}(?:[ ]?г\.?)?|_{2}\._{2}\.(?:20|19)?_{2,4}(?:[ ]?г\.?)?", RegexOptions.None, TextPatterns.TimeoutMs)]
    private static partial Regex BlankDate();

    [GeneratedRegex(@"№|N[º°o]|N(?=\s*\d)", RegexOptions.None, TextPatterns.TimeoutMs)]
    private static partial Regex NumberSign();

    /// <summary>«от» standing alone after a space: where the number ends and the date begins.</summary>
    [GeneratedRegex(@"(?<=\s)от(?=\s)", RegexOptions.None, TextPatterns.TimeoutMs)]
    private static partial Regex FromWord();

    [GeneratedRegex(@"^от\s+", RegexOptions.None, TextPatterns.TimeoutMs)]
    private static partial Regex LeadingFrom();

    [GeneratedRegex(@"(?<![\p{L}])(?:приказываю|постановляю|ПРИКАЗЫВАЮ|ПОСТАНОВЛЯЮ|П\s?Р\s?И\s?К\s?А\s?З\s?Ы\s?В\s?А\s?Ю)\s*:?", RegexOptions.IgnoreCase, TextPatterns.TimeoutMs)]
    private static partial Regex Directive();

    [GeneratedRegex(@"^\s*(?:приказываю|постановляю|П\s?Р\s?И\s?К\s?А\s?З\s?Ы\s?В\s?А\s?Ю)\s*:?\s*$", RegexOptions.IgnoreCase, TextPatterns.TimeoutMs)]
    private static partial Regex DirectiveAlone();

    [GeneratedRegex(@"^(?:На|Ha)\s+основании|^В\s+(?:соответствии|целях|связи)|^Во\s+исполнение|^Руководствуясь|^Согласно\s|^С\s+целью|^Для\s+(?:обеспечения|организации|реализации)", RegexOptions.IgnoreCase, TextPatterns.TimeoutMs)]
    private static partial Regex PreambleStart();
}
