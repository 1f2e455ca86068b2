using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace PolicyPortal.Web.Hosting;

/// <summary>The errors of a posted form in the order they were added, each with the id of its field (null for the form as a whole).</summary>
public static class ErrorSummary
{
    public const string ShownKey = "ErrorSummaryShown";

    public sealed record Error(string? FieldId, string Message);

    public static IReadOnlyList<Error> Of(ModelStateDictionary modelState)
    {
        var errors = new List<Error>();
        foreach (var (key, entry) in modelState)
        {
            foreach (var error in entry.Errors)
            {
                var message = string.IsNullOrEmpty(error.ErrorMessage) ? "Проверьте это поле." : error.ErrorMessage;
                var id = string.IsNullOrEmpty(key) ? null : TagBuilder.CreateSanitizedId(key, "_");
                if (!errors.Exists(e => e.FieldId == id && e.Message == message))
                {
                    errors.Add(new(id, message));
                }
            }
        }

        return errors;
    }
}
