using System.ComponentModel.DataAnnotations;
using FluentValidation;
using FluentValidation.Results;
using PolicyPortal.Web.Data;

namespace PolicyPortal.Web.Pages.Staff;

/// <summary>
/// «Фамилия Имя Отчество; Должность; e-mail» — one person a line, for the first filling of the directory.
/// Blank lines are skipped; the e-mail may be left out.
/// </summary>
public static class StaffLines
{
    public sealed record Line(int Number, PersonInput Person, List<string> Errors);

    public static List<Line> Parse(string text)
    {
        var lines = new List<Line>();
        var rows = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < rows.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(rows[i]))
            {
                continue;
            }

            var parts = rows[i].Split(';').Select(p => p.Trim()).ToArray();
            var line = new Line(i + 1, new PersonInput
            {
                FullName = parts[0],
                Position = parts.Length > 1 ? parts[1] : "",
                Email = parts.Length > 2 ? parts[2] : "",
            }, []);
            if (parts.Length > 3)
            {
                line.Errors.Add("больше трёх частей через «;» — нужно «ФИО; Должность; e-mail».");
            }

            lines.Add(line);
        }

        return lines;
    }
}

public sealed class BulkInput
{
    [Display(Name = "Список сотрудников")]
    public string Lines { get; set; } = "";
}

/// <summary>
/// Every line is a valid person (<see cref="PersonValidator"/>, the address free in the directory) and no address
/// appears twice in the list. The field gets one message; each bad line gets its own failure marked
/// <see cref="LineErrorCode"/>, which the page lists under the field.
/// </summary>
public sealed class BulkInputValidator : AbstractValidator<BulkInput>
{
    public const string LineErrorCode = "StaffLine";

    public BulkInputValidator(AppDbContext db)
    {
        var fields = new PersonFieldsValidator();
        RuleFor(b => b.Lines).CustomAsync(async (text, context, ct) =>
        {
            var lines = StaffLines.Parse(text);
            if (lines.Count == 0)
            {
                context.AddFailure("Вставьте хотя бы одну строку: «Фамилия Имя Отчество; Должность; e-mail».");
                return;
            }

            foreach (var line in lines)
            {
                line.Errors.AddRange(fields.Validate(line.Person).Errors.Select(e => e.ErrorMessage));
            }

            // One query each for the whole list, however long.
            var emailsTaken = await DirectoryQueries.EmailsTakenAsync(db, lines.Select(l => l.Person.Email).ToList(), null, ct);
            var peopleTaken = await DirectoryQueries.PeopleTakenAsync(db, lines.Select(l => (l.Person.FullName, l.Person.Position)).ToList(), null, ct);
            var emailsSeen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var peopleSeen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var line in lines)
            {
                var email = line.Person.Email.Trim();
                if (email.Length > 0 && (emailsTaken.Contains(email) || !emailsSeen.Add(email)))
                {
                    line.Errors.Add(PersonValidator.EmailTaken);
                }

                var key = DirectoryQueries.Key(line.Person.FullName, line.Person.Position);
                if (line.Person.FullName.Length > 0 && line.Person.Position.Length > 0 && (peopleTaken.Contains(key) || !peopleSeen.Add(key)))
                {
                    line.Errors.Add(PersonValidator.PersonTaken(line.Person.FullName, line.Person.Position));
                }
            }

            var bad = lines.Where(l => l.Errors.Count > 0).ToList();
            if (bad.Count == 0)
            {
                return;
            }

            context.AddFailure($"Исправьте строки с ошибками ({bad.Count}); пока ни один сотрудник не добавлен.");
            foreach (var line in bad)
            {
                context.AddFailure(new ValidationFailure(context.PropertyPath, $"Строка {line.Number}: {string.Join(" ", line.Errors)}") { ErrorCode = LineErrorCode });
            }
        });
    }
}
