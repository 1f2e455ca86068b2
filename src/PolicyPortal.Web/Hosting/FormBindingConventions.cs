using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace PolicyPortal.Web.Hosting;

/// <summary>
/// Forms are validated by FluentValidation only (in Russian). MVC's implicit [Required] on non-nullable strings
/// would add English messages, and turning "" into null would break non-nullable strings.
/// </summary>
public sealed class FormBindingConventions : IDisplayMetadataProvider
{
    public static void Apply(MvcOptions options)
    {
        options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
        options.ModelMetadataDetailsProviders.Add(new FormBindingConventions());
        options.ModelBindingMessageProvider.SetValueMustBeANumberAccessor(field => $"Поле «{field}» должно быть числом.");
        options.ModelBindingMessageProvider.SetAttemptedValueIsInvalidAccessor((value, field) => $"Значение «{value}» не подходит для поля «{field}».");
        options.ModelBindingMessageProvider.SetValueIsInvalidAccessor(value => $"Значение «{value}» недопустимо.");
        options.ModelBindingMessageProvider.SetMissingBindRequiredValueAccessor(field => $"Заполните поле «{field}».");
        options.ModelBindingMessageProvider.SetValueMustNotBeNullAccessor(value => $"Заполните поле.");
        options.ModelBindingMessageProvider.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Значение «{value}» недопустимо.");
        options.ModelBindingMessageProvider.SetNonPropertyValueMustBeANumberAccessor(() => "Значение должно быть числом.");
        options.ModelBindingMessageProvider.SetUnknownValueIsInvalidAccessor(field => $"Значение поля «{field}» недопустимо.");
        options.ModelBindingMessageProvider.SetMissingKeyOrValueAccessor(() => "Значение не указано.");
        options.ModelBindingMessageProvider.SetMissingRequestBodyRequiredValueAccessor(() => "Форма пуста.");
    }

    public void CreateDisplayMetadata(DisplayMetadataProviderContext context) => context.DisplayMetadata.ConvertEmptyStringToNull = false;
}
