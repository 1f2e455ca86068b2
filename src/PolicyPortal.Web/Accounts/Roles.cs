namespace PolicyPortal.Web.Accounts;

public static class Roles
{
    public const string Administrator = "Administrator";
    public const string Director = "Director";
    public const string Staff = "Staff";

    public static readonly IReadOnlyList<string> All = [Administrator, Director, Staff];

    public static string Title(string role) => role switch
    {
        Administrator => "Администратор",
        Director => "Директор",
        Staff => "Сотрудник",
        _ => role,
    };
}
