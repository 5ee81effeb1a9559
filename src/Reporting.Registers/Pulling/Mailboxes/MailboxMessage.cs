using MailKit;
using MimeKit;

namespace Reporting.Registers.Pulling.Mailboxes;

/// <summary>
/// A message read in a pull and what its answer must say: the registers handed to the pull (by
/// origin), the files not read, or why the message as a whole is refused or left unanswered.
/// </summary>
public sealed record MailboxMessage(
    UniqueId Uid,
    string Origin,
    string? MessageId,
    MailboxAddress? From,
    string Subject,
    DateTimeOffset Date,
    IReadOnlyList<string> RegisterOrigins,
    IReadOnlyList<string> NotRead,
    string? Refusal,
    string? Silence);
