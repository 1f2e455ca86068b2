using PolicyPortal.Web.Hosting;

namespace PolicyPortal.IntegrationTests.Documents;

public sealed class DocumentQrTests
{
    [Theory]
    [InlineData("https://college.test", "https://college.test/documents/6f9619ff-8b86-d011-b42d-00cf4fc964ff")]
    [InlineData("https://college.test/", "https://college.test/documents/6f9619ff-8b86-d011-b42d-00cf4fc964ff")]
    [InlineData("https://college.test/portal", "https://college.test/portal/documents/6f9619ff-8b86-d011-b42d-00cf4fc964ff")]
    public void The_payload_is_the_documents_public_page_under_the_site_address(string baseUrl, string expected) =>
        Assert.Equal(expected, new SiteAddress(baseUrl).DocumentLink(Guid.Parse("6f9619ff-8b86-d011-b42d-00cf4fc964ff")));

    [Theory]
    [InlineData("https://portal.region.test", "school77.region.test", "https://school77.region.test")]
    [InlineData("https://portal.region.test/", "school77.region.test", "https://school77.region.test")]
    [InlineData("http://localhost:5000", "school77.region.test", "http://school77.region.test:5000")]
    [InlineData("https://region.test/portal/", "school77.region.test", "https://school77.region.test/portal")]
    public void An_institutions_address_is_its_host_under_the_sites_scheme_port_and_path(string baseUrl, string host, string expected) =>
        Assert.Equal(expected, PolicyPortal.Web.Institutions.InstitutionAddresses.WithHost(baseUrl, host));

    // The printed size is measured in the PDF: PublishedOrderPdfTests.A_qr_code_image_sits_at_the_bottom_right_of_page_one_only.
}
