using PolicyPortal.Web.Hosting;
using PolicyPortal.Web.Printing;

namespace PolicyPortal.IntegrationTests.Documents;

public sealed class DocumentQrTests
{
    [Theory]
    [InlineData("https://college.test", "https://college.test/documents/6f9619ff-8b86-d011-b42d-00cf4fc964ff")]
    [InlineData("https://college.test/", "https://college.test/documents/6f9619ff-8b86-d011-b42d-00cf4fc964ff")]
    [InlineData("https://college.test/portal", "https://college.test/portal/documents/6f9619ff-8b86-d011-b42d-00cf4fc964ff")]
    public void The_payload_is_the_documents_public_page_under_the_site_address(string baseUrl, string expected) =>
        Assert.Equal(expected, new SiteOptions { BaseUrl = baseUrl }.DocumentLink(Guid.Parse("6f9619ff-8b86-d011-b42d-00cf4fc964ff")));

    [Fact]
    public void The_code_prints_about_17_mm_wide_whatever_its_version()
    {
        var image = DocumentQr.CssImage("https://a-rather-long-college-domain-name.example.ru/documents/6f9619ff-8b86-d011-b42d-00cf4fc964ff");
        Assert.StartsWith("image-set(url(\"data:image/png;base64,", image, StringComparison.Ordinal);
        Assert.Matches(@"\) \d+(\.\d+)?x\)$", image);
    }
}
