using Microsoft.Extensions.Options;
using MimeKit;

namespace PolicyPortal.Web.Mail;

/// <summary>Configuration section «Mail»: <c>Mail:From</c>, <c>Mail:Smtp:*</c>, <c>Mail:PickupFolder</c>.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string From { get; set; } = "portal@localhost";
    public string FromName { get; set; } = "Портал документов";
    public SmtpOptions Smtp { get; set; } = new();
    /// <summary>Development and tests: each message is written here as an .eml file.</summary>
    public string? PickupFolder { get; set; }

    public sealed class SmtpOptions
    {
        public string? Host { get; set; }
        public int Port { get; set; } = 587;
        public string? UserName { get; set; }
        public string? Password { get; set; }
        /// <summary>STARTTLS when the server offers it (port 587), TLS from the start on port 465.</summary>
        public bool UseTls { get; set; } = true;
    }
}

public sealed record OutgoingMail(string To, string ToName, string Subject, string Body);

/// <summary>Sends portal mail: by SMTP in production, to a pickup folder in development and tests.</summary>
public interface IMailSender
{
    /// <summary>True when mail reaches people (SMTP); false when it is only written to a folder or nowhere.</summary>
    bool Delivers { get; }

    Task SendAsync(OutgoingMail mail, CancellationToken ct = default);
}

public static class MailMessages
{
    public static MimeMessage ToMime(OutgoingMail mail, MailOptions options)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(options.FromName, options.From));
        message.To.Add(new MailboxAddress(mail.ToName, mail.To));
        message.Subject = mail.Subject;
        message.Body = new TextPart("plain") { Text = mail.Body };
        return message;
    }

    public static IServiceCollection AddPortalMail(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IMailSender>(provider =>
            string.IsNullOrWhiteSpace(provider.GetRequiredService<IOptions<MailOptions>>().Value.Smtp.Host)
                ? ActivatorUtilities.CreateInstance<PickupFolderMailSender>(provider)
                : ActivatorUtilities.CreateInstance<SmtpMailSender>(provider));
        return services;
    }
}
