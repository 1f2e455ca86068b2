using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Institutions;
using PolicyPortal.Domain.Public;
using PolicyPortal.Domain.Services;
using PolicyPortal.UnitTests.Import;
using PolicyPortal.UnitTests.Templates;

namespace PolicyPortal.UnitTests.Publication;

/// <summary>«Как связаться…»: the channels the document approves, how to join each, and the profile's contacts.</summary>
public class ParentChannelsTests
{
    private static readonly IReadOnlyList<Service> Registry = ServiceCatalog.Seed();

    [Fact]
    public void The_uvarovo_order_approves_sferum_in_its_first_item_and_parents_learn_how_to_join()
    {
        var content = Seed.Import("uvarovo-order-44-2025.txt").Content;

        var contacts = ParentContacts.From(content, Registry, InstitutionContacts.None);

        var channel = Assert.Single(contacts.Channels);
        Assert.Equal(ServiceCatalog.Sferum, channel.Name);
        Assert.Contains("учебный профиль «Сферум»", channel.Joining.Text, StringComparison.Ordinal);
        Assert.Equal("https://sferum.ru", channel.Joining.Url);
        Assert.DoesNotContain("синхронн", channel.Purpose, StringComparison.OrdinalIgnoreCase);
        Assert.True(contacts.Institution.IsEmpty);
    }

    [Fact]
    public void The_services_appendix_gives_the_channels_with_the_registrys_edited_joining_text()
    {
        var content = TemplateSamples.Filled(InstitutionType.School);
        var registry = ServiceCatalog.Seed();
        var max = registry.Single(s => s.Name == ServiceCatalog.Max);
        max.HowToJoin = "Классный руководитель добавит вас в чат класса в МАХ на первом собрании.";
        max.JoinUrl = "";

        var contacts = ParentContacts.From(content, registry, InstitutionContacts.None);

        var approved = content.Appendices.Single(a => a.Kind == AppendixKind.ApprovedServices).Services.Select(s => s.Name).ToList();
        Assert.Equal(approved, contacts.Channels.Select(c => c.Name));
        var maxChannel = contacts.Channels.Single(c => c.Name == ServiceCatalog.Max);
        Assert.Equal("Классный руководитель добавит вас в чат класса в МАХ на первом собрании.", maxChannel.Joining.Text);
        Assert.Equal("", maxChannel.Joining.Url);
        Assert.Contains("Госуслуг", contacts.Channels.Single(c => c.Name == ServiceCatalog.MySchool).Joining.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_emptied_joining_text_shows_none_while_an_untouched_one_shows_the_default()
    {
        var sferum = new Service { Name = ServiceCatalog.Sferum };
        Assert.Equal("https://sferum.ru", sferum.Joining.Url);

        sferum.HowToJoin = "";
        sferum.JoinUrl = "";

        Assert.True(sferum.Joining.IsEmpty);
        Assert.True(new Service { Name = "Своя платформа колледжа" }.Joining.IsEmpty);
    }

    [Fact]
    public void The_profile_gives_the_institutions_contacts_and_the_email_channel_its_address()
    {
        var content = TemplateSamples.Filled(InstitutionType.College);
        var profile = new InstitutionProfile
        {
            Phone = " +7 (47558) 4-12-34 ", Email = "info@uvarovo-college.test", Address = "г. Уварово, ул. Шоссейная, д. 1",
            Website = "https://uvarovo-college.test", ReceptionHours = "пн–пт 8:00–17:00",
        };

        var contacts = ParentContacts.From(content, Registry, InstitutionContacts.From(profile));

        Assert.Equal("+7 (47558) 4-12-34", contacts.Institution.Phone);
        Assert.Equal("пн–пт 8:00–17:00", contacts.Institution.ReceptionHours);
        var email = contacts.Channels.Single(c => c.Name == ServiceCatalog.Email);
        Assert.Equal("mailto:info@uvarovo-college.test", email.Joining.Url);
        Assert.Equal("https://uvarovo-college.test", contacts.Channels.Single(c => c.Name == ServiceCatalog.SiteAppeals).Joining.Url);
    }

    [Fact]
    public void A_document_that_names_no_service_shows_no_channel()
    {
        var content = new DocumentContent
        {
            Items = [new DirectiveItem { Text = "Утвердить Порядок применения сервисов (Приложение 1)." }, new DirectiveItem { Text = "Разместить приказ на сайте." }],
        };

        Assert.Empty(ParentContacts.From(content, Registry, InstitutionContacts.None).Channels);
    }

    [Theory]
    [InlineData("Утвердить ИКОП «Сферум (информационно-коммуникационную платформу «Сферум»).", ServiceCatalog.Sferum, true)]
    [InlineData("Утвердить ИКОП «Сферум (информационно-коммуникационную платформу «Сферум»).", ServiceCatalog.VkMessengerSferum, false)]
    [InlineData("Использовать национальный мессенджер МАХ.", ServiceCatalog.Max, true)]
    [InlineData("Махать руками запрещено.", ServiceCatalog.Max, false)]
    [InlineData("Вести журнал в ФГИС «Моя школа».", ServiceCatalog.MySchool, true)]
    [InlineData("Оценки выставлять в «Дневник.ру».", ServiceCatalog.Dnevnik, true)]
    public void A_directive_item_names_a_service_by_its_quoted_or_whole_name(string text, string service, bool expected)
    {
        Assert.Equal(expected, ParentContacts.Names(text, Registry.Single(s => s.Name == service)));
    }
}
