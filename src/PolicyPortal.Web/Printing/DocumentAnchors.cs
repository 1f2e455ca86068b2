namespace PolicyPortal.Web.Printing;

/// <summary>
/// The ids the document partials give to the order, each appendix, section and clause, so the public page can link to
/// them («/policy#prilozhenie-1-razdel-6-punkt-5»). Positional, hence unique even when an imported text repeats a number.
/// </summary>
public static class DocumentAnchors
{
    /// <summary>The ViewData key under which an appendix tells its sections the prefix of their ids.</summary>
    public const string PrefixKey = "AnchorPrefix";

    /// <summary>ViewData flag: the document is shown inside a web page that has its own h1, so its title is an h2 (one h1 per page).</summary>
    public const string TitleBelowPageHeadingKey = "TitleBelowPageHeading";

    public const string Order = "prikaz";

    public const string StandaloneBody = "polozhenie";

    public static string Appendix(int number) => $"prilozhenie-{number}";

    public static string Section(string prefix, int sectionIndex) => $"{prefix}-razdel-{sectionIndex + 1}";

    public static string Clause(string prefix, int sectionIndex, int clauseIndex) => $"{Section(prefix, sectionIndex)}-punkt-{clauseIndex + 1}";
}
