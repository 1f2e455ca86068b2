namespace PolicyPortal.Domain.Documents;

public enum EditVerb
{
    Add,
    Remove,
    Up,
    Down,
    Renumber,
    Fill,
}

/// <summary>
/// A structural change requested by an editor button: «add-clause:2:5» adds a clause after clause 5 of section 2.
/// The button posts the whole part with it, so nothing typed is lost. The history records it in Russian words
/// (<see cref="Describe"/>), never as the code.
/// </summary>
public sealed record EditOperation(EditVerb Verb, string Noun, int[] Indexes)
{
    /// <summary>The operation of a button's value, or null for a plain save (no value, or one no button sends).</summary>
    public static EditOperation? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var parts = value.Split(':');
        var words = parts[0].Split('-', 2);
        if (!Enum.TryParse<EditVerb>(words[0], ignoreCase: true, out var verb) || !Enum.IsDefined(verb) || words[0].Any(char.IsDigit))
        {
            return null;
        }

        var indexes = parts.Skip(1).Select(p => int.TryParse(p, out var i) ? i : -1).ToArray();
        return new EditOperation(verb, words.Length == 2 ? words[1] : "", indexes);
    }

    public int At(int position) => position < Indexes.Length ? Indexes[position] : -1;

    /// <summary>
    /// Applies the operation to <paramref name="list"/> at <paramref name="index"/>; returns where the edited element now is
    /// and the words for the history, naming the element by <paramref name="label"/> (its number; its position by default).
    /// </summary>
    public (int At, string Description) ApplyTo<T>(List<T> list, int index, Func<T> create, Func<T, int, string>? label = null)
    {
        label ??= (_, i) => (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var before = index >= 0 && index < list.Count ? label(list[index], index) : null;
        var at = ApplyToList(list, Verb, index, create);
        var named = Verb == EditVerb.Add ? label(list[at], at) : before;
        return (at, Describe(named));
    }

    /// <summary>Applies add/remove/up/down at <paramref name="index"/> to <paramref name="list"/>; returns where the edited element now is.</summary>
    public static int ApplyToList<T>(List<T> list, EditVerb verb, int index, Func<T> create)
    {
        switch (verb)
        {
            case EditVerb.Add:
                var at = index < 0 || index >= list.Count ? list.Count : index + 1;
                list.Insert(at, create());
                return at;
            case EditVerb.Remove when index >= 0 && index < list.Count:
                list.RemoveAt(index);
                return Math.Max(0, index - 1);
            case EditVerb.Up when index > 0 && index < list.Count:
                (list[index - 1], list[index]) = (list[index], list[index - 1]);
                return index - 1;
            case EditVerb.Down when index >= 0 && index < list.Count - 1:
                (list[index + 1], list[index]) = (list[index], list[index + 1]);
                return index + 1;
            default:
                return index;
        }
    }

    /// <summary>The change in Russian words: «добавлен пункт 2.3», «отметка о согласовании 1 перемещена выше», «пункты перенумерованы».</summary>
    /// <param name="label">The element's number as the director sees it («2.3.», «4»); null or empty names no number.</param>
    public string Describe(string? label)
    {
        switch (Verb)
        {
            case EditVerb.Renumber:
                return "разделы и пункты перенумерованы";
            case EditVerb.Fill:
                return "перечень запрещённых сервисов заполнен из справочника";
        }

        var (noun, gender) = Noun switch
        {
            "item" => ("пункт приказа", Gender.Masculine),
            "clause" => ("пункт", Gender.Masculine),
            "section" => ("раздел", Gender.Masculine),
            "service" => ("сервис", Gender.Masculine),
            "mark" => ("отметка о согласовании", Gender.Feminine),
            "other" => ("строка списка ознакомления", Gender.Feminine),
            "appendix" => ("приложение", Gender.Neuter),
            "group" => ("направление", Gender.Neuter),
            _ => ("элемент", Gender.Masculine),
        };
        var number = string.IsNullOrWhiteSpace(label) ? "" : " " + label.Trim().TrimEnd('.');
        var named = noun + number;
        return Verb switch
        {
            EditVerb.Add => $"{Ending(gender, "добавлен", "добавлена", "добавлено")} {named}",
            EditVerb.Remove => $"{Ending(gender, "удалён", "удалена", "удалено")} {named}",
            EditVerb.Up => $"{named} {Ending(gender, "перемещён", "перемещена", "перемещено")} выше",
            _ => $"{named} {Ending(gender, "перемещён", "перемещена", "перемещено")} ниже",
        };
    }

    private static string Ending(Gender gender, string masculine, string feminine, string neuter) => gender switch
    {
        Gender.Feminine => feminine,
        Gender.Neuter => neuter,
        _ => masculine,
    };

    private enum Gender
    {
        Masculine,
        Feminine,
        Neuter,
    }
}
