namespace PolicyPortal.Web.Accounts;

public static class Roles
{
    public const string Administrator = "Administrator";
    public const string Director = "Director";
    public const string Staff = "Staff";

    /// <summary>
    /// The regional ministry's inspector: reads the regional overview of every institution and nothing of any one
    /// institution's own pages. Given only by the <c>create-curator</c> command, never by an institution's administrator.
    /// </summary>
    public const string Curator = "Curator";

    /// <summary>The roles an institution's administrator gives and takes on the users page.</summary>
    public static readonly IReadOnlyList<string> All = [Administrator, Director, Staff];

    /// <summary>Every role the portal knows: the institution's and the region's.</summary>
    public static readonly IReadOnlyList<string> Every = [.. All, Curator];

    public static string Title(string role) => role switch
    {
        Administrator => "Администратор",
        Director => "Директор",
        Staff => "Сотрудник",
        Curator => "Куратор",
        _ => role,
    };
}
