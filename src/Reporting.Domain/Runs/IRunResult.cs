namespace Reporting.Domain.Runs;

/// <summary>
/// The result of a run that can end with part of its input refused (a pull that rejected files or
/// rows): the run ledger records it as finished with errors, with this sentence, not as a success,
/// and keeps what it did.
/// </summary>
public interface IRunResult
{
    /// <summary>What was refused, in Vietnamese, for the run list; null when nothing was.</summary>
    string? Refused { get; }

    /// <summary>What the run did, in Vietnamese, for the run list.</summary>
    string? Outcome { get; }
}
