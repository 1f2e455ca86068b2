using System.Globalization;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using PolicyPortal.Web.Hosting;
using PolicyPortal.Web.Institutions;

namespace PolicyPortal.Web.Public;

/// <summary>
/// Output caching of the public pages. Only anonymous requests are cached (the default policy skips signed-in users),
/// and the public pages set no cookie and hold no form, so a cached copy is the same for every visitor.
/// Entries are keyed by host name (the default) and by institution, and carry their institution's tag: a publication
/// evicts that institution's pages the moment it is saved, and leaves every other institution's cached.
/// </summary>
public static class PublicPages
{
    public const string CachePolicy = "public-pages";
    private const string CacheTagPrefix = "public-documents:";

    public static string CacheTag(int institutionId) => CacheTagPrefix + institutionId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The institution whose pages <paramref name="tag"/> names (an eviction announced by another server).</summary>
    public static int? InstitutionOf(string tag) =>
        tag.StartsWith(CacheTagPrefix, StringComparison.Ordinal) && int.TryParse(tag.AsSpan(CacheTagPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id : null;

    public static IServiceCollection AddPublicPages(this IServiceCollection services)
    {
        services.AddOptions<PublicPagesOptions>().BindConfiguration(PublicPagesOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOutputCache(o => o.AddPolicy(CachePolicy, policy => policy.AddPolicy<InstitutionPages>().Expire(TimeSpan.FromMinutes(10))));
        // Every cache of published documents is bounded (MemoryLimitsOptions), so that memory does not grow with the number of institutions.
        services.AddOptions<MemoryLimitsOptions>().BindConfiguration(MemoryLimitsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<MemoryLimitsOptions>>((o, limits) => o.SizeLimit = limits.Value.OutputCacheBytes);
        services.AddOptions<CacheTagHelperOptions>().Configure<IOptions<MemoryLimitsOptions>>((o, limits) => o.SizeLimit = limits.Value.RenderedDocumentsBytes);
        services.AddSingleton<PublishedSnapshots>();
        services.AddScoped<PublicDocuments>();
        services.AddScoped<ParentContactsSource>();
        services.AddSingleton<PublicAssets>();
        services.AddSingleton<RenderedHtml>();
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

    /// <summary>Drops every cached public page and feed of the institution: called right after a publication is saved.</summary>
    public static Task EvictAsync(IOutputCacheStore store, int institutionId) => store.EvictByTagAsync(CacheTag(institutionId), CancellationToken.None).AsTask();

    /// <summary>The request's institution (set from the host name before the cache is asked) in the key and the tag.</summary>
    private sealed class InstitutionPages : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var institution = context.HttpContext.RequestServices.GetRequiredService<CurrentInstitution>().Id;
            context.CacheVaryByRules.VaryByValues["institution"] = institution.ToString(CultureInfo.InvariantCulture);
            context.Tags.Add(CacheTag(institution));
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
    }
}
