using Microsoft.AspNetCore.OutputCaching;

namespace PolicyPortal.Web.Public;

/// <summary>
/// Output caching of the public pages. Only anonymous requests are cached (the default policy skips signed-in users),
/// and the public pages set no cookie and hold no form, so a cached copy is the same for every visitor.
/// Entries carry one tag, evicted the moment a document is published or superseded.
/// </summary>
public static class PublicPages
{
    public const string CachePolicy = "public-pages";
    public const string CacheTag = "public-documents";

    public static IServiceCollection AddPublicPages(this IServiceCollection services)
    {
        services.AddOptions<PublicPagesOptions>().BindConfiguration(PublicPagesOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOutputCache(o => o.AddPolicy(CachePolicy, policy => policy.Tag(CacheTag).Expire(TimeSpan.FromMinutes(10))));
        services.AddScoped<PublicDocuments>();
        services.AddScoped<ParentContactsSource>();
        return services;
    }

    public static Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions AddSpecialVersionRoutes(this Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions options)
    {
        var prefix = PublicEndpoints.SpecialVersionPrefix.TrimStart('/');
        options.Conventions.AddPageRoute("/Public/Policy", "");
        options.Conventions.AddPageRoute("/Public/Policy", prefix);
        options.Conventions.AddPageRoute("/Public/Policy", $"{prefix}/policy");
        options.Conventions.AddPageRoute("/Public/Archive", $"{prefix}/documents");
        options.Conventions.AddPageRoute("/Public/Document", $"{prefix}/documents/{{id:guid}}");
        options.Conventions.AddPageRoute("/Public/Changes", $"{prefix}/documents/{{id:guid}}/changes");
        options.Conventions.AddPageRoute("/Public/Verify", $"{prefix}/verify");
        return options;
    }

    /// <summary>Drops every cached public page and feed: called right after a publication is saved.</summary>
    public static Task EvictAsync(IOutputCacheStore store) => store.EvictByTagAsync(CacheTag, CancellationToken.None).AsTask();
}
