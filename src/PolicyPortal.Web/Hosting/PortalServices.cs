using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Documents;
using PolicyPortal.Web.Public;
using PolicyPortal.Web.Setup;
using Serilog;

namespace PolicyPortal.Web.Hosting;

/// <summary>Everything the portal registers, in one place, in the order a reader would look for it.</summary>
public static class PortalServices
{
    public static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    /// <param name="commandMode">An admin command is running: logs go to standard error so standard output carries only the command's answer.</param>
    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder, bool commandMode = false)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var contentRoot = builder.Environment.ContentRootPath;

        builder.Host.UseSerilog((context, logger) => logger
            .ReadFrom.Configuration(context.Configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture, standardErrorFromLevel: commandMode ? Serilog.Events.LogEventLevel.Verbose : null)
            .WriteTo.File(
                Path.Combine(LogFolder(context.Configuration, contentRoot), "portal-.log"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 30,
                formatProvider: CultureInfo.InvariantCulture));
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

        CultureInfo.DefaultThreadCurrentCulture = Russian;
        CultureInfo.DefaultThreadCurrentUICulture = Russian;
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Russian);
            o.SupportedCultures = [Russian];
            o.SupportedUICultures = [Russian];
        });
        // Razor would otherwise write every Cyrillic letter as &#x…; (three times the bytes).
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        services.AddSingleton(TimeProvider.System);
        services.AddPortalDatabase(configuration, contentRoot);
        services.AddScoped<DatabaseMigrator>();
        services.AddSingleton<SetupState>();
        services.AddScoped<InstitutionName>();
        services.AddScoped<LocalTime>();
        services.AddScoped<Pages.Documents.PublishDocument>();
        // Long regulations post many fields at once (sections × clauses).
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.ValueCountLimit = 20_000);
        services.AddDocumentPdfs(configuration);
        services.AddPublicPages();

        services.AddDataProtection()
            .SetApplicationName("PolicyPortal")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(DatabaseRegistration.DataFolder(configuration, contentRoot), "keys")));

        services.AddPortalIdentity();

        services.AddAuthorizationBuilder()
            // Deny by default: every page needs a signed-in user unless it says [AllowAnonymous].
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        services.AddRazorPages(o => o.AddSpecialVersionRoutes())
            .AddMvcOptions(FormBindingConventions.Apply);
        return builder;
    }

    private static IServiceCollection AddPortalIdentity(this IServiceCollection services)
    {
        services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = PasswordRules.MinimumLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 4;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<RussianIdentityErrors>()
            .AddPasswordValidator<CommonPasswordValidator>();

        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = ".PolicyPortal.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            o.SlidingExpiration = true;
            // An honest 403 (rendered by the error page) instead of a redirect to a page that says «no access».
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        return services;
    }

    private static string LogFolder(IConfiguration configuration, string contentRoot) =>
        Path.GetFullPath(configuration["Logging:Folder"] is { Length: > 0 } folder ? folder : Path.Combine(contentRoot, "logs"), contentRoot);
}
