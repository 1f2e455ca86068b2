using PolicyPortal.Domain.Import;

namespace PolicyPortal.UnitTests.Import;

/// <summary>
/// Documents written for these tests from the forms Russian institutions use (tests/Seeds/Fidelity), each against the
/// structure written by hand beside it.
/// </summary>
public class FidelityGoldenTests
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Golden.Dir, "Fidelity"), "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Fact]
    public void There_are_at_least_twelve() => Assert.True(Documents().Count >= 12);

    [Theory]
    [MemberData(nameof(Documents))]
    public void Imports_the_structure_its_source_has(string name)
    {
        var text = File.ReadAllText(Path.Combine(Golden.Dir, "Fidelity", name + ".txt"));
        Golden.Check(Path.Combine("Fidelity", name + ".golden"), DocumentImporter.Import(text));
    }
}
