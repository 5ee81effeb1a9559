using System.Runtime.CompilerServices;
using MailKit;
using MailKit.Search;
using MimeKit;
using Reporting.Output.Mail;
using Reporting.Registers.Pulling.Sources;
using Reporting.Registers.Reading;

namespace Reporting.Registers.Pulling.Mailboxes;

/// <summary>
/// A mailbox clerks e-mail their registers to. Every message in the inbox is read: its register
/// attachments go to the pull as registers of the units the sender may speak for (the workbook's
/// <c>ThongTin</c> says which); once the pull has stored them, the sender gets one answer and the
/// message moves to the processed folder. A message still in the inbox after a crash is read again:
/// its registers are known by their hash and not stored twice, and the answer says what became of
/// them the first time. One instance serves one pull.
/// </summary>
public sealed class MailboxSource(MailboxOptions options, SmtpSender smtp, FileLimits limits, MailboxAnswers answers) : IRegisterSource, IAnsweringSource
{
    private readonly List<MailboxMessage> _read = [];
    private readonly SenderRules _senders = new(options.Senders);

    public string Name => options.Name;

    private string MailboxOrigin => $"imap://{options.Host}/{options.Inbox}";

    public async IAsyncEnumerable<SourceEvent> ReadAsync(SourceQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (query.Filter.Year is not null || query.Filter.Unit is not null)
        {
            // Which unit and year a message speaks for is known only once its registers are read.
            yield return new SourceEvent.Ignored(Name, MailboxOrigin, "lần thu này chỉ lấy sổ của một năm hay một đơn vị; thư trong hộp thư chờ lần thu toàn bộ.");
            yield break;
        }
        if (!smtp.Options.IsConfigured)
        {
            yield return Failed("cần máy chủ gửi thư (Mail:Host) để trả lời người gửi; chưa đọc thư nào.");
            yield break;
        }
        var (session, messages, problem) = await OpenAsync(cancellationToken);
        if (session is null)
        {
            yield return Failed(problem!);
            yield break;
        }
        await using (session)
        {
            foreach (var summary in messages.OrderBy(m => m.UniqueId.Id))
            {
                var (message, events, failure) = await ReadMessageAsync(session, summary, cancellationToken);
                if (failure is not null)
                {
                    // Left in the inbox, unanswered: the next pull reads it again; the other messages go on.
                    yield return new SourceEvent.Ignored(Name, $"{MailboxOrigin};UID={summary.UniqueId.Id}", failure);
                    continue;
                }
                _read.Add(message!);
                foreach (var happened in events)
                    yield return happened;
            }
        }
    }

