namespace PolicyPortal.UnitTests.Import;

/// <summary>Each seed of ../shared/seeds against the structure written by hand from its source (tests/Seeds/Golden).</summary>
public class SeedGoldenTests
{
    [Theory]
    [InlineData("kaliningrad-school58-order-1065-2024")]
    [InlineData("uvarovo-order-44-2025")]
    [InlineData("balakovo-bpt-poryadok-2025")]
    public void Imports_the_structure_its_source_has(string seed) =>
        Golden.Check(Path.Combine("Golden", seed + ".golden"), Seed.Import(seed + ".txt"));
}
