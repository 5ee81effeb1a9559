namespace Reporting.Domain.Runs;

/// <summary>
/// The result of a run that can end with part of its input refused (a pull that rejected files or
/// rows): the run ledger records it as finished with errors, with this sentence, not as a success.
/// </summary>
public interface IRunResult
{
    /// <summary>What was refused, in Vietnamese, for the run list; null when nothing was.</summary>
    string? Refused { get; }
}
