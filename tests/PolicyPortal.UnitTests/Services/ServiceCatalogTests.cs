using PolicyPortal.Domain.Services;

namespace PolicyPortal.UnitTests.Services;

public class ServiceCatalogTests
{
    [Fact]
    public void Services_catalog_contains_no_prohibited_name()
    {
        var offending = ServiceCatalog.Seed()
            .Where(s => ProhibitedCatalog.Names.Any(p => s.Name.Contains(p, StringComparison.OrdinalIgnoreCase)));

        Assert.Empty(offending);
    }

    [Fact]
    public void Every_catalog_entry_is_complete_and_ordered()
    {
        var seed = ServiceCatalog.Seed();

        Assert.Equal(13, seed.Count);
        Assert.All(seed, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Kind), s.Name);
            Assert.False(string.IsNullOrWhiteSpace(s.Purpose), s.Name);
            Assert.False(string.IsNullOrWhiteSpace(s.LegalBasis), s.Name);
            Assert.NotEqual(Interaction.None, s.Interaction);
        });
        Assert.Equal(seed.Select(s => s.SortOrder).Order(), seed.Select(s => s.SortOrder));
        Assert.Equal(seed.Count, seed.Select(s => s.Name).Distinct().Count());
    }

    [Fact]
    public void Prohibited_catalog_holds_the_nine_messengers_as_of_march_2023()
    {
        var seed = ProhibitedCatalog.Seed();

        Assert.Equal(9, seed.Count);
        Assert.All(seed, p => Assert.Equal(new DateOnly(2023, 3, 1), p.AsOf));
        Assert.Contains(seed, p => p.Name == "WhatsApp");
        Assert.Contains(seed, p => p.Name == "Skype for Business");
    }
}
