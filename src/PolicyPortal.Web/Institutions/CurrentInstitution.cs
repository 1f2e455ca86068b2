namespace PolicyPortal.Web.Institutions;

/// <summary>
/// The institution a request (or a command, or one pass of background work) acts for. Every query of an
/// institution-owned table is filtered by it and every new row is stamped with it (see <see cref="InstitutionModel"/>);
/// nothing else in the portal needs to remember a «where». Until something sets it, it is the first institution, so a
/// single-institution installation never has to think about it.
/// </summary>
public sealed class CurrentInstitution(int id = CurrentInstitution.Default)
{
    public const int Default = 1;

    public int Id { get; private set; } = id;

    public void Set(int id)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(id);
        Id = id;
    }

    /// <summary>No institution: every filtered query finds nothing (an unknown host name).</summary>
    public void SetNone() => Id = -1;
}
