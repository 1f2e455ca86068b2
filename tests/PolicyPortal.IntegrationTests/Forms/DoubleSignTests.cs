using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PolicyPortal.IntegrationTests.Acknowledgements;
using PolicyPortal.IntegrationTests.Infrastructure;

namespace PolicyPortal.IntegrationTests.Forms;

/// <summary>A double click on «Подтвердить ознакомление»: two identical posts at once.</summary>
public sealed class DoubleSignTests : IAsyncLifetime
{
    private readonly AcknowledgementPortalFactory factory = new();
    private FormClient admin = default!;

    public async Task InitializeAsync() => admin = await TestAccounts.SetUpAsync(factory);

    [Fact]
    public async Task Two_posts_at_once_with_the_right_password_sign_once_both_answer_as_the_first_and_no_attempt_counts_toward_lockout()
    {
        var order = await AcknowledgementArrange.PublishOrderAsync(factory, admin);
        var deputy = await AcknowledgementArrange.SignerAsync(factory, admin, order.People[0], "deputy@college.test");
        var url = $"/my/documents/{order.DocumentId}";

        var (_, page) = await deputy.GetAsync(url);
        var form = (IHtmlFormElement)page.QuerySelector("#sign-title ~ form")!;
        var fields = new Dictionary<string, string> { ["Input.Confirmed"] = "true", ["Input.Password"] = TestAccounts.UserPassword };
        var answers = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => deputy.PostFormAsync(form, url, fields)));

        Assert.All(answers, a => Assert.True(FormClient.IsRedirectTo(a.Response, url), $"{(int)a.Response.StatusCode}: {a.Page.QuerySelector("[data-error-summary]")?.TextContent}"));
        await using (factory.Scope(out var db))
        {
            Assert.Equal(1, await db.Acknowledgements.CountAsync(a => a.DocumentId == order.DocumentId));
            Assert.Equal(0, (await db.Users.SingleAsync(u => u.Email == "deputy@college.test")).AccessFailedCount);
        }

        var (_, after) = await deputy.GetAsync(url);
        Assert.NotNull(after.QuerySelector("#acknowledged"));
        Assert.Null(after.QuerySelector("[data-error-summary]"));
    }

    [Fact]
    public async Task A_post_after_signing_with_a_mistyped_password_answers_already_signed_and_counts_nothing()
    {
        var order = await AcknowledgementArrange.PublishOrderAsync(factory, admin);
        var deputy = await AcknowledgementArrange.SignerAsync(factory, admin, order.People[0], "deputy@college.test");
        var url = $"/my/documents/{order.DocumentId}";
        var (_, page) = await deputy.GetAsync(url);
        var form = (IHtmlFormElement)page.QuerySelector("#sign-title ~ form")!;

        var (first, _) = await deputy.PostFormAsync(form, url, new Dictionary<string, string> { ["Input.Confirmed"] = "true", ["Input.Password"] = TestAccounts.UserPassword });
        var (second, _) = await deputy.PostFormAsync(form, url, new Dictionary<string, string> { ["Input.Confirmed"] = "true", ["Input.Password"] = "typo" });

        Assert.True(FormClient.IsRedirectTo(first, url));
        Assert.True(FormClient.IsRedirectTo(second, url));
        await using var scope = factory.Scope(out var db);
        Assert.Equal(0, (await db.Users.SingleAsync(u => u.Email == "deputy@college.test")).AccessFailedCount);
        Assert.Equal(1, await db.Acknowledgements.CountAsync());
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }
}
