using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using FluentValidation;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Acknowledgements;
using PolicyPortal.Web.Data;
using PolicyPortal.Web.Hosting.Cluster;
using PolicyPortal.Web.Journal;
using PolicyPortal.Web.Mail;
using PolicyPortal.Web.Printing;
using PolicyPortal.Web.Public;
using PolicyPortal.Web.Publishing;
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
                formatProvider: CultureInfo.InvariantCulture),
            // Each host logs to its own sinks (several portals run side by side in the tests), not through the static logger.
            preserveStaticLogger: true);
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
        services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        services.AddSingleton(TimeProvider.System);
        services.AddPortalDatabase(configuration, contentRoot);
        services.AddScoped<DatabaseMigrator>();
        services.AddSingleton<SetupState>();
        services.AddScoped<InstitutionInfo>();
        services.AddScoped<PublishDocument>();
        // Every form's validator, injected into its page as IValidator<TInput> (scoped: some ask the database).
        services.AddValidatorsFromAssemblyContaining<Program>();
        // Long regulations post many fields at once (sections × clauses).
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.ValueCountLimit = 20_000);
        services.AddDocumentPdfs(configuration);
        services.AddMemoryCache();
        services.AddSingleton<MemoryFormAnswers>();
        services.AddSingleton<IFormAnswers>(sp => sp.GetRequiredService<MemoryFormAnswers>());
        services.AddScoped<SubmittedForms>();
        services.AddPortalMail();
        services.AddScoped<AcknowledgementLedger>();
        services.AddOptions<JournalOptions>().BindConfiguration(JournalOptions.Section);
        services.AddSingleton<JournalKeyring>();
        services.AddScoped<JournalAudit>();
        services.AddScoped<AcknowledgementSheet>();
        services.AddSingleton<ISheetStore, MemorySheetStore>();
        services.AddSingleton<SheetRenderings>();
        services.AddScoped<Calendar.PortalCalendar>();
        services.AddScoped<Reminders>();
        services.AddSingleton<Institutions.InstitutionDirectory>();
        services.AddScoped<Institutions.InstitutionAddresses>();
        services.AddScoped<StaffInvitations>();
        services.AddScoped<AdministratorAccounts>();
        services.AddScoped<Pages.Region.RegionalOverview>();
        services.AddSingleton<PaperScans>();
        services.AddPublicPages();
        // Several servers: the output cache in Redis, background work under a PostgreSQL lock (Hosting/Cluster).
        services.AddPortalCluster(configuration, contentRoot);

        services.AddPortalDataProtection(configuration, contentRoot);
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddPortalIdentity();
        services.AddSignInRateLimit();
        // Behind a reverse proxy that terminates TLS (by default on this machine: ForwardedHeaders:KnownProxies is loopback),
        // the request's scheme and the client's address come from X-Forwarded-Proto/-For; from anyone else they are ignored.
        services.AddTrustedProxies();
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        services.AddAntiforgery();
        services.AddOptions<AntiforgeryOptions>().Configure<IOptions<SecurityOptions>>((o, security) =>
        {
            var cookies = CookieRules.From(security);
            o.Cookie.Name = cookies.Name("PolicyPortal.Antiforgery");
            o.Cookie.SecurePolicy = cookies.SecurePolicy;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddOptions<CookieTempDataProviderOptions>().Configure<IOptions<SecurityOptions>>((o, security) =>
        {
            var cookies = CookieRules.From(security);
            o.Cookie.Name = cookies.Name("PolicyPortal.TempData");
            o.Cookie.SecurePolicy = cookies.SecurePolicy;
            o.Cookie.SameSite = SameSiteMode.Lax;
        });

        services.AddAuthorizationBuilder()
            // Deny by default: every page needs a signed-in user unless it says [AllowAnonymous].
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuthorizationFailureLogger>();

        services.AddRazorPages(o => o.AddSpecialVersionRoutes())
            .AddMvcOptions(FormBindingConventions.Apply);
        return builder;
    }

    public static readonly TimeSpan StampCheckInterval = TimeSpan.FromMinutes(1);

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
            .AddTokenProvider<SingleUseAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider)
            .AddSignInManager<PortalSignInManager>()
            .AddErrorDescriber<RussianIdentityErrors>()
            .AddPasswordValidator<CommonPasswordValidator>();

        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            // The stamp (and the disabled flag) is re-read once a minute, not on every request: each check reloads the
            // user and re-issues the cookie, which rewrites the session row. Disabling a user or changing a password
            // deletes the session rows, which ends those sessions at their next request all the same.
            o.ValidationInterval = StampCheckInterval;
            o.OnRefreshingPrincipal = TwoFactorPolicy.KeepSecondFactorMark;
        });
        services.AddSingleton<ITicketStore, DatabaseTicketStore>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<ITicketStore>((o, store) => o.SessionStore = store);
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<IOptions<SecurityOptions>>((o, security) =>
        {
            var cookies = CookieRules.From(security);
            // __Host-: Secure, path /, no domain — the browser refuses it over plain HTTP or from a subdomain.
            o.Cookie.Name = cookies.Name("PolicyPortal.Auth");
            o.Cookie.SecurePolicy = cookies.SecurePolicy;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.ExpireTimeSpan = SessionLifetime.Idle;
            o.SlidingExpiration = true;
            o.Events.OnSigningIn = SessionLifetime.OnSigningIn;
            o.Events.OnValidatePrincipal = SessionLifetime.OnValidatePrincipal;
            // An honest 403 (rendered by the error page) instead of a redirect to a page that says «no access».
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        // The short-lived cookie between the password and the code, and the unused external/remember-me ones, likewise.
        foreach (var (scheme, name) in new[]
                 {
                     (IdentityConstants.TwoFactorUserIdScheme, "PolicyPortal.TwoFactor"),
                     (IdentityConstants.TwoFactorRememberMeScheme, "PolicyPortal.RememberDevice"),
                     (IdentityConstants.ExternalScheme, "PolicyPortal.External"),
                 })
        {
            services.AddOptions<CookieAuthenticationOptions>(scheme).Configure<IOptions<SecurityOptions>>((o, security) =>
            {
                var cookies = CookieRules.From(security);
                o.Cookie.Name = cookies.Name(name);
                o.Cookie.SecurePolicy = cookies.SecurePolicy;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
            });
        }

        return services;
    }

    /// <summary>
    /// Keys that encrypt cookies and sessions survive restarts: in the data folder with SQLite, in the database with
    /// PostgreSQL or SQL Server (so several servers share them). One application name, so every copy reads the same cookies.
    /// </summary>
    private static void AddPortalDataProtection(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var dataProtection = services.AddDataProtection().SetApplicationName("PolicyPortal");
        if (DatabaseRegistration.Provider(configuration) == DatabaseProvider.Sqlite)
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(DatabaseRegistration.DataFolder(configuration, contentRoot), "keys")));
        }
        else
        {
            dataProtection.PersistKeysToDbContext<AppDbContext>();
        }
    }

    private static string LogFolder(IConfiguration configuration, string contentRoot) =>
        Path.GetFullPath(configuration["Logging:Folder"] is { Length: > 0 } folder ? folder : Path.Combine(contentRoot, "logs"), contentRoot);

    /// <summary>Cookie names and Secure policy from <see cref="SecurityOptions.RequireHttps"/>.</summary>
    private sealed record CookieRules(bool RequireHttps)
    {
        public static CookieRules From(IOptions<SecurityOptions> security) => new(security.Value.RequireHttps);

        public CookieSecurePolicy SecurePolicy => RequireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

        public string Name(string name) => RequireHttps ? "__Host-" + name : name;
    }
}
