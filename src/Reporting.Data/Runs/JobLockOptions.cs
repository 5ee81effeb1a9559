using System.ComponentModel.DataAnnotations;

namespace Reporting.Data.Runs;

/// <summary>Section <c>Scheduler</c>, as far as the run ledger reads it: how long a job's lock holds unrenewed.</summary>
public sealed class JobLockOptions
{
    public const string Section = "Scheduler";

    /// <summary>A job's lock in the database lapses this long after its run stops renewing it.</summary>
    [Range(2, 86_400)]
    public int LockLeaseSeconds { get; set; } = (int)LockLease.Default.Duration.TotalSeconds;

    public LockLease ToLease() => new(TimeSpan.FromSeconds(LockLeaseSeconds));
}
