using PolicyPortal.Domain.Import;

namespace PolicyPortal.UnitTests.Import;

/// <summary>
/// Marks after a Порядок's last clause, written in the forms OCR and typists give them (tests/Seeds/MarksAtTheEnd):
/// every variant against one structure written from the shared text, and its last clause as that variant ends it.
/// </summary>
public class MarksAtTheEndTests
{
    private static string Dir => Path.Combine(Golden.Dir, "MarksAtTheEnd");

    public static TheoryData<string> Variants()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Dir, "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Fact]
    public void Every_form_is_tried() => Assert.True(Variants().Count >= 20);

    [Theory]
    [MemberData(nameof(Variants))]
    public void Marks_stay_marks_after_the_text_and_the_last_clause_ends_where_the_source_ends_it(string variant)
    {
        var result = DocumentImporter.Import(File.ReadAllText(Path.Combine(Dir, variant + ".txt")));
        Golden.Check(Path.Combine("MarksAtTheEnd", "marks-at-the-end.golden"), result);
        var ending = variant.EndsWith("-no-period", StringComparison.Ordinal) ? "ending-no-period" : "ending-period";
        Golden.Check(Path.Combine("MarksAtTheEnd", ending + ".golden"), result);
    }
}
