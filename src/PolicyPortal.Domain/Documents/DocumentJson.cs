using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace PolicyPortal.Domain.Documents;

/// <summary>
/// The one serialisation of <see cref="DocumentContent"/>: used for storage, for the published snapshot,
/// for its SHA-256 and for export-json. Properties come out in declaration order and enums as names,
/// so the same content always gives the same bytes.
/// </summary>
public static class DocumentJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter(), new XmlSafeStringConverter() },
        IgnoreReadOnlyProperties = true,
    };

    public static string Serialize(DocumentContent content) => JsonSerializer.Serialize(content, Options);

    /// <summary>Reads any version; JSON written before versioning has no «version» and reads as version 1.</summary>
    public static DocumentContent Deserialize(string json)
    {
        var node = JsonNode.Parse(json);
        if (node is not JsonObject root)
        {
            return new DocumentContent();
        }

        var content = root.Deserialize<DocumentContent>(Options) ?? new DocumentContent();
        if (!root.ContainsKey("version"))
        {
            content.Version = 1;
        }

        return content;
    }

    public static DocumentContent Clone(DocumentContent content) => Deserialize(Serialize(content));

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
