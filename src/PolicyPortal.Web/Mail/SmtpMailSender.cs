using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace PolicyPortal.Web.Mail;

public sealed class SmtpMailSender(IOptions<MailOptions> mailOptions, ILogger<SmtpMailSender> logger) : IMailSender
{
    private readonly MailOptions options = mailOptions.Value;

    public bool Delivers => true;

    public async Task SendAsync(OutgoingMail mail, CancellationToken ct = default)
    {
        var smtp = options.Smtp;
        using var client = new SmtpClient();
        var security = !smtp.UseTls ? SecureSocketOptions.None : smtp.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable;
        await client.ConnectAsync(smtp.Host ?? "localhost", smtp.Port, security, ct);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", ct);
        }

        await client.SendAsync(MailMessages.ToMime(mail, options), ct);
        await client.DisconnectAsync(quit: true, ct);
        logger.LogInformation("Mail «{Subject}» sent to {To}", mail.Subject, mail.To);
    }
}
