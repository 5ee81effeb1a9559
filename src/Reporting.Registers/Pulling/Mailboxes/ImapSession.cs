using MailKit;
using MailKit.Net.Imap;
using Reporting.Output.Mail;

namespace Reporting.Registers.Pulling.Mailboxes;

/// <summary>A logged-in connection to a mailbox with its inbox open for reading and moving.</summary>
internal sealed class ImapSession(ImapClient client, IMailFolder inbox) : IAsyncDisposable
{
    public IMailFolder Inbox => inbox;

    public static async Task<ImapSession> OpenAsync(MailboxOptions options, CancellationToken cancellationToken)
    {
        var client = new ImapClient { Timeout = options.TimeoutSeconds * 1000 };
        try
        {
            await client.ConnectAsync(options.Host, options.Port, options.Security.ToSocketOptions(), cancellationToken);
            if (!client.IsSecure && options.Security != MailSecurity.None)
                throw new InvalidOperationException("máy chủ không có TLS; không gửi mật khẩu khi chưa mã hoá (xem Security).");
            await client.AuthenticateAsync(options.UserName, options.Password ?? string.Empty, cancellationToken);
            var inbox = options.Inbox.Equals("INBOX", StringComparison.OrdinalIgnoreCase)
                ? client.Inbox
                : await client.GetFolderAsync(options.Inbox, cancellationToken);
            await inbox.OpenAsync(FolderAccess.ReadWrite, cancellationToken);
            return new ImapSession(client, inbox);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>The folder answered messages go to, created the first time.</summary>
    public async Task<IMailFolder> ProcessedFolderAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            return await client.GetFolderAsync(name, cancellationToken);
        }
        catch (FolderNotFoundException)
        {
            // Where folders live under the inbox (Courier, Cyrus), the one created last time is INBOX.<name>.
            var root = client.GetFolder(client.PersonalNamespaces[0]);
            try
            {
                return await root.GetSubfolderAsync(name, cancellationToken);
            }
            catch (FolderNotFoundException)
            {
                return await root.CreateAsync(name, isMessageFolder: true, cancellationToken)
                    ?? throw new InvalidOperationException($"máy chủ không tạo được thư mục \"{name}\".");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (client.IsConnected)
                await client.DisconnectAsync(quit: true);
        }
        catch (Exception exception) when (exception is IOException or ImapProtocolException or ImapCommandException or OperationCanceledException)
        {
            // The work is done or already failed; a broken goodbye changes nothing.
        }
        client.Dispose();
    }
}
