using System.ComponentModel.DataAnnotations;

namespace PolicyPortal.Web.Hosting;

/// <summary>Configuration section «Security»: HTTPS-only cookies and the sign-in rate limit.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>
    /// Every cookie is <c>__Host-</c>-prefixed and Secure (so HTTPS only). False exists for one case only: ./run.sh
    /// serving http://localhost:5000 on the developer's own machine; then cookies follow the request's scheme and lose
    /// the prefix, which browsers refuse without Secure.
    /// </summary>
    public bool RequireHttps { get; set; } = true;

    /// <summary>Sign-in POSTs a minute from one address; past it the answer is 429.</summary>
    [Range(1, 100_000)]
    public int SignInPostsPerMinute { get; set; } = 20;
}
