using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using MimeKit;

namespace Reporting.IntegrationTests.Infrastructure;

/// <summary>
/// A real IMAP server for one test: Dovecot from Debian's packages (installed by <c>.ci/run</c>),
/// started on a free loopback port with a configuration and a mail store of its own, and one
/// mailbox user. Messages are delivered by IMAP APPEND, as a mail server's delivery agent would.
/// </summary>
internal sealed class DovecotServer : IAsyncDisposable
{
    private const string Binary = "/usr/sbin/dovecot";

    private readonly string _folder;

    private DovecotServer(string folder, int port)
    {
        _folder = folder;
        Port = port;
    }

    public int Port { get; }
    public string UserName => "soxa@khuyenhoc.example";
    public string Password => "mat-khau-thu";
    private string Configuration => Path.Combine(_folder, "dovecot.conf");

    public static async Task<DovecotServer> StartAsync()
    {
        if (OperatingSystem.IsWindows() || !File.Exists(Binary))
            throw new InvalidOperationException($"{Binary} is missing: install dovecot-imapd (.ci/run does).");
        var folder = Directory.CreateTempSubdirectory("reporting-imap-").FullName;
        // Dovecot's own processes run as its users when we are root, and must reach the folder.
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        var server = new DovecotServer(folder, FreePorts.Next());
        var asRoot = Environment.UserName == "root";
        var (internalUser, loginUser, mailUser) = asRoot ? ("dovecot", "dovenull", "dovecot") : (Environment.UserName, Environment.UserName, Environment.UserName);
        var mail = Path.Combine(folder, "mail");
        Directory.CreateDirectory(mail);
        await File.WriteAllTextAsync(Path.Combine(folder, "users"), $"{server.UserName}:{{PLAIN}}{server.Password}\n");
        await File.WriteAllTextAsync(server.Configuration, $$"""
            base_dir = {{folder}}/run
            state_dir = {{folder}}/state
            log_path = {{folder}}/dovecot.log
            protocols = imap
            listen = 127.0.0.1
            ssl = no
            disable_plaintext_auth = no
            auth_mechanisms = plain login
            mail_location = maildir:{{mail}}/%u
            first_valid_uid = 0
            default_internal_user = {{internalUser}}
            default_login_user = {{loginUser}}
            passdb {
              driver = passwd-file
              args = scheme=PLAIN username_format=%u {{folder}}/users
            }
            userdb {
              driver = static
              args = uid={{mailUser}} gid={{mailUser}} home={{mail}}/%u
            }
            service imap-login {
              inet_listener imap {
                address = 127.0.0.1
                port = {{server.Port}}
              }
              inet_listener imaps {
                port = 0
              }
              chroot =
            }
            service anvil {
              chroot =
            }
            """);
        if (asRoot)
            await Tools.RunAsync("chown", $"-R {mailUser}:{mailUser} {mail}");
        await Tools.RunAsync(Binary, $"-c {server.Configuration}");
        await server.WaitUntilListeningAsync();
        return server;
    }

    /// <summary>Puts a message in a folder of the mailbox, as a delivery agent would.</summary>
    public async Task DeliverAsync(MimeMessage message, string folder = "INBOX")
    {
        using var client = await ConnectAsync();
        var target = folder == "INBOX" ? client.Inbox : await client.GetFolderAsync(folder);
        await target.AppendAsync(message, MessageFlags.None);
        await client.DisconnectAsync(true);
    }

    /// <summary>The subjects of the messages in a folder, or null when the folder does not exist.</summary>
    public async Task<List<string>?> SubjectsAsync(string folder)
    {
        using var client = await ConnectAsync();
        IMailFolder target;
        try
        {
            target = folder == "INBOX" ? client.Inbox : await client.GetFolderAsync(folder);
        }
        catch (FolderNotFoundException)
        {
            return null;
        }
        await target.OpenAsync(FolderAccess.ReadOnly);
        var subjects = new List<string>();
        foreach (var uid in await target.SearchAsync(SearchQuery.All))
            subjects.Add((await target.GetMessageAsync(uid)).Subject ?? "");
        await client.DisconnectAsync(true);
        return subjects;
    }

    public string Log => File.Exists(Path.Combine(_folder, "dovecot.log")) ? File.ReadAllText(Path.Combine(_folder, "dovecot.log")) : "";

    private async Task<ImapClient> ConnectAsync()
    {
        var client = new ImapClient();
        await client.ConnectAsync("127.0.0.1", Port, SecureSocketOptions.None);
        await client.AuthenticateAsync(UserName, Password);
        return client;
    }

    private async Task WaitUntilListeningAsync()
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var client = await ConnectAsync();
                await client.DisconnectAsync(true);
                return;
            }
            catch (Exception exception) when (attempt < 100 && exception is System.Net.Sockets.SocketException or IOException or ImapProtocolException)
            {
                await Task.Delay(100);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Tools.RunAsync(Binary, $"-c {Configuration} stop");
        for (var attempt = 0; attempt < 50 && File.Exists(Path.Combine(_folder, "run", "master.pid")); attempt++)
            await Task.Delay(100);
        Directory.Delete(_folder, recursive: true);
    }
}
