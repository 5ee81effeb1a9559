using System.ComponentModel.DataAnnotations;

namespace Reporting.Scheduling.Schedules;

/// <summary>
/// Section <c>Scheduler</c>: how the Hangfire server of <c>reporting serve</c> works through its jobs
/// (the section's lock lease is the run ledger's, <see cref="Data.Runs.JobLockOptions"/>).
/// </summary>
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

    /// <summary>How long the dashboard keeps a finished job (succeeded or deleted) before it is removed from its lists.</summary>
    [Range(1, 3650)]
    public int KeepFinishedJobsDays { get; set; } = 30;
}
