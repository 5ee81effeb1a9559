namespace Reporting.Data.Model;

public enum RunStatus
{
    Running,
    Succeeded,
    Failed,
    /// <summary>Asked for with parameters it cannot run with (a scheduled month outside the programme): nothing was written; the error says why.</summary>
    Skipped,
    /// <summary>Ran to its end but refused part of its input (a pull that rejected files or rows); the error says what.</summary>
    WithErrors,
}

/// <summary>The run ledger: every job run, from the command line or the scheduler.</summary>
public sealed class RunRecord
{
    public Guid Id { get; set; }
    public required string Job { get; set; }
    public required string Parameters { get; set; }
    public required string StartedBy { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
    public RunStatus Status { get; set; }
    public string? Error { get; set; }
    /// <summary>What the run did, in a line of Vietnamese for the run list (a pull: files by source and what became of them).</summary>
    public string? Outcome { get; set; }
}