    private async Task<(ImapSession? Session, IList<IMessageSummary> Messages, string? Problem)> OpenAsync(CancellationToken cancellationToken)
    {
        ImapSession? session = null;
        try
        {
            session = await ImapSession.OpenAsync(options, cancellationToken);
            var uids = await session.Inbox.SearchAsync(SearchQuery.All, cancellationToken);
            var oldest = uids.OrderBy(u => u.Id).Take(options.MaxMessages).ToList();
            var messages = await session.Inbox.FetchAsync(oldest,
                MessageSummaryItems.UniqueId | MessageSummaryItems.Size | MessageSummaryItems.Envelope | MessageSummaryItems.Headers, cancellationToken);
            return (session, messages, null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            if (session is not null)
                await session.DisposeAsync();
            return (null, [], $"không đọc được hộp thư {options.UserName} trên {options.Host}:{options.Port}: {exception.Message}");
        }
    }

    private async Task<(MailboxMessage? Message, List<SourceEvent> Events, string? Failure)> ReadMessageAsync(
        ImapSession session, IMessageSummary summary, CancellationToken cancellationToken)
    {
        var headers = summary.Headers ?? [];
        // The envelope, not the headers' decoded text: a display name "UBND xã X, huyện Y" holds a comma.
        var from = summary.Envelope?.From.Mailboxes.FirstOrDefault();
        var subject = summary.Envelope?.Subject?.Trim() ?? "";
        var date = summary.Envelope?.Date ?? DateTimeOffset.MinValue;
        var origin = $"{MailboxOrigin};UIDVALIDITY={session.Inbox.UidValidity}/;UID={summary.UniqueId.Id}";
        var messageId = summary.Envelope?.MessageId;
        MailboxMessage Message(IReadOnlyList<string> registers, IReadOnlyList<string> notRead, string? refusal = null, string? silence = null) =>
            new(summary.UniqueId, origin, messageId, from, subject, date, registers, notRead, refusal, silence);

        var silence = AutomaticMail.WhyNotAnswered(headers, from, [smtp.From.Address, options.UserName]);
        // A commune's mail forwarded automatically still carries its registers: read, not answered.
        if (silence is not null && (from is null || !AutomaticMail.IsForwarded(headers)))
            return (Message([], [], silence: silence), [new SourceEvent.Ignored(Name, origin, $"không trả lời: {silence}")], null);
        if (summary.Size > options.MaxMessageBytes)
            return (Message([], [], $"Thư quá lớn ({summary.Size / 1024:N0} KB, tối đa {options.MaxMessageBytes / 1024:N0} KB): chưa đọc. Xin gửi mỗi sổ một thư, hoặc nén sổ (.zip).", silence), [], null);

        MimeMessage mime;
        try
        {
            mime = await session.Inbox.GetMessageAsync(summary.UniqueId, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return (null, [], $"không tải được thư {origin}: {exception.Message}");
        }
        using (mime)
        {
            var contents = MailAttachments.Of(mime, limits, options.MaxAttachments);
            var expected = _senders.For(from!);
            var events = new List<SourceEvent>();
            var registers = new List<string>();
            var notRead = new List<string>(contents.NotRead);
            foreach (var file in contents.Files)
            {
                var fileOrigin = $"{origin}/{file.Name}";
                var fileName = Path.GetFileName(file.Name);
                registers.Add(fileOrigin);
                events.Add(file.Bytes is { } bytes
                    ? new SourceEvent.Received(new IncomingRegister(Name, fileOrigin, fileName, expected, RegisterFormat.Workbook, [new IncomingPart(fileName, bytes)]))
                    : new SourceEvent.TooLarge(Name, fileOrigin, fileName, expected, file.Size, file.Sha256, Kept: false));
            }
            var refusal = registers.Count == 0
                ? "Thư không có tệp sổ đính kèm nào (sổ là tệp bảng tính .xlsx, .xls hoặc .ods, có thể nén trong tệp .zip)."
                : null;
            return (Message(registers, notRead, refusal, silence), events, null);
        }
    }

    public async Task<IReadOnlyList<SourceAnswer>> AnswerAsync(PullSummary summary, CancellationToken cancellationToken)
    {
        if (_read.Count == 0)
            return [];
        var answered = new List<SourceAnswer>();
        await using var session = await ImapSession.OpenAsync(options, cancellationToken);
        var processed = await session.ProcessedFolderAsync(options.ProcessedFolder, cancellationToken);
        var results = summary.Files.Where(f => f.Source == Name).ToLookup(f => f.Origin, StringComparer.Ordinal);
        foreach (var message in _read)
        {
            var outcome = message.Silence is { } silence ? $"Không trả lời: {silence}." : null;
            if (outcome is null)
            {
                using var answer = await answers.ComposeAsync(message, message.RegisterOrigins.Distinct().SelectMany(o => results[o]).ToList(), smtp.From, cancellationToken);
                if (smtp.Options.DryRun)
                {
                    answered.Add(new SourceAnswer(Name, message.Origin, null, $"Chạy thử (Mail:DryRun): sẽ trả lời \"{answer.Subject}\" tới {message.From?.Address}; thư để lại trong hộp thư."));
                    continue;
                }
                try
                {
                    // Sent before the message moves: a crash in between answers it twice rather than never.
                    await smtp.SendAsync(answer, cancellationToken);
                }
                catch (MailDeliveryException failure)
                {
                    // Left in the inbox: the next pull finds its registers known and answers it then; the other messages go on.
                    answered.Add(new SourceAnswer(Name, message.Origin, null, $"Chưa trả lời được {message.From?.Address}: {failure.Message} Thư để lại trong hộp thư.", Failed: true));
                    continue;
                }
                outcome = $"Đã trả lời \"{answer.Subject}\".";
            }
            await session.Inbox.MoveToAsync(message.Uid, processed, cancellationToken);
            answered.Add(new SourceAnswer(Name, message.Origin, message.Silence is null ? message.From?.Address : null, outcome));
        }
        return answered;
    }

    private SourceEvent.Failed Failed(string message) => new(Name, $"Hộp thư {Name}: {message}");
}
