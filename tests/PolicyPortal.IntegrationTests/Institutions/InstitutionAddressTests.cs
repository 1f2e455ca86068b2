using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using PolicyPortal.IntegrationTests.Acknowledgements;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Accounts;
using PolicyPortal.Web.Institutions;
using PolicyPortal.Web.Public;
using PolicyPortal.Web.Publishing;
using QRCoder;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace PolicyPortal.IntegrationTests.Institutions;

/// <summary>
/// Every link that leaves the portal names the institution's own host: a parent who scans B's QR code, a member of B's
/// staff who follows the invitation, a feed reader subscribed to B — none lands on the installation's Site:BaseUrl
/// (which, with several institutions, opens no institution) or on A. The scheme stays Site:BaseUrl's.
/// </summary>
public sealed class InstitutionAddressTests : IAsyncLifetime
{
    private const string SiteBaseUrl = "https://portal.region.test";
    private const string AddressB = $"https://{TwoInstitutionsFactory.HostB}";
    private readonly TwoInstitutionsFactory factory = new();
    private FormClient adminB = default!;
    private Guid documentB;

    private string MailFolder => Path.Combine(factory.Database.Folder, "mail");

    public async Task InitializeAsync()
    {
        factory.WithSetting("Site:BaseUrl", SiteBaseUrl).WithSetting("Mail:PickupFolder", MailFolder)
            .WithSetting("Pdf:ChromiumPath", Environment.GetEnvironmentVariable("PP_CHROMIUM") ?? "/usr/bin/chromium");
        await TestAccounts.SetUpAsync(factory);
        await factory.AddInstitutionBAsync();
        adminB = await TestAccounts.SignInAsync(factory, TwoInstitutionsFactory.AdminB, TestAccounts.AdminPassword);
        documentB = (await AcknowledgementArrange.PublishOrderAsync(factory, adminB, people: 2, number: "77")).DocumentId;
    }

