using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PolicyPortal.IntegrationTests.Infrastructure;

namespace PolicyPortal.IntegrationTests.Acknowledgements;

/// <summary>
/// A portal with a clock the test moves, mail written to a folder, and (unless asked) no browser for PDFs:
/// publication then leaves the PDFs pending, which the signing tests do not need.
/// </summary>
public sealed class AcknowledgementPortalFactory(bool withPdfs = false, PolicyPortal.IntegrationTests.Public.CommandCounter? commands = null) : PortalFactory
{
    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    public string MailFolder => Path.Combine(Database.Folder, "mail");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Mail:PickupFolder", MailFolder);
        if (!withPdfs)
        {
            builder.UseSetting("Pdf:ChromiumPath", "/nonexistent/chromium");
        }

        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Time));
        if (commands is not null)
        {
            builder.ConfigureServices(services => services.ConfigureDbContext<PolicyPortal.Web.Data.SqliteAppDbContext>(o => o.AddInterceptors(commands)));
        }
    }

    public string[] Mails() => Directory.Exists(MailFolder) ? Directory.GetFiles(MailFolder, "*.eml") : [];
}
