using System.Collections;
using System.Globalization;
using System.Reflection;
using PolicyPortal.Domain.Import;

namespace PolicyPortal.UnitTests.Import;

/// <summary>
/// A golden structure: a hand-written file of expectations, one a line, each «path op value» where the path walks the
/// imported content («Appendices[0].Sections[*].Number»; «[*]» lists every element, joined by « | »; «.Count» is a
/// list's length) and op is «=» (equal), «^=» (starts with), «$=» (ends with) or «~=» (contains). «Notes ~= …» asks
/// that some import note contain the text. «\n» in a value is a line break; «#» starts a comment. Every line is checked
/// and all differences are reported at once, with the golden file's line number.
/// </summary>
internal static class Golden
{
    public static string Dir => Path.Combine(AppContext.BaseDirectory, "Seeds");

    public static void Check(string goldenFile, ImportResult result)
    {
        var failures = new List<string>();
        var lines = File.ReadAllLines(Path.Combine(Dir, goldenFile));
        var count = 0;
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            count++;
            var (path, op, expected) = Parse(line);
            string actual;
            try
            {
                actual = path == "Notes" ? string.Join("\n", result.Notes) : Resolve(result.Content, path);
            }
            catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException or IndexOutOfRangeException)
            {
                failures.Add($"{goldenFile}:{n + 1}: {path}: нет такого элемента ({e.Message})");
                continue;
            }

            var ok = op switch
            {
                "=" => Spaces(actual) == Spaces(expected),
                "^=" => actual.StartsWith(expected, StringComparison.Ordinal),
                "$=" => actual.EndsWith(expected, StringComparison.Ordinal),
                _ => actual.Contains(expected, StringComparison.Ordinal),
            };
            if (!ok)
            {
                failures.Add($"{goldenFile}:{n + 1}: {path} {op} «{expected}»\n      got: «{Shorten(actual)}»");
            }
        }

        Assert.True(count > 0, $"{goldenFile} holds no expectations");
        Assert.True(failures.Count == 0, $"{failures.Count} of {count} expectations differ:\n" + string.Join("\n", failures));
    }

    private static (string Path, string Op, string Value) Parse(string line)
    {
        foreach (var op in new[] { " ^= ", " $= ", " ~= ", " = " })
        {
            var at = line.IndexOf(op, StringComparison.Ordinal);
            if (at > 0)
            {
                var value = line[(at + op.Length)..].Replace("\\n", "\n", StringComparison.Ordinal);
                return (line[..at].Trim(), op.Trim(), value);
            }
        }

        var bare = line.EndsWith(" =", StringComparison.Ordinal) ? line[..^2].Trim() : throw new FormatException($"Not «path op value»: {line}");
        return (bare, "=", "");
    }

    /// <summary>The value at <paramref name="path"/> as text; «[*]» projects every element of a list.</summary>
    public static string Resolve(object root, string path)
    {
        IEnumerable<object?> current = [root];
        foreach (var step in path.Split('.'))
        {
            var name = step;
            string? index = null;
            var bracket = step.IndexOf('[', StringComparison.Ordinal);
            if (bracket >= 0)
            {
                name = step[..bracket];
                index = step[(bracket + 1)..^1];
            }

            current = current.SelectMany(o => Step(o, name, index)).ToList();
        }

        return string.Join(" | ", current.Select(Show));
    }

    private static List<object?> Step(object? o, string name, string? index)
    {
        if (o is null)
        {
            throw new InvalidOperationException($"{name} of null");
        }

        object? value;
        if (name == "Count" && o is ICollection collection)
        {
            value = collection.Count;
        }
        else
        {
            var property = o.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance)
                ?? throw new InvalidOperationException($"{o.GetType().Name} has no {name}");
            value = property.GetValue(o);
        }

        if (index is null)
        {
            return [value];
        }

        var list = ((IEnumerable)value!).Cast<object?>().ToList();
        return index == "*" ? list : [list[int.Parse(index, CultureInfo.InvariantCulture)]];
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable<string> strings => string.Join(" | ", strings),
        _ => value.ToString() ?? "",
    };

    /// <summary>Runs of spaces count as one: an empty element shows as «| |» however it is spaced.</summary>
    private static string Spaces(string text) => System.Text.RegularExpressions.Regex.Replace(text, "[ \t]+", " ").Trim();

    private static string Shorten(string text) => text.Length > 400 ? text[..400] + "…" : text;
}
