using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace PolicyPortal.Web.Hosting;

public static class ModelStateExtensions
{
    /// <summary>Copies FluentValidation errors under the form field's name (e.g. «Input.Email») so they show next to it.</summary>
    public static void AddErrors(this ModelStateDictionary modelState, ValidationResult result, string prefix = "Input")
    {
        foreach (var error in result.Errors)
        {
            var name = error.PropertyName;
            var key = string.IsNullOrEmpty(prefix) ? name : name.StartsWith('[') ? prefix + name : $"{prefix}.{name}";
            modelState.AddModelError(key, error.ErrorMessage);
        }
    }

    /// <summary>Identity errors about passwords go next to the password field, the rest to the summary.</summary>
    public static void AddErrors(this ModelStateDictionary modelState, IdentityResult result, string passwordField, string emailField)
    {
        foreach (var error in result.Errors)
        {
            var field = error.Code.StartsWith("Password", StringComparison.Ordinal) || error.Code == Accounts.CommonPasswordValidator.Code
                ? passwordField
                : error.Code.Contains("Email", StringComparison.Ordinal) || error.Code.Contains("UserName", StringComparison.Ordinal) ? emailField : "";
            modelState.AddModelError(field, error.Description);
        }
    }
}
