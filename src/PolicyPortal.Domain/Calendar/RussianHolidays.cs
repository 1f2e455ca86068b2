namespace PolicyPortal.Domain.Calendar;

/// <summary>
/// The exceptions to Monday-to-Friday in Russia's production calendar, year by year.
/// 2025: ПП РФ от 04.10.2024 № 1335; 2026: ПП РФ от 24.09.2025 № 1466. 2027: only what ТК РФ ст. 112 fixes by itself
/// (the holidays, and a holiday on a weekend moving the day off to the next working day, except in January); the
/// government's decree on 2027 transfers was not known when this was written and must be added when published.
/// </summary>
public static class RussianHolidays
{
    public static IReadOnlyList<SpecialDay> All { get; } = [.. Year2025(), .. Year2026(), .. Year2027()];

    private static IEnumerable<SpecialDay> Year2025()
    {
        const string decree = "ПП РФ от 04.10.2024 № 1335";
        foreach (var day in new[] { 1, 2, 3, 6, 7, 8 })
        {
            yield return Off(2025, 1, day, "Новогодние каникулы");
        }

        yield return Off(2025, 5, 1, "Праздник Весны и Труда");
        yield return Off(2025, 5, 2, $"Перенос с 4 января ({decree})");
        yield return Off(2025, 5, 8, $"Перенос с 23 февраля ({decree})");
        yield return Off(2025, 5, 9, "День Победы");
        yield return Off(2025, 6, 12, "День России");
        yield return Off(2025, 6, 13, $"Перенос с 8 марта ({decree})");
        yield return Working(2025, 11, 1, $"Рабочая суббота: выходной перенесён на 3 ноября ({decree})");
        yield return Off(2025, 11, 3, $"Перенос с 1 ноября ({decree})");
        yield return Off(2025, 11, 4, "День народного единства");
        yield return Off(2025, 12, 31, $"Перенос с 5 января ({decree})");
    }

    private static IEnumerable<SpecialDay> Year2026()
    {
        const string decree = "ПП РФ от 24.09.2025 № 1466";
        foreach (var day in new[] { 1, 2, 5, 6, 7, 8 })
        {
            yield return Off(2026, 1, day, "Новогодние каникулы");
        }

        yield return Off(2026, 1, 9, $"Перенос с 3 января ({decree})");
        yield return Off(2026, 2, 23, "День защитника Отечества");
        yield return Off(2026, 3, 9, "Перенос с 8 марта (ТК РФ ст. 112)");
        yield return Off(2026, 5, 1, "Праздник Весны и Труда");
        yield return Off(2026, 5, 11, "Перенос с 9 мая (ТК РФ ст. 112)");
        yield return Off(2026, 6, 12, "День России");
        yield return Off(2026, 11, 4, "День народного единства");
        yield return Off(2026, 12, 31, $"Перенос с 4 января ({decree})");
    }

    private static IEnumerable<SpecialDay> Year2027()
    {
        const string law = "ТК РФ ст. 112; постановление о переносе на 2027 год ещё не учтено";
        foreach (var day in new[] { 1, 4, 5, 6, 7, 8 })
        {
            yield return Off(2027, 1, day, "Новогодние каникулы");
        }

        yield return Off(2027, 2, 23, "День защитника Отечества");
        yield return Off(2027, 3, 8, "Международный женский день");
        yield return Off(2027, 5, 3, $"Перенос с 1 мая ({law})");
        yield return Off(2027, 5, 10, $"Перенос с 9 мая ({law})");
        yield return Off(2027, 6, 14, $"Перенос с 12 июня ({law})");
        yield return Off(2027, 11, 4, "День народного единства");
    }

    private static SpecialDay Off(int year, int month, int day, string reason) => new(new DateOnly(year, month, day), false, reason);

    private static SpecialDay Working(int year, int month, int day, string reason) => new(new DateOnly(year, month, day), true, reason);
}
