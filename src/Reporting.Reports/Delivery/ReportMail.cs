namespace Reporting.Reports.Delivery;

/// <summary>A report to send: a short Vietnamese message with the report attached.</summary>
public sealed record ReportMail(string Subject, string Body, string AttachmentPath);

/// <summary>Where reports go by e-mail. A failure throws, so the run that sends fails visibly and is retried.</summary>
public interface IReportMailer
{
    /// <summary>Sends the mail, or says what it would send; returns one line for the run's log.</summary>
    Task<string> SendAsync(ReportMail mail, CancellationToken cancellationToken);
}
