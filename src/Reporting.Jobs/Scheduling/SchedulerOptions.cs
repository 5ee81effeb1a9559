using System.ComponentModel.DataAnnotations;
using Reporting.Data.Runs;

namespace Reporting.Jobs.Scheduling;

/// <summary>Section <c>Scheduler</c>: how the Hangfire server of <c>reporting serve</c> works through its jobs.</summary>
public sealed class SchedulerOptions
{
    public const string Section = "Scheduler";

    /// <summary>Jobs one server runs at a time.</summary>
    [Range(1, 64)]
    public int WorkerCount { get; set; } = 2;

    /// <summary>
    /// PostgreSQL storage: a job whose server stopped renewing it for this long is handed to another
    /// server (the sliding invisibility timeout; a live server renews it while the job runs).
    /// </summary>
    [Range(5, 86_400)]
    public int InvisibilityTimeoutSeconds { get; set; } = 300;

    /// <summary>How often an idle server asks the storage for work.</summary>
    [Range(0.05, 60)]
    public double PollIntervalSeconds { get; set; } = 2;

    /// <summary>A job's lock in the database lapses this long after its run stops renewing it.</summary>
    [Range(2, 86_400)]
    public int LockLeaseSeconds { get; set; } = 120;

    public LockLease ToLease() => new(TimeSpan.FromSeconds(LockLeaseSeconds));
}
