using Reporting.Data.Model;
using Reporting.Registers.Pulling.Sources;

namespace Reporting.Registers.Pulling;

public sealed record PullSummary(
    IReadOnlyList<FileResult> Files,
    IReadOnlyList<SourceEvent.Ignored> Ignored,
    IReadOnlyList<SourceEvent.Failed> SourceFailures)
{
    /// <summary>What the answering sources (mailboxes) did with each message once the pull had stored its registers.</summary>
    public IReadOnlyList<SourceAnswer> Answers { get; init; } = [];

    public int Count(FileOutcome outcome) => Files.Count(f => f.Outcome == outcome);

    public int RowsAccepted => Files.Sum(f => f.RowsAccepted);

    public int RowsRejected => Files.Sum(f => f.RowsRejected);

    public bool AnythingRejected => Files.Any(f => f.Outcome == FileOutcome.Rejected || f.RowsRejected > 0);
}
