using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PolicyPortal.Domain;

/// <summary>
/// Text that every XML and JSON writer accepts. Word pastes its manual line break as a vertical tab (\x0b), which
/// XML 1.0 forbids: one such title made the Atom feed fail for good. Text is cleaned when it is saved, and the
/// public writers clean again what was saved before this rule existed.
/// </summary>
public static class XmlSafeText
{
    /// <summary>The text without the characters XML 1.0 forbids; vertical tab and form feed become spaces.</summary>
    public static string Clean(string text)
    {
        var firstBad = FirstForbidden(text);
        if (firstBad < 0)
        {
            return text;
        }

        var clean = new StringBuilder(text.Length).Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (c is '\v' or '\f')
            {
                clean.Append(' ');
            }
            else if (IsAllowed(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    public static string? CleanOrNull(string? text) => text is null ? null : Clean(text);

    private static int FirstForbidden(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!IsAllowed(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>XML 1.0 «Char», for one UTF-16 unit that is not part of a surrogate pair.</summary>
    private static bool IsAllowed(char c) =>
        c is '\t' or '\n' or '\r' || (c >= '\u0020' && c <= '\uD7FF') || (c >= '\uE000' && c <= '\uFFFD');
}

/// <summary>Cleans every string of a document as it is saved and as it is read back (see <see cref="XmlSafeText"/>).</summary>
public sealed class XmlSafeStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        XmlSafeText.CleanOrNull(reader.GetString());

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(XmlSafeText.Clean(value));
}
