using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PolicyPortal.Domain.Staff;
using PolicyPortal.Web.Data;

namespace PolicyPortal.Web.Pages.Staff;

/// <summary>A person's fields as the add, edit and bulk-add forms take them.</summary>
public sealed class PersonInput
{
    /// <summary>The person being edited (from the route, never from the form), so their own e-mail is not taken.</summary>
    [BindNever]
    public Guid? Id { get; set; }

    [Display(Name = "ФИО")]
    public string FullName { get; set; } = "";
    [Display(Name = "Должность")]
    public string Position { get; set; } = "";
    [Display(Name = "Электронная почта")]
    public string Email { get; set; } = "";

    public static PersonInput From(Person p) => new() { FullName = p.FullName, Position = p.Position, Email = p.Email };

    public void CopyTo(Person p)
    {
        p.FullName = NormalizeSpaces(FullName);
        p.Position = NormalizeSpaces(Position);
        p.Email = Email.Trim();
    }

    private static string NormalizeSpaces(string text) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}

/// <summary>The fields alone, without the database: shared by the single form and each line of the list.</summary>
internal sealed class PersonFieldsValidator : AbstractValidator<PersonInput>
{
    public PersonFieldsValidator()
    {
        RuleFor(i => i.FullName).NotEmpty().WithMessage("Укажите ФИО полностью: Фамилия Имя Отчество.")
            .MaximumLength(Person.MaxFullNameLength).WithMessage($"ФИО не длиннее {Person.MaxFullNameLength} символов.");
        RuleFor(i => i.Position).NotEmpty().WithMessage("Укажите должность.")
            .MaximumLength(Person.MaxPositionLength).WithMessage($"Должность не длиннее {Person.MaxPositionLength} символов.");
        RuleFor(i => i.Email).Cascade(CascadeMode.Stop)
            .Must(EmailAddresses.IsWellFormed).When(i => !string.IsNullOrWhiteSpace(i.Email))
            .WithMessage("Адрес электронной почты указан неверно, например ivanova@college.ru.")
            .MaximumLength(Person.MaxEmailLength).WithMessage($"Адрес не длиннее {Person.MaxEmailLength} символов.");
    }
}

/// <summary>The fields, then the directory: the address free, and not the same person (name and position) again.</summary>
public sealed class PersonValidator : AbstractValidator<PersonInput>
{
    public const string EmailTaken = "Этот адрес уже указан у другого сотрудника.";

    public static string PersonTaken(string fullName, string position) =>
        $"Такой сотрудник уже есть в справочнике: {DirectoryQueries.Spaced(fullName)}, {DirectoryQueries.Spaced(position)}.";

    public PersonValidator(AppDbContext db)
    {
        Include(new PersonFieldsValidator());
        RuleFor(i => i.Email)
            .MustAsync(async (input, email, ct) => (await DirectoryQueries.EmailsTakenAsync(db, [email], input.Id, ct)).Count == 0)
            .When(i => EmailAddresses.IsWellFormed(i.Email))
            .WithMessage(EmailTaken);
        RuleFor(i => i.FullName)
            .MustAsync(async (input, _, ct) => (await DirectoryQueries.PeopleTakenAsync(db, [(input.FullName, input.Position)], input.Id, ct)).Count == 0)
            .When(i => !string.IsNullOrWhiteSpace(i.FullName) && !string.IsNullOrWhiteSpace(i.Position))
            .WithMessage(i => PersonTaken(i.FullName, i.Position));
    }
}
