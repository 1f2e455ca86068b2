using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
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

public sealed class PersonValidator : AbstractValidator<PersonInput>
{
    public const string EmailTaken = "Этот адрес уже указан у другого сотрудника.";

    public PersonValidator(AppDbContext db)
    {
        RuleFor(i => i.FullName).NotEmpty().WithMessage("Укажите ФИО полностью: Фамилия Имя Отчество.")
            .MaximumLength(Person.MaxFullNameLength).WithMessage($"ФИО не длиннее {Person.MaxFullNameLength} символов.");
        RuleFor(i => i.Position).NotEmpty().WithMessage("Укажите должность.")
            .MaximumLength(Person.MaxPositionLength).WithMessage($"Должность не длиннее {Person.MaxPositionLength} символов.");
        RuleFor(i => i.Email).Cascade(CascadeMode.Stop)
            .EmailAddress().When(i => !string.IsNullOrWhiteSpace(i.Email))
            .WithMessage("Адрес электронной почты указан неверно, например ivanova@college.ru.")
            .MaximumLength(Person.MaxEmailLength).WithMessage($"Адрес не длиннее {Person.MaxEmailLength} символов.")
            .MustAsync(async (input, email, ct) => !await EmailTakenAsync(db, email, input.Id, ct)).WithMessage(EmailTaken);
    }

    /// <summary>Whether another person in the directory already has this e-mail (case-insensitive).</summary>
    private static async Task<bool> EmailTakenAsync(AppDbContext db, string email, Guid? exceptId, CancellationToken ct)
    {
        email = email.Trim();
        if (email.Length == 0)
        {
            return false;
        }

        // Compared here, not in SQL: SQLite's lower() leaves non-ASCII letters as they are.
        var others = await db.People.AsNoTracking().Where(p => p.Id != exceptId && p.Email != "").Select(p => p.Email).ToListAsync(ct);
        return others.Any(other => string.Equals(other, email, StringComparison.OrdinalIgnoreCase));
    }
}
