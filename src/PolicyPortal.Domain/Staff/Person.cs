namespace PolicyPortal.Domain.Staff;

/// <summary>Someone on the staff directory: named in orders, rosters and acknowledgement lists.</summary>
public sealed class Person
{
    public const int MaxFullNameLength = 200;
    public const int MaxPositionLength = 300;
    public const int MaxEmailLength = 256;

    public Guid Id { get; set; } = Guid.NewGuid();
    public string FullName { get; set; } = "";
    public string Position { get; set; } = "";
    public string Email { get; set; } = "";
    /// <summary>The linked Identity user, if the person has an account.</summary>
    public string? UserId { get; set; }
    public bool IsActive { get; set; } = true;

    /// <summary>«Рыбаков Сергей Сергеевич» → «С.С. Рыбаков», as signatures and acknowledgement lists print it.</summary>
    public static string ShortName(string fullName)
    {
        var parts = fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2 || parts.Skip(1).Any(p => p.Contains('.', StringComparison.Ordinal)))
        {
            return fullName.Trim();
        }

        var initials = string.Concat(parts.Skip(1).Select(p => $"{p[0]}."));
        return $"{initials} {parts[0]}";
    }
}
