using AngleSharp.Html.Dom;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Accounts;

namespace PolicyPortal.IntegrationTests.Security;

/// <summary>What users type comes back as text: Razor encodes it everywhere (the portal has no rich text yet).</summary>
public sealed class OutputEncodingTests : IAsyncLifetime
{
    public static readonly TheoryData<string> Vectors =
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "\"><svg onload=alert(1)>",
        "<a href=\"javascript:alert(1)\">ссылка</a>",
        "<div style=\"background:url(javascript:alert(1))\">стиль</div>",
        "' onmouseover='alert(1)",
    ];

    private readonly PortalFactory factory = new();
    private FormClient admin = default!;

    public async Task InitializeAsync() => admin = await TestAccounts.SetUpAsync(factory);

    [Theory]
    [MemberData(nameof(Vectors))]
    public async Task The_institution_name_in_every_header_is_encoded(string vector)
    {
        var (saved, _) = await admin.SubmitAsync("/admin/profile", new Dictionary<string, string> { ["Input.ShortName"] = "Колледж " + vector });
        Assert.True(FormClient.IsRedirectTo(saved, "/admin/profile"));

        using var anonymous = factory.CreateFormClient();
        foreach (var (client, url) in new[] { (anonymous, "/"), (admin, "/dashboard"), (admin, "/admin/profile") })
        {
            var (response, page) = await client.GetAsync(url);
            AssertInert(page, await response.Content.ReadAsStringAsync(), vector);
            Assert.Contains("Колледж " + vector, page.QuerySelector(".brand")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public async Task A_user_full_name_is_encoded_in_the_user_list_and_the_greeting(string vector)
    {
        var email = $"x{Math.Abs(vector.GetHashCode(StringComparison.Ordinal))}@college.test";
        using var staff = await TestAccounts.CreateUserAsync(factory, admin, email, Roles.Staff, "Иванов " + vector);

        var (listResponse, list) = await admin.GetAsync("/admin/users");
        AssertInert(list, await listResponse.Content.ReadAsStringAsync(), vector);
        Assert.Contains(list.QuerySelectorAll("td"), td => td.TextContent == "Иванов " + vector);

        var (greetingResponse, greeting) = await staff.GetAsync("/dashboard");
        AssertInert(greeting, await greetingResponse.Content.ReadAsStringAsync(), vector);
        Assert.Contains("Иванов " + vector, greeting.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    private static void AssertInert(IHtmlDocument page, string html, string vector)
    {
        Assert.DoesNotContain(vector, html, StringComparison.Ordinal);
        // The portal's own scripts are files under /js/ (the CSP allows nothing else); any other script is injected.
        Assert.DoesNotContain(page.QuerySelectorAll("script, svg, img[src=x], iframe"),
            e => !(e.LocalName == "script" && e.GetAttribute("src") is { } src && src.StartsWith("/js/", StringComparison.Ordinal) && e.TextContent.Length == 0));
        Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name is "href" or "src" or "action" or "formaction" && a.Value.Contains("javascript:", StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(page.All, e => e.HasAttribute("style"));
    }

    public Task DisposeAsync()
    {
        admin.Dispose();
        factory.Dispose();
        return Task.CompletedTask;
    }
}
