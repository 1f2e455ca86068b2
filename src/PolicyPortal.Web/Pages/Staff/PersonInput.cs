using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.Domain.Staff;
using PolicyPortal.Web.Data;

namespace PolicyPortal.Web.Pages.Staff;

/// <summary>A person's fields as the add, edit and bulk-add forms take them.</summary>
public sealed class PersonInput
{
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

    /// <summary>Whether another person in the directory already has this e-mail (case-insensitive).</summary>
    public async Task<bool> EmailTakenAsync(AppDbContext db, Guid? exceptId = null)
    {
        var email = Email.Trim();
        if (email.Length == 0)
        {
            return false;
        }

        // Compared here, not in SQL: SQLite's lower() leaves non-ASCII letters as they are.
        var others = await db.People.AsNoTracking().Where(p => p.Id != exceptId && p.Email != "").Select(p => p.Email).ToListAsync();
        return others.Any(other => string.Equals(other, email, StringComparison.OrdinalIgnoreCase));
    }

    private static string NormalizeSpaces(string text) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}

public sealed class PersonValidator : AbstractValidator<PersonInput>
{
    public const string EmailTaken = "Этот адрес уже указан у другого сотрудника.";

    public PersonValidator()
    {
        RuleFor(i => i.FullName).NotEmpty().WithMessage("Укажите ФИО полностью: Фамилия Имя Отчество.")
            .MaximumLength(200).WithMessage("ФИО не длиннее 200 символов.");
        RuleFor(i => i.Position).NotEmpty().WithMessage("Укажите должность.")
            .MaximumLength(300).WithMessage("Должность не длиннее 300 символов.");
        RuleFor(i => i.Email).EmailAddress().When(i => !string.IsNullOrWhiteSpace(i.Email))
            .WithMessage("Адрес электронной почты указан неверно, например ivanova@college.ru.")
            .MaximumLength(256).WithMessage("Адрес не длиннее 256 символов.");
    }
}
