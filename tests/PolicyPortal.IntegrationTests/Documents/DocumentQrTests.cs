using PolicyPortal.Web.Hosting;

namespace PolicyPortal.IntegrationTests.Documents;

public sealed class DocumentQrTests
{
    [Theory]
    [InlineData("https://college.test", "https://college.test/documents/6f9619ff-8b86-d011-b42d-00cf4fc964ff")]
    [InlineData("https://college.test/", "https://college.test/documents/6f9619ff-8b86-d011-b42d-00cf4fc964ff")]
    [InlineData("https://college.test/portal", "https://college.test/portal/documents/6f9619ff-8b86-d011-b42d-00cf4fc964ff")]
    public void The_payload_is_the_documents_public_page_under_the_site_address(string baseUrl, string expected) =>
        Assert.Equal(expected, new SiteOptions { BaseUrl = baseUrl }.DocumentLink(Guid.Parse("6f9619ff-8b86-d011-b42d-00cf4fc964ff")));

    // The printed size is measured in the PDF: PublishedOrderPdfTests.A_qr_code_image_sits_at_the_bottom_right_of_page_one_only.
}