    [Fact]
    public async Task An_invitation_mailed_for_B_links_to_Bs_host()
    {
        await using (var scope = factory.Scope(out var db))
        {
            var person = await db.People.FirstAsync(p => p.UserId == null);
            person.Email = "deputy77@school77.test";
            await db.SaveChangesAsync();
            var invited = await scope.ServiceProvider.GetRequiredService<StaffInvitations>().InviteAsync(person.Id, "test");
            Assert.True(invited.Succeeded, invited.Message);
            Assert.StartsWith($"{AddressB}/account/invite/", invited.Link, StringComparison.Ordinal);
        }

        using var mail = MimeMessage.Load(Assert.Single(Directory.GetFiles(MailFolder, "*.eml")));
        Assert.Contains($"{AddressB}/account/invite/", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(SiteBaseUrl, mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bs_feed_sitemap_json_and_canonical_links_name_Bs_host()
    {
        var anonymous = factory.CreateFormClient();
        var feed = await anonymous.Http.GetStringAsync(PublicEndpoints.Feed);
        Assert.Contains($"href=\"{AddressB}/documents/{documentB}\"", feed, StringComparison.Ordinal);
        Assert.Contains($"<id>{AddressB}/documents</id>", feed, StringComparison.Ordinal);

        var sitemap = await anonymous.Http.GetStringAsync(PublicEndpoints.Sitemap);
        Assert.Contains($"<loc>{AddressB}/documents/{documentB}</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains($"Sitemap: {AddressB}/sitemap.xml", await anonymous.Http.GetStringAsync(PublicEndpoints.Robots), StringComparison.Ordinal);

        var json = await anonymous.Http.GetStringAsync(PublicEndpoints.PolicyJson);
        Assert.Contains($"\"url\": \"{AddressB}/documents/{documentB}\"", json, StringComparison.Ordinal);

        var (_, page) = await anonymous.GetAsync($"/documents/{documentB}");
        Assert.Equal($"{AddressB}/documents/{documentB}", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.All(new[] { feed, sitemap, json, page.DocumentElement.OuterHtml }, text => Assert.DoesNotContain(SiteBaseUrl, text, StringComparison.Ordinal));

        // A keeps its own host.
        factory.ActAs(CurrentInstitution.Default);
        var (_, pageA) = await factory.CreateFormClient().GetAsync("/documents");
        Assert.Equal($"https://{TwoInstitutionsFactory.HostA}/documents", pageA.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task The_qr_code_printed_on_Bs_pdf_encodes_Bs_host_also_when_printed_by_the_background_retrier()
    {
        var expected = $"{AddressB}/documents/{documentB}";
        Assert.Equal(expected, ReadQr(await factory.CreateFormClient().Http.GetByteArrayAsync($"/documents/{documentB}/pdf"), expected, $"{SiteBaseUrl}/documents/{documentB}"));

        // The retrier prints pending PDFs for each institution in turn, outside any request.
        await using (factory.Scope(out var db))
        {
            await db.PublishedFiles.Where(f => f.DocumentId == documentB).ExecuteDeleteAsync();
        }

        factory.ActAs(CurrentInstitution.Default);
        await EachInstitution.RunAsync(factory.Services.GetRequiredService<IServiceScopeFactory>(),
            services => services.GetRequiredService<PublicationPdfs>().RenderAsync(documentB, CancellationToken.None), CancellationToken.None);
        factory.ActAs(factory.IdB);
        Assert.Equal(expected, ReadQr(await factory.CreateFormClient().Http.GetByteArrayAsync($"/documents/{documentB}/pdf"), expected, $"{SiteBaseUrl}/documents/{documentB}"));
    }

    /// <summary>
    /// Which of the candidate links the QR code on page 1 encodes: its modules are read from the printed image's pixels
    /// (one sample at the centre of each module) and compared with each candidate's code.
    /// </summary>
    private static string ReadQr(byte[] pdf, params string[] candidates)
    {
        using var document = PdfDocument.Open(pdf);
        var image = Assert.Single(document.GetPage(1).GetImages());
        var dark = DarkPixels(image);
        var matches = candidates.Where(c => Modules(c) is var modules && Matches(dark, image.WidthInSamples, image.HeightInSamples, modules)).ToList();
        return Assert.Single(matches);
    }

    private static bool[,] Modules(string payload)
    {
        using var data = QRCodeGenerator.GenerateQrCode(payload, QRCodeGenerator.ECCLevel.L);
        const int quietZone = 4; // the printed code is drawn without it (DocumentQr)
        var size = data.ModuleMatrix.Count - 2 * quietZone;
        var modules = new bool[size, size];
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                modules[x, y] = data.ModuleMatrix[y + quietZone][x + quietZone];
            }
        }

        return modules;
    }

    private static bool Matches(Func<int, int, bool> dark, int width, int height, bool[,] modules)
    {
        var size = modules.GetLength(0);
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                if (dark((int)((x + 0.5) * width / size), (int)((y + 0.5) * height / size)) != modules[x, y])
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static Func<int, int, bool> DarkPixels(IPdfImage image)
    {
        Assert.True(image.TryGetBytesAsMemory(out var memory), "the QR image's samples cannot be decoded");
        var bytes = memory.ToArray();
        var components = bytes.Length / (image.WidthInSamples * image.HeightInSamples);
        Assert.True(image.BitsPerComponent == 8 && components is 1 or 3 or 4, $"{image.BitsPerComponent} bits, {bytes.Length} bytes for {image.WidthInSamples}×{image.HeightInSamples}");
        return (x, y) => bytes[((y * image.WidthInSamples) + x) * components] < 128;
    }

    [Fact]
    public async Task Bs_acknowledgement_sheet_is_printed_for_B_in_Bs_name()
    {
        // The sheet is printed off the request (and kept for the next download): the print acts for B all the same,
        // not for the installation's default institution (adminB's client stays on B's host).
        factory.ActAs(CurrentInstitution.Default);
        var response = await adminB.Http.GetAsync($"/director/documents/{documentB}/acknowledgements?handler=Sheet");

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var text = string.Join(' ', Documents.PdfReading.PageTexts(await response.Content.ReadAsByteArrayAsync()));
        Assert.Null(Documents.PdfReading.FirstMissingInOrder(Documents.PdfReading.Words(TwoInstitutionsFactory.NameB), Documents.PdfReading.Words(text)));
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }
}
