using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Import;
using PolicyPortal.Domain.Institutions;
using PolicyPortal.UnitTests.Import;
using PolicyPortal.UnitTests.Templates;

namespace PolicyPortal.UnitTests.Documents;

/// <summary>Which numbers the editor accepts for a Порядок's clauses and sections: the forms documents are written in.</summary>
public class RegulationNumberFormTests
{
    [Theory]
    [InlineData("", true)]
    [InlineData("1.1.", true)]
    [InlineData("3.6.1.", true)]
    [InlineData(" 5.11.5 ", true)]
    [InlineData("4", true)]
    [InlineData("3..6", false)]
    [InlineData("3.6.а", false)]
    [InlineData("п. 3.6", false)]
    [InlineData("3,6", false)]
    [InlineData(".1", false)]
    [InlineData("1.2.3.4.5.6.7.", false)]
    public void A_clause_number_is_numbers_between_dots_or_nothing(string number, bool wellFormed) =>
        Assert.Equal(wellFormed, RegulationNumbering.IsWellFormedClauseNumber(number));

    [Theory]
    [InlineData("", true)]
    [InlineData("3.", true)]
    [InlineData("3", true)]
    [InlineData("IV.", true)]
    [InlineData("Раздел 3", false)]
    [InlineData("3.1.", false)]
    [InlineData("IVa", false)]
    public void A_section_number_is_a_number_or_a_roman_one_or_nothing(string number, bool wellFormed) =>
        Assert.Equal(wellFormed, RegulationNumbering.IsWellFormedSectionNumber(number));

    /// <summary>The editor never refuses a number that the importer read from a real document or that a template wrote.</summary>
    [Fact]
    public void Every_number_in_the_seeds_the_fidelity_documents_and_the_templates_is_well_formed()
    {
        var sources = Directory.GetFiles(Golden.Dir, "*.txt").Concat(Directory.GetFiles(Path.Combine(Golden.Dir, "Fidelity"), "*.txt"))
            .Select(file => DocumentImporter.Import(File.ReadAllText(file)).Content)
            .Append(TemplateSamples.Fresh(InstitutionType.College))
            .Append(TemplateSamples.Fresh(InstitutionType.School));
        var sections = sources.SelectMany(c => c.Appendices).SelectMany(a => a.Sections).ToList();

        Assert.True(sections.Count > 30, $"Only {sections.Count} sections read.");
        var refused = sections.Select(s => s.Number).Where(n => !RegulationNumbering.IsWellFormedSectionNumber(n))
            .Concat(sections.SelectMany(s => s.Clauses).Select(c => c.Number).Where(n => !RegulationNumbering.IsWellFormedClauseNumber(n)))
            .ToList();
        Assert.True(refused.Count == 0, $"Refused: {string.Join(" | ", refused)}");
    }
}
