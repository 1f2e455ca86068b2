using PolicyPortal.Domain.Services;

namespace PolicyPortal.UnitTests.Services;

public class ProhibitedMatcherTests
{
    private static readonly ProhibitedMatcher Matcher = ProhibitedMatcher.Catalog;

    [Theory]
    [InlineData("Телеграм-чат группы", "Telegram")]
    [InlineData("Telegram", "Telegram")]
    [InlineData("telegram-канал колледжа", "Telegram")]
    [InlineData("Телеграмм", "Telegram")]
    [InlineData("Тelegram", "Telegram")] // Cyrillic «Т»
    [InlineData("Вотсап", "WhatsApp")]
    [InlineData("Ватсап", "WhatsApp")]
    [InlineData("чат класса в Ватсапе", "WhatsApp")]
    [InlineData("Whats-App", "WhatsApp")]
    [InlineData("Вайбер", "Viber")]
    [InlineData("Дискорд", "Discord")]
    [InlineData("Скайп", "Skype for Business")]
    [InlineData("Skype", "Skype for Business")]
    [InlineData("Тимс", "Microsoft Teams")]
    [InlineData("MS Teams", "Microsoft Teams")]
    [InlineData("Снэпчат", "Snapchat")]
    [InlineData("Вичат", "WeChat")]
    [InlineData("Трима", "Threema")]
    public void Finds_the_prohibited_service_whatever_the_spelling(string text, string expected) =>
        Assert.Equal(expected, Matcher.Match(text));

    [Theory]
    [InlineData("ИКОП «Сферум»")]
    [InlineData("МАХ")]
    [InlineData("VK Мессенджер")]
    [InlineData("Яндекс.Телемост")]
    [InlineData("Microsoft Office")]
    [InlineData("Телевидение")]
    [InlineData("")]
    public void Leaves_allowed_services_alone(string text) => Assert.Null(Matcher.Match(text));

    [Fact]
    public void Matches_an_entry_the_administrator_added()
    {
        var matcher = new ProhibitedMatcher(["Signal", "ICQ"]);
        Assert.Equal("Signal", matcher.Match("Сигнал? нет: Signal-группа"));
        Assert.Equal("ICQ", matcher.Match("чат в ICQ"));
        Assert.Null(matcher.Match("ICQmail"));
    }
}
