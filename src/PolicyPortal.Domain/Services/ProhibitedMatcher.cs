using System.Text;

namespace PolicyPortal.Domain.Services;

/// <summary>
/// Finds a prohibited service in a name however it is spelt: Latin or Cyrillic («Telegram», «Телеграм»), the usual
/// Russian renderings («Вотсап», «Ватсап», «Вайбер», «Скайп», «Тимс», «Снэпчат», «Вичат», «Трима»), letters of the
/// other alphabet that look alike («Тelegram» with a Cyrillic «Т»), hyphens and endings («Телеграм-чат группы»,
/// «в Вотсапе»). A word of the name matches when it begins with a key of the entry; keys are the entry's own words
/// (four letters or more) and the renderings below for the entries of <see cref="ProhibitedCatalog"/>.
/// </summary>
public sealed class ProhibitedMatcher
{
    private static readonly Dictionary<string, string[]> Renderings = new(StringComparer.Ordinal)
    {
        ["telegram"] = ["телеграм", "телеграмм", "телеграммм"],
        ["whatsapp"] = ["вотсап", "ватсап", "вацап", "уатсап", "вотсапп", "ватсапп"],
        ["viber"] = ["вайбер", "вибер"],
        ["discord"] = ["дискорд"],
        ["skype"] = ["скайп"],
        ["teams"] = ["тимс"],
        ["snapchat"] = ["снэпчат", "снапчат", "снепчат"],
        ["wechat"] = ["вичат", "вечат"],
        ["threema"] = ["трима", "тріма"],
    };

    /// <summary>Words of entries too general to tell a service by («Microsoft», «for», «Business»).</summary>
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal) { "microsoft", "business", "for", "messenger", "мессенджер" };

    private readonly List<(string Name, string[] Keys)> entries;

    public ProhibitedMatcher(IEnumerable<string> names)
    {
        entries = [];
        foreach (var name in names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()))
        {
            var words = Words(name).Where(w => w.Length >= 4 && !Generic.Contains(w)).ToList();
            var keys = words.SelectMany(w => Renderings.TryGetValue(w, out var r) ? r.Append(w) : [w]).Distinct().ToArray();
            if (keys.Length == 0)
            {
                // A short name («ICQ») must be the whole word.
                keys = Words(name).Select(w => w + "$").ToArray();
            }

            entries.Add((name, keys));
        }
    }

    public static ProhibitedMatcher Catalog { get; } = new(ProhibitedCatalog.Names);

    /// <summary>The dictionary name <paramref name="text"/> names, or null.</summary>
    public string? Match(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var words = Words(text).ToList();

        // «Whats-App», «Whats App»: a name split in two is also tried whole.
        words.AddRange(words.Zip(words.Skip(1), (a, b) => a + b).ToList());
        foreach (var (name, keys) in entries)
        {
            foreach (var key in keys)
            {
                var whole = key.EndsWith('$');
                var bare = whole ? key[..^1] : key;
                if (words.Exists(w => whole ? w == bare : w.StartsWith(bare, StringComparison.Ordinal)))
                {
                    return name;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Lower-case words, split at anything that is not a letter or digit (hyphens too), each in its dominant alphabet:
    /// look-alike letters of the other alphabet are read as that alphabet's.
    /// </summary>
    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text.ToLowerInvariant().Replace('ё', 'е') + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }

            if (word.Length > 0)
            {
                yield return OneAlphabet(word.ToString());
                word.Clear();
            }
        }
    }

    private const string CyrillicLookAlikes = "аеорсухкмтвнь";
    private const string LatinLookAlikes = "aeopcyxkmtbhb";

    private static string OneAlphabet(string word)
    {
        var cyrillic = word.Count(c => c is >= 'а' and <= 'я');
        var latin = word.Count(c => c is >= 'a' and <= 'z');
        if (cyrillic == 0 || latin == 0)
        {
            return word;
        }

        var (from, to) = latin >= cyrillic ? (CyrillicLookAlikes, LatinLookAlikes) : (LatinLookAlikes, CyrillicLookAlikes);
        var chars = word.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var at = from.IndexOf(chars[i], StringComparison.Ordinal);
            if (at >= 0)
            {
                chars[i] = to[at];
            }
        }

        return new string(chars);
    }
}
