using FluentValidation;

namespace PolicyPortal.Web.Hosting;

/// <summary>Rules several forms share, with their Russian messages.</summary>
public static class ValidationRules
{
    /// <summary>At most <paramref name="maxLength"/> characters: pass the entity's constant, the one its column is configured with.</summary>
    public static IRuleBuilderOptions<T, string> NoLongerThan<T>(this IRuleBuilder<T, string> rule, int maxLength) =>
        rule.MaximumLength(maxLength).WithMessage($"Не длиннее {maxLength} символов.");

    /// <summary>Empty, or a full http(s) address such as https://college.ru.</summary>
    public static bool IsEmptyOrAbsoluteHttpUrl(string value) =>
        string.IsNullOrWhiteSpace(value) || (Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https");
}
