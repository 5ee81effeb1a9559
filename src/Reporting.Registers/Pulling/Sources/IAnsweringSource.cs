namespace Reporting.Registers.Pulling.Sources;

/// <summary>A source whose senders are answered once the pull has stored what they sent: a mailbox.</summary>
public interface IAnsweringSource
{
    /// <summary>Answers every message read in this pull and puts it away; returns one line per message for the pull's summary.</summary>
    Task<IReadOnlyList<SourceAnswer>> AnswerAsync(PullSummary summary, CancellationToken cancellationToken);
}

/// <summary>What was done with one message: answered (to whom), or why not; failed when it should have been and could not.</summary>
public sealed record SourceAnswer(string Source, string Origin, string? To, string Outcome, bool Failed = false);
