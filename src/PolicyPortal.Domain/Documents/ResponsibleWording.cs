using System.Globalization;

namespace PolicyPortal.Domain.Documents;

/// <summary>
/// Responsible persons as a secretary writes them in an order: the position in lower case, then the initials and the
/// surname («ведущий программист С.С. Рыбаков»). This form needs no declension, so it reads right after
/// «Ответственный:» whatever the name; proper nouns and abbreviations inside the position keep their capitals
/// («директор ГАПОУ СО «БПТ»», «заместитель директора по УВР»).
/// </summary>
public static class ResponsibleWording
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    /// <summary>The no-break space office practice puts between the initials and the surname.</summary>
    private const char Glue = '\u00A0';

    /// <summary>« Ответственный: ведущий программист С.С. Рыбаков.» (with the leading space), or "" when nobody is named.</summary>
    public static string Sentence(IReadOnlyCollection<PersonRef> persons)
    {
        var named = persons.Select(Person).Where(p => p.Length > 0).ToList();
        if (named.Count == 0)
        {
            return "";
        }

        var separator = named.Exists(p => p.Contains(',', StringComparison.Ordinal)) ? "; " : ", ";
        return $" Ответственн{(named.Count == 1 ? "ый" : "ые")}: {string.Join(separator, named)}.";
    }

    /// <summary>«ведущий программист С.С. Рыбаков», «заместитель директора по УВР», «О.Б. Кухарская».</summary>
    public static string Person(PersonRef person) =>
        string.Join(' ', new[] { Position(person.Position), Initials(person.FullName) }.Where(p => p.Length > 0));

    /// <summary>
    /// The position as it stands inside a sentence: its first word in lower case when it is an ordinary word
    /// («Ведущий», «Педагог-организатор»); an abbreviation or a name («ИТ-специалист», «IT-куб») is left as written.
    /// </summary>
    public static string Position(string position)
    {
        var text = Collapse(position).TrimEnd('.', ',', ';');
        if (text.Length == 0)
        {
            return "";
        }

        var end = text.IndexOf(' ', StringComparison.Ordinal);
        var first = end < 0 ? text : text[..end];
        return IsOrdinaryCapitalisedWord(first) ? first.ToLower(Russian) + text[first.Length..] : text;
    }

    /// <summary>
    /// «Рыбаков Сергей Сергеевич» → «С.С. Рыбаков»; «Петрова-Водкина Анна» → «А. Петрова-Водкина»; «Рыбаков С.С.» and
    /// «Сергей Сергеевич Рыбаков» → «С.С. Рыбаков»; a single word (a surname alone) stays as it is.
    /// </summary>
    public static string Initials(string fullName)
    {
        // «оглы», «кызы» follow the father's name and are not an initial of their own.
        var words = Collapse(fullName).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("оглы" or "кызы" or "улы" or "уулу")).ToList();
        if (words.Count == 0)
        {
            return "";
        }

        // «С.С. Рыбаков» or «С. С. Рыбаков»: already as wanted.
        var leadingInitials = words.TakeWhile(IsInitials).ToList();
        if (leadingInitials.Count > 0 && leadingInitials.Count == words.Count - 1)
        {
            return string.Concat(leadingInitials) + Glue + words[^1];
        }

        // «Рыбаков С.С.» or «Рыбаков С. С.».
        if (words.Count > 1 && words.Skip(1).All(IsInitials))
        {
            return string.Concat(words.Skip(1)) + Glue + words[0];
        }

        if (words.Count == 1)
        {
            return words[0];
        }

        // «Сергей Сергеевич Рыбаков»: the patronymic stands second, so the surname is last.
        var surnameLast = words.Count == 3 && IsPatronymic(words[1]) && !IsPatronymic(words[2]);
        var surname = surnameLast ? words[^1] : words[0];
        var given = surnameLast ? words.Take(2) : words.Skip(1);
        return string.Concat(given.Select(Initial)) + Glue + surname;
    }

    /// <summary>«Сергей» → «С.», «Анна-Мария» → «А.-М.».</summary>
    private static string Initial(string name) =>
        string.Join('-', name.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(part => char.ToUpper(part[0], Russian) + ".")) is { Length: > 0 } initial
            ? initial
            : name;

    private static bool IsInitials(string word) =>
        word.Length >= 2 && word.EndsWith('.') && word.Split('.', StringSplitOptions.RemoveEmptyEntries).All(p => p.Length == 1 && char.IsUpper(p[0]));

    private static bool IsPatronymic(string word) =>
        word.EndsWith("вич", StringComparison.Ordinal) || word.EndsWith("вна", StringComparison.Ordinal)
        || word.EndsWith("ична", StringComparison.Ordinal) || word.EndsWith("ьич", StringComparison.Ordinal)
        || word.EndsWith("оглы", StringComparison.Ordinal) || word.EndsWith("кызы", StringComparison.Ordinal);

    /// <summary>«Ведущий», «Педагог-организатор»: a capital, then lower-case letters only (hyphens allowed).</summary>
    private static bool IsOrdinaryCapitalisedWord(string word) =>
        word.Length > 1 && char.IsUpper(word[0])
        && word.Skip(1).All(c => c == '-' || (char.IsLetter(c) && char.IsLower(c)))
        && word.Split('-').All(p => p.Length > 1);

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
