namespace PolicyPortal.Domain.Services;

/// <summary>
/// The seed of the prohibited-services dictionary: foreign messengers on Roskomnadzor's list
/// that may not be used for official exchange (149-ФЗ ст. 10 ч. 8), as of 01.03.2023.
/// The list may change, so each entry keeps the date it was taken from.
/// </summary>
public static class ProhibitedCatalog
{
    public static readonly DateOnly AsOf = new(2023, 3, 1);

    public static readonly IReadOnlyList<string> Names =
    [
        "Discord", "Microsoft Teams", "Skype for Business", "Snapchat", "Telegram",
        "Threema", "Viber", "WhatsApp", "WeChat",
    ];

    public static IReadOnlyList<ProhibitedService> Seed() =>
        Names.Select(name => new ProhibitedService { Name = name, AsOf = AsOf }).ToList();
}
