using System.Security.Cryptography;
using System.Text;

namespace PolicyPortal.Domain.Acknowledgements;

/// <summary>
/// The agreement on the simple electronic signature (63-ФЗ ст. 9), one row per version. A version never changes:
/// a new text is a new version, and everyone accepts it again before signing.
/// </summary>
public sealed class SignatureAgreement
{
    private SignatureAgreement() { }

    public int Id { get; private set; }
    public int Version { get; private set; }
    public string Text { get; private set; } = "";
    /// <summary>SHA-256 of <see cref="Text"/>: what an acceptance refers to.</summary>
    public string Hash { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";

    public static SignatureAgreement Create(int version, string text, string by, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException("Текст соглашения не может быть пустым.");
        }

        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        return new SignatureAgreement
        {
            Version = version,
            Text = normalized,
            Hash = HashOf(normalized),
            CreatedAt = at,
            CreatedBy = by,
        };
    }

    public static string HashOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public AgreementAcceptance AcceptBy(string userId, DateTimeOffset at) => AgreementAcceptance.Record(userId, this, at);

    public const string DefaultText = """
        Соглашение об использовании простой электронной подписи

        1. Настоящее соглашение заключается между образовательной организацией и её работником в соответствии со статьёй 9 Федерального закона от 06.04.2011 № 63-ФЗ «Об электронной подписи» и определяет порядок ознакомления работника с локальными нормативными актами и приказами на портале.

        2. Простой электронной подписью работника является сочетание его логина (адреса электронной почты) и пароля. Подписант определяется по учётной записи, с которой выполнен вход на портал и повторно введён пароль при подтверждении ознакомления.

        3. Работник обязуется хранить пароль в тайне, не передавать его другим лицам и немедленно сообщить администратору портала, если пароль стал известен кому-либо ещё.

        4. Отметка «С документом ознакомлен(а)», подтверждённая паролем, признаётся равнозначной собственноручной подписи работника на листе ознакомления с документом. Соглашение действует для внутренних документов организации.

        5. Портал сохраняет сведения о каждом ознакомлении: работника, учётную запись, редакцию документа и её контрольную сумму, дату и время, IP-адрес и сведения о браузере. Записи не изменяются и не удаляются.

        6. Работник, не принявший соглашение, может ознакомиться с документом на бумаге.
        """;
}

/// <summary>A user's acceptance of one version of the agreement, with the time and the text's hash.</summary>
public sealed class AgreementAcceptance
{
    private AgreementAcceptance() { }

    public long Id { get; private set; }
    public string UserId { get; private set; } = "";
    public int AgreementVersion { get; private set; }
    public string AgreementHash { get; private set; } = "";
    public DateTimeOffset AcceptedAt { get; private set; }

    internal static AgreementAcceptance Record(string userId, SignatureAgreement agreement, DateTimeOffset at) => new()
    {
        UserId = userId,
        AgreementVersion = agreement.Version,
        AgreementHash = agreement.Hash,
        AcceptedAt = at,
    };
}
