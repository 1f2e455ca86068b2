using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace PolicyPortal.Web.Public;

/// <summary>
/// The public layout's stylesheets and scripts with their version (?v=, what asp-append-version adds, from the same
/// provider that follows the files), written as plain attributes: a tag helper per link cost a visible share of every
/// uncached public page.
/// </summary>
public sealed class PublicAssets(IFileVersionProvider versions)
{
    public string Versioned(HttpRequest request, string path) => versions.AddFileVersionToPath(request.PathBase, path);
}
