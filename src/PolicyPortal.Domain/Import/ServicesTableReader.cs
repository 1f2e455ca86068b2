using PolicyPortal.Domain.Documents;
using PolicyPortal.Domain.Services;

namespace PolicyPortal.Domain.Import;

/// <summary>
/// The approved services as a table: «№ п/п | Сервис | Назначение | Взаимодействие». The row number is the table's,
/// not the service's; the interaction is read from its words («синхронное и асинхронное»).
/// </summary>
public static class ServicesTableReader
{
    /// <summary>A header with a service column and a purpose column.</summary>
    public static bool IsServicesHeader(SourceLine line) =>
        line.IsTableRow && line.Cells.Any(IsServiceHeader) && line.Cells.Any(IsPurposeHeader);

    public static List<ServiceEntry> Read(SourceLine header, IEnumerable<SourceLine> rows)
    {
        var name = Array.FindIndex(header.Cells, IsServiceHeader);
        var purpose = Array.FindIndex(header.Cells, IsPurposeHeader);
        var interaction = Array.FindIndex(header.Cells, c => c.StartsWith("Взаимодейств", StringComparison.OrdinalIgnoreCase)
            || c.StartsWith("Вид взаимодейств", StringComparison.OrdinalIgnoreCase) || c.StartsWith("Тип взаимодейств", StringComparison.OrdinalIgnoreCase));
        return
        [
            .. rows.Select(row => new ServiceEntry
            {
                Name = Cell(row.Cells, name),
                Purpose = Cell(row.Cells, purpose),
                Interaction = ReadInteraction(Cell(row.Cells, interaction)),
            }).Where(s => s.Name.Length > 0 || s.Purpose.Length > 0),
        ];
    }

    /// <summary>«синхронное», «асинхронное», «синхронное и асинхронное»; anything else («—») is none.</summary>
    public static Interaction ReadInteraction(string text)
    {
        var words = text.ToLowerInvariant();
        var asynchronous = words.Contains("асинхрон", StringComparison.Ordinal);
        var synchronous = words.Replace("асинхрон", "", StringComparison.Ordinal).Contains("синхрон", StringComparison.Ordinal);
        return (synchronous ? Interaction.Synchronous : Interaction.None) | (asynchronous ? Interaction.Asynchronous : Interaction.None);
    }

    private static bool IsServiceHeader(string cell) =>
        cell.StartsWith("Сервис", StringComparison.OrdinalIgnoreCase) || cell.StartsWith("Наименование сервиса", StringComparison.OrdinalIgnoreCase)
        || cell.StartsWith("Наименование ресурса", StringComparison.OrdinalIgnoreCase);

    private static bool IsPurposeHeader(string cell) => cell.StartsWith("Назначение", StringComparison.OrdinalIgnoreCase);

    private static string Cell(string[] cells, int index) => index >= 0 && index < cells.Length ? cells[index].Trim() : "";
}
