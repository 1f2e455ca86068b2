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

    /// <summary>Russian names of posted fields whose classes carry no [Display] (domain types, the editor's page model):
    /// a value that cannot be read is answered «Значение «31.02.2025» не подходит для поля «Дата приказа»», never «Date».</summary>
    private static readonly Dictionary<string, string> FieldNames = new(StringComparer.Ordinal)
    {
        ["EditModel.Revision"] = "Версия документа",
        ["EditModel.Kind"] = "Вид документа",
        ["EditModel.NewAppendixKind"] = "Вид приложения",
        ["EditModel.AddServiceId"] = "Сервис из реестра",
        ["EditModel.PageNumber"] = "Страница списка сотрудников",
        ["Requisites.Date"] = "Дата приказа",
        ["ApprovalMark.Kind"] = "Вид отметки",
        ["ApprovalMark.Date"] = "Дата отметки",
        ["ApprovalMark.Placement"] = "Место отметки",
        ["ItemForm.AppendixNumber"] = "Приложение",
        ["ItemForm.Deadline"] = "Срок",
        ["ServiceEntry.ServiceId"] = "Сервис из реестра",
        ["ServiceEntry.Interaction"] = "Взаимодействие",
        ["ServiceEntry.IsStateSystem"] = "Государственная система",
        ["AppendixForm.ProhibitedAsOf"] = "Дата перечня",
        ["AppendixForm.Grif"] = "Гриф приложения",
        ["EditModel.AcknowledgementBlock"] = "Таблица «С приказом ознакомлены»",
        ["ApprovalInput.Choice"] = "Как утверждён документ",
        ["ApprovalInput.PersonalDate"] = "Дата утверждения",
        ["ApprovalInput.OrderDate"] = "Дата утверждающего приказа",
        ["ApprovalInput.CouncilDate"] = "Дата протокола",
        ["PersonRef.PersonId"] = "Сотрудник",
        ["PublishModel.Revision"] = "Версия документа",
        ["PublishModel.SupersedesId"] = "Заменяемая редакция",
        ["PublishModel.Confirmed"] = "Подтверждение",
    };

    public void CreateDisplayMetadata(DisplayMetadataProviderContext context)
    {
        context.DisplayMetadata.ConvertEmptyStringToNull = false;
        if (context.Key.MetadataKind == ModelMetadataKind.Property && context.DisplayMetadata.DisplayName is null &&
            FieldNames.TryGetValue($"{context.Key.ContainerType!.Name}.{context.Key.Name}", out var name))
        {
            context.DisplayMetadata.DisplayName = () => name;
        }
    }
}
