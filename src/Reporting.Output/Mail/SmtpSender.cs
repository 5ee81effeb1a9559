using MailKit.Net.Smtp;
using MimeKit;

namespace Reporting.Output.Mail;

/// <summary>Sends a message through the configured SMTP server: the monthly summary and the answers to clerks alike.</summary>
public sealed class SmtpSender(MailOptions options)
{
    public MailOptions Options => options;

    public MailboxAddress From => MailboxAddress.Parse(options.From);

    /// <summary>Sends, or throws <see cref="MailDeliveryException"/> saying to whom and through which server it failed.</summary>
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient { Timeout = options.TimeoutSeconds * 1000 };
        try
        {
            await client.ConnectAsync(options.Host!, options.Port, options.Security.ToSocketOptions(), cancellationToken);
            if (!string.IsNullOrEmpty(options.UserName) && !client.IsSecure && options.Security != MailSecurity.None)
                throw new InvalidOperationException("the server offered no TLS, and the password is not sent in clear (Mail:Security).");
            if (!string.IsNullOrEmpty(options.UserName))
                await client.AuthenticateAsync(options.UserName, options.Password ?? string.Empty, cancellationToken);
            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw new MailDeliveryException($"Không gửi được thư tới {string.Join(", ", message.To)} qua {options.Host}:{options.Port}: {exception.Message}", exception);
        }
    }
}

public sealed class MailDeliveryException(string message, Exception inner) : Exception(message, inner);
