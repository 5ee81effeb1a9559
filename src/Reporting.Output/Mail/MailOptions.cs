using System.ComponentModel.DataAnnotations;

namespace Reporting.Output.Mail;

/// <summary>
/// Section <c>Mail</c>: the SMTP server through which reports are e-mailed and clerks are answered.
/// Without a host, nothing is sent; the password belongs in the environment (<c>Mail__Password</c>),
/// never in the repository.
/// </summary>
public sealed class MailOptions : IValidatableObject
{
    public const string Section = "Mail";

    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    public MailSecurity Security { get; set; } = MailSecurity.StartTls;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "Hội Khuyến học tỉnh Bình Thuận <khuyenhoc@binhthuan.gov.vn>";

    public List<string> To { get; set; } = [];

    /// <summary>Write the report and say what would be sent, without connecting to the server.</summary>
    public bool DryRun { get; set; }

    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 60;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsConfigured)
            yield break;
        if (To.Count == 0)
            yield return new ValidationResult("Mail:To must name at least one recipient when Mail:Host is set.", [nameof(To)]);
        foreach (var address in To.Append(From))
        {
            if (!MimeKit.MailboxAddress.TryParse(address, out _))
                yield return new ValidationResult($"Mail: '{address}' is not an e-mail address.", [nameof(To)]);
        }
    }
}
