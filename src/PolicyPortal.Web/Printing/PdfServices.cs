using PolicyPortal.Web.Publishing;
namespace PolicyPortal.Web.Printing;

public static class PdfServices
{
    public static IServiceCollection AddDocumentPdfs(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PdfOptions>(configuration.GetSection(PdfOptions.Section));
        services.AddSingleton<ChromiumPdf>();
        services.AddScoped<RazorViewRenderer>();
        services.AddScoped<PdfRenderer>();
        services.AddScoped<PublicationPdfs>();
        services.AddHostedService<PendingPdfRetrier>();
        return services;
    }
}
