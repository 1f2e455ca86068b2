namespace PolicyPortal.Web.Public;

/// <summary>Configuration section «PublicPages».</summary>
public sealed class PublicPagesOptions
{
    public const string Section = "PublicPages";

    /// <summary>False serves every public request fresh (the benchmark compares both).</summary>
    public bool OutputCache { get; set; } = true;
}
