namespace PolicyPortal.Web.Accounts;

public static class PasswordRules
{
    /// <summary>Length and a block list, no composition rules (NIST SP 800-63B).</summary>
    public const int MinimumLength = 10;
}
