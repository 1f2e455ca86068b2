using Microsoft.Extensions.Options;

namespace PolicyPortal.Web.Mail;

/// <summary>No SMTP server configured: messages go to <c>Mail:PickupFolder</c> as .eml files, or only to the log.</summary>
public sealed class PickupFolderMailSender(IOptions<MailOptions> mailOptions, ILogger<PickupFolderMailSender> logger) : IMailSender
{
    private readonly MailOptions options = mailOptions.Value;

    public bool Delivers => false;

    public async Task SendAsync(OutgoingMail mail, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(options.PickupFolder))
        {
            logger.LogInformation("Mail «{Subject}» to {To} not sent: no SMTP server configured", mail.Subject, mail.To);
            return;
        }

        Directory.CreateDirectory(options.PickupFolder);
        var file = Path.Combine(options.PickupFolder, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
        await MailMessages.ToMime(mail, options).WriteToAsync(file, ct);
        logger.LogInformation("Mail «{Subject}» to {To} written to {File}", mail.Subject, mail.To, file);
    }
}
