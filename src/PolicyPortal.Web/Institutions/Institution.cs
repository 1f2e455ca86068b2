namespace PolicyPortal.Web.Institutions;

/// <summary>
/// One institution of the installation: its number (the <c>InstitutionId</c> of all its rows) and its slug for the admin
/// commands. Its profile (names, director, contacts) is an ordinary institution-owned row. The first institution,
/// «main», exists from the first migration on; the others are added by <c>institution add</c>.
/// </summary>
public sealed class Institution
{
    public const int MaxSlugLength = 63;
    public const string FirstSlug = "main";

    /// <summary>Assigned by <c>institution add</c> (the next number), never by the database: existing data is institution 1.</summary>
    public int Id { get; set; }
    public string Slug { get; set; } = "";
}
