using MimeKit;
using Reporting.Output.Mail;

namespace Reporting.Reports.Delivery;

/// <summary>Sends reports to <c>Mail:To</c> through the configured SMTP server.</summary>
public sealed class SmtpReportMailer(SmtpSender sender) : IReportMailer
{
    public async Task<string> SendAsync(ReportMail mail, CancellationToken cancellationToken)
    {
        var options = sender.Options;
        var recipients = string.Join(", ", options.To);
        if (!options.IsConfigured)
            return "Chưa cấu hình thư (Mail:Host): không gửi.";
        if (options.DryRun)
            return $"Chạy thử (Mail:DryRun): sẽ gửi \"{mail.Subject}\" kèm {Path.GetFileName(mail.AttachmentPath)} tới {recipients} qua {options.Host}:{options.Port}.";

        using var message = Compose(mail, options);
        await sender.SendAsync(message, cancellationToken);
        return $"Đã gửi \"{mail.Subject}\" tới {recipients}.";
    }

    private MimeMessage Compose(ReportMail mail, MailOptions options)
    {
        var message = new MimeMessage { Subject = mail.Subject };
        message.From.Add(sender.From);
        foreach (var to in options.To)
            message.To.Add(MailboxAddress.Parse(to));
        var body = new BodyBuilder { TextBody = mail.Body };
        body.Attachments.Add(mail.AttachmentPath);
        message.Body = body.ToMessageBody();
        return message;
    }
}
