using AngleSharp.Dom;
using PolicyPortal.IntegrationTests.Infrastructure;

namespace PolicyPortal.IntegrationTests.Forms;

/// <summary>The editor used from the keyboard and a screen reader: every button says what it acts on, and after a
/// structural button the page comes back at the row it made (site.js focuses that row's first field).</summary>
public sealed class KeyboardTests : IAsyncLifetime
{
    private readonly PortalFactory factory = new();
    private FormClient director = default!;

    public async Task InitializeAsync() => director = await TestAccounts.SetUpAsync(factory);

    [Fact]
    public async Task No_two_buttons_of_an_editor_part_have_the_same_accessible_name()
    {
        var id = await DocumentArrange.CreateFromTemplateAsync(director);
        var (_, overview) = await director.GetAsync($"/director/documents/{id}");
        var parts = overview.QuerySelectorAll(".editor-nav a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.True(parts.Count >= 5);

        foreach (var part in parts)
        {
            var (_, page) = await director.GetAsync(part);
            var names = page.QuerySelectorAll("main button").Select(AccessibleName).ToList();
            var repeated = names.GroupBy(n => n).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(repeated.Count == 0, $"{part}: {string.Join(", ", repeated)}");
            Assert.DoesNotContain(names, n => n is "↑" or "↓");
        }

        var (_, items) = await director.GetAsync($"/director/documents/{id}/items");
        Assert.Contains("Переместить пункт 2 выше", items.QuerySelectorAll("main button").Select(AccessibleName));
    }

    [Fact]
    public async Task Inserting_an_item_comes_back_at_the_new_item_which_has_a_field_to_focus()
    {
        var id = await DocumentArrange.CreateFromTemplateAsync(director);
        var url = $"/director/documents/{id}/items";

        var (response, _) = await director.SubmitAsync(url, new Dictionary<string, string> { ["Op"] = "add-item:1" });

        Assert.True(FormClient.IsRedirectTo(response, url));
        Assert.EndsWith("#item2", response.Headers.Location!.OriginalString);
        var (_, page) = await director.GetAsync(url);
        Assert.NotNull(page.QuerySelector("#item2 textarea"));
    }

    [Fact]
    public async Task The_staff_pages_load_site_js_and_keep_focused_fields_clear_of_the_sticky_save_bar()
    {
        var (_, page) = await director.GetAsync("/dashboard");
        Assert.NotNull(page.QuerySelector("script[src^='/js/site.js']"));
        using var css = await director.Http.GetAsync("/css/site.css");
        Assert.Matches(@"scroll-padding-bottom:\s*[1-9]", await css.Content.ReadAsStringAsync());
    }

    private static string AccessibleName(IElement button) => (button.GetAttribute("aria-label") ?? button.TextContent).Trim();

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }
}
