using MailKit.Security;

namespace Reporting.Output.Mail;

/// <summary>How a connection to a mail server (SMTP or IMAP) is secured.</summary>
public enum MailSecurity
{
    /// <summary>STARTTLS, required: the connection fails rather than send a password in clear.</summary>
    StartTls,
    SslOnConnect,
    /// <summary>STARTTLS when the server offers it; a login is then refused unless the connection is secure.</summary>
    Auto,
    /// <summary>Plain, for a server on this machine or a test server.</summary>
    None,
}

public static class MailSecurityExtensions
{
    public static SecureSocketOptions ToSocketOptions(this MailSecurity security) => security switch
    {
        MailSecurity.None => SecureSocketOptions.None,
        MailSecurity.StartTls => SecureSocketOptions.StartTls,
        MailSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
