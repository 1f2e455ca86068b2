using System.Globalization;
using System.Text.RegularExpressions;
using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Import;

namespace PolicyPortal.Web.Pages.Documents;

/// <summary>Turns a check's field path («Appendices[1].Services[0].Name») into a link to that place in the editor.</summary>
public static partial class CheckLinks
{
    public static string For(Guid documentId, string propertyName)
    {
        var baseUrl = $"/director/documents/{documentId}";
        if (AppendixPath().Match(propertyName) is { Success: true } a)
        {
            var part = $"{baseUrl}/appendix-{int.Parse(a.Groups[1].Value, CultureInfo.InvariantCulture) + 1}";
            var index = a.Groups[3].Value;
            return a.Groups[2].Value switch
            {
                "Services" when index != "" => $"{part}#svc{index}",
                "Roster" when index != "" => $"{part}#g{index}",
                "Sections" when index != "" => $"{part}#s{index}",
                _ => part,
            };
        }

        if (ItemPath().Match(propertyName) is { Success: true } item)
        {
            return $"{baseUrl}/items#item{item.Groups[1].Value}";
        }

        if (propertyName.StartsWith("Requisites.", StringComparison.Ordinal))
        {
            return $"{baseUrl}/requisites#Requisites_{propertyName["Requisites.".Length..]}";
        }

        return propertyName switch
        {
            "Acknowledgers" => $"{baseUrl}/acknowledgers",
            "Items" => $"{baseUrl}/items",
            PublicationCheck.UnrecognisedPath => $"{baseUrl}/{UnrecognisedModel.Part}",
            _ => $"{baseUrl}#appendices",
        };
    }

    [GeneratedRegex(@"^Appendices\[(\d+)\](?:\.(\w+)(?:\[(\d+)\])?)?", RegexOptions.None, TextPatterns.TimeoutMs)]
    private static partial Regex AppendixPath();

    [GeneratedRegex(@"^Items\[(\d+)\]", RegexOptions.None, TextPatterns.TimeoutMs)]
    private static partial Regex ItemPath();
}
