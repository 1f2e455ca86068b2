using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using PolicyPortal.Domain.Public;
using PolicyPortal.Web.Public;

namespace PolicyPortal.Web.Pages.Public;

/// <summary>The current policy: what parents need first, then the document in force in full.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPages.CachePolicy)]
public sealed class PolicyModel(PublicDocuments documents, ParentContactsSource contacts) : PageModel
{
    public PublicDocument? Current { get; private set; }

    public ParentContacts? Contacts => KeptContacts?.Contacts;

    /// <summary>The contacts with their stamp: the page's rendering is kept under it and the document's <see cref="PublicDocument.RenderKey"/>.</summary>
    public ParentContactsSource.Kept? KeptContacts { get; private set; }

    // The request's token rather than a handler parameter: binding one costs the uncached page as much as its last query did.
    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Current = await documents.CurrentAsync(ct);
        KeptContacts = Current is null ? null : await contacts.ForAsync(Current, ct);
    }
}
