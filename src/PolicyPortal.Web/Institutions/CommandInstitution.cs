namespace PolicyPortal.Web.Institutions;

/// <summary>
/// The institution an admin command acts for (<c>--institution &lt;slug&gt;</c>): every scope the command opens starts
/// with it. The web application never sets it; its requests take the institution from the host name.
/// </summary>
public sealed class CommandInstitution
{
    public int Id { get; set; } = CurrentInstitution.Default;
}
