using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Reporting.Reports.Delivery;

/// <summary>Sends reports through the configured SMTP server with MailKit.</summary>
public sealed class SmtpReportMailer(MailOptions options) : IReportMailer
{
    public async Task<string> SendAsync(ReportMail mail, CancellationToken cancellationToken)
    {
        var recipients = string.Join(", ", options.To);
        if (!options.IsConfigured)
            return "Chưa cấu hình thư (Mail:Host): không gửi.";
        if (options.DryRun)
            return $"Chạy thử (Mail:DryRun): sẽ gửi \"{mail.Subject}\" kèm {Path.GetFileName(mail.AttachmentPath)} tới {recipients} qua {options.Host}:{options.Port}.";

        using var message = Compose(mail);
        using var client = new SmtpClient { Timeout = options.TimeoutSeconds * 1000 };
        try
        {
            await client.ConnectAsync(options.Host!, options.Port, Security(options.Security), cancellationToken);
            if (!string.IsNullOrEmpty(options.UserName) && !client.IsSecure && options.Security != MailSecurity.None)
                throw new InvalidOperationException("the server offered no TLS, and the password is not sent in clear (Mail:Security).");
            if (!string.IsNullOrEmpty(options.UserName))
                await client.AuthenticateAsync(options.UserName, options.Password ?? string.Empty, cancellationToken);
            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw new ReportDeliveryException($"Không gửi được thư tới {recipients} qua {options.Host}:{options.Port}: {exception.Message}", exception);
        }
        return $"Đã gửi \"{mail.Subject}\" tới {recipients}.";
    }

    private MimeMessage Compose(ReportMail mail)
    {
        var message = new MimeMessage { Subject = mail.Subject };
        message.From.Add(MailboxAddress.Parse(options.From));
        foreach (var to in options.To)
            message.To.Add(MailboxAddress.Parse(to));
        var body = new BodyBuilder { TextBody = mail.Body };
        body.Attachments.Add(mail.AttachmentPath);
        message.Body = body.ToMessageBody();
        return message;
    }

    private static SecureSocketOptions Security(MailSecurity security) => security switch
    {
        MailSecurity.None => SecureSocketOptions.None,
        MailSecurity.StartTls => SecureSocketOptions.StartTls,
        MailSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}

public sealed class ReportDeliveryException(string message, Exception inner) : Exception(message, inner);
