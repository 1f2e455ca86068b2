using PolicyPortal.Domain.Import;

namespace PolicyPortal.UnitTests.Import;

internal static class Seed
{
    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", name));

    public static ImportResult Import(string name) => DocumentImporter.Import(Text(name));
}
