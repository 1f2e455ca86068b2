using Microsoft.Extensions.DependencyInjection;
using PolicyPortal.IntegrationTests.Infrastructure;
using PolicyPortal.Web.Mail;

namespace PolicyPortal.IntegrationTests.Acknowledgements;

/// <summary>«Напомнить» says what happened: mailed and how many, or — without a mail server — the link to pass on and to whom.</summary>
public sealed class ReminderMessageTests
{
    [Fact]
    public async Task Without_a_mail_server_the_director_gets_the_link_and_the_names_instead_of_sent()
    {
        using var factory = new AcknowledgementPortalFactory();
        var director = await TestAccounts.SetUpAsync(factory);
        var order = await AcknowledgementArrange.PublishOrderAsync(factory, director, people: 2);
        await AcknowledgementArrange.SignerAsync(factory, director, order.People[1], "teacher1@college.test");

        var page = await RemindAsync(director, order.DocumentId);

        var notice = page.QuerySelector(".notice")!.TextContent;
        Assert.Contains("Почтовый сервер не настроен — письма не отправлены.", notice);
        Assert.Contains(order.People[1].FullName, notice);
        Assert.DoesNotContain("отправлены по электронной почте", notice);
        Assert.EndsWith($"/my/documents/{order.DocumentId}", page.QuerySelector("#reminder-link")!.TextContent);
    }

    [Fact]
    public async Task With_a_mail_server_it_says_how_many_were_mailed()
    {
        using var factory = new AcknowledgementPortalFactory();
        factory.WithServices(services => services.AddSingleton<IMailSender, DeliveringMailSender>());
        var director = await TestAccounts.SetUpAsync(factory);
        var order = await AcknowledgementArrange.PublishOrderAsync(factory, director, people: 3);
        await AcknowledgementArrange.SignerAsync(factory, director, order.People[1], "teacher1@college.test");
        await AcknowledgementArrange.SignerAsync(factory, director, order.People[2], "teacher2@college.test");

        var page = await RemindAsync(director, order.DocumentId);

        Assert.StartsWith("Напоминания отправлены по электронной почте: 2.", page.QuerySelector(".notice")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("#reminder-link"));
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> RemindAsync(FormClient director, Guid documentId)
    {
        var url = $"/director/documents/{documentId}/acknowledgements";
        var (response, _) = await director.SubmitAsync(url, new Dictionary<string, string>(), "form[action*='handler=Remind']");
        Assert.True(FormClient.IsRedirectTo(response, url));
        return (await director.GetAsync(url)).Page;
    }

    private sealed class DeliveringMailSender : IMailSender
    {
        public bool Delivers => true;

        public Task SendAsync(OutgoingMail mail, CancellationToken ct = default) => Task.CompletedTask;
    }
}
