namespace PolicyPortal.Web.Pages.Documents;

/// <summary>
/// A structural change requested by an editor button: «add-clause:2:5» adds a clause after clause 5 of section 2.
/// The button posts the whole part with it, so nothing typed is lost.
/// </summary>
public sealed record EditOperation(string Verb, string Noun, int[] Indexes)
{
    public static EditOperation? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var parts = value.Split(':');
        var words = parts[0].Split('-', 2);
        var indexes = parts.Skip(1).Select(p => int.TryParse(p, out var i) ? i : -1).ToArray();
        return words.Length == 2 ? new EditOperation(words[0], words[1], indexes) : new EditOperation(words[0], "", indexes);
    }

    public int At(int position) => position < Indexes.Length ? Indexes[position] : -1;

    /// <summary>Applies add/remove/up/down at <paramref name="index"/> to <paramref name="list"/>; returns where the edited element now is.</summary>
    public static int ApplyToList<T>(List<T> list, string verb, int index, Func<T> create)
    {
        switch (verb)
        {
            case "add":
                var at = index < 0 || index >= list.Count ? list.Count : index + 1;
                list.Insert(at, create());
                return at;
            case "remove" when index >= 0 && index < list.Count:
                list.RemoveAt(index);
                return Math.Max(0, index - 1);
            case "up" when index > 0 && index < list.Count:
                (list[index - 1], list[index]) = (list[index], list[index - 1]);
                return index - 1;
            case "down" when index >= 0 && index < list.Count - 1:
                (list[index + 1], list[index]) = (list[index], list[index + 1]);
                return index + 1;
            default:
                return index;
        }
    }
}
