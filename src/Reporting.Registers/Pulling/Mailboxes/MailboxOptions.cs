using System.ComponentModel.DataAnnotations;
using System.Net;
using Reporting.Output.Mail;

namespace Reporting.Registers.Pulling.Mailboxes;

/// <summary>
/// One mailbox under <c>Sources:Mailboxes</c> to which clerks e-mail their registers. The password
/// belongs in the environment (<c>Sources__Mailboxes__0__Password</c>), never in the repository.
/// </summary>
public sealed class MailboxOptions
{
    public string Name { get; set; } = "";

    public string Host { get; set; } = "";

    public int Port { get; set; } = 993;

    /// <summary>TLS unless the server is on this machine: a clerk's register and the password never cross a network in clear.</summary>
    public MailSecurity Security { get; set; } = MailSecurity.SslOnConnect;

    public string UserName { get; set; } = "";

    public string? Password { get; set; }

    public string Inbox { get; set; } = "INBOX";

    /// <summary>Where a message goes once it is answered; created when missing.</summary>
    public string ProcessedFolder { get; set; } = "Đã xử lý";

    /// <summary>A larger message is not downloaded; its sender is told the limit.</summary>
    public long MaxMessageBytes { get; set; } = 25L << 20;

    /// <summary>Registers taken from one message, a zip's counted one by one.</summary>
    public int MaxAttachments { get; set; } = 20;

    /// <summary>Messages read in one pull; the rest wait for the next.</summary>
    public int MaxMessages { get; set; } = 500;

    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>The upload page's address as clerks reach it, named in the answers as the other way to send a register.</summary>
    public string? UploadPageUrl { get; set; }

    /// <summary>Who may speak for which unit: an address or a whole domain, and unit codes (<c>*</c> for every unit).</summary>
    public List<SenderRule> Senders { get; set; } = [];

    public sealed class SenderRule
    {
        public string? Address { get; set; }
        public string? Domain { get; set; }
        public List<string> Units { get; set; } = [];
    }

    public IEnumerable<ValidationResult> Validate(string section)
    {
        var where = $"{section} '{Name}'";
        if (string.IsNullOrWhiteSpace(Name) || string.IsNullOrWhiteSpace(Host) || string.IsNullOrWhiteSpace(UserName))
            yield return new ValidationResult($"{section}: every mailbox needs a Name, a Host and a UserName.");
        if (Port is < 1 or > 65535)
            yield return new ValidationResult($"{where}: Port must be between 1 and 65535.");
        if (Security == MailSecurity.None && !IsLoopback(Host))
            yield return new ValidationResult($"{where}: Security 'None' (plain IMAP) is allowed only for a server on this machine; '{Host}' is not.");
        if (string.IsNullOrWhiteSpace(ProcessedFolder) || string.Equals(ProcessedFolder, Inbox, StringComparison.OrdinalIgnoreCase))
            yield return new ValidationResult($"{where}: ProcessedFolder must be a folder other than the Inbox.");
        if (MaxMessageBytes < 1 || MaxAttachments < 1 || MaxMessages < 1 || TimeoutSeconds is < 1 or > 600)
            yield return new ValidationResult($"{where}: MaxMessageBytes, MaxAttachments and MaxMessages must be positive, TimeoutSeconds 1–600.");
        foreach (var rule in Senders)
        {
            if (string.IsNullOrWhiteSpace(rule.Address) == string.IsNullOrWhiteSpace(rule.Domain))
                yield return new ValidationResult($"{where}: every sender rule names either an Address or a Domain.");
            if (rule.Units.Count == 0)
                yield return new ValidationResult($"{where}: the sender rule for '{rule.Address ?? rule.Domain}' names no Units (a unit code, or * for every unit).");
        }
    }

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
}
