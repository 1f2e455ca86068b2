using PolicyPortal.Domain.Import;

namespace PolicyPortal.UnitTests.Import;

public class SignatureImportTests
{
    private static string Order(string signature) => $"""
        ПРИКАЗ

        01.09.2025 № 12-о

        О применении сервисов

        приказываю:
        1. Утвердить порядок (Приложение 1).
        2. Контроль оставляю за собой.

        {signature}
        """;

    [Theory]
    [InlineData("Директор И.И. Иванова", "Директор", "И.И. Иванова")]
    [InlineData("Директор ______ Н.А.Ермакова", "Директор", "Н.А.Ермакова")]
    [InlineData("Директор Ерохин А.В.", "Директор", "Ерохин А.В.")]
    [InlineData("Директор ГАПОУ СО «БПТ» О.Н. Петров", "Директор ГАПОУ СО «БПТ»", "О.Н. Петров")]
    public void The_signatory_name_is_read_after_the_position(string line, string position, string name)
    {
        var requisites = DocumentImporter.Import(Order(line)).Content.Requisites;

        Assert.Equal(position, requisites.SignatoryPosition);
        Assert.Equal(name, requisites.SignatoryName);
    }
}
