using Hangfire;
using Hangfire.States;
using Hangfire.Storage;

namespace Reporting.Scheduling.Storage;

/// <summary>
/// How long a finished job stays in the dashboard (Hangfire's default is a day, too short to find
/// last week's run). Hangfire's filters are process-wide, and its filter list is not safe to change
/// while a server reads it: the filter is added once, and the host configured last sets the time.
/// </summary>
public sealed class FinishedJobsKept : IApplyStateFilter
{
    private static readonly Lock Adding = new();
    private static FinishedJobsKept? _added;
    private long _keepForTicks;

    public void OnStateApplied(ApplyStateContext context, IWriteOnlyTransaction transaction) =>
        context.JobExpirationTimeout = TimeSpan.FromTicks(Interlocked.Read(ref _keepForTicks));

    public void OnStateUnapplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
    }

    public static void Use(IGlobalConfiguration configuration, TimeSpan keepFor)
    {
        lock (Adding)
        {
            if (_added is null)
            {
                _added = new FinishedJobsKept();
                configuration.UseFilter(_added);
            }
            Interlocked.Exchange(ref _added._keepForTicks, keepFor.Ticks);
        }
    }
}

public static class FinishedJobsKeptRegistration
{
    public static IGlobalConfiguration UseFinishedJobsKeptFor(this IGlobalConfiguration configuration, TimeSpan keepFor)
    {
        FinishedJobsKept.Use(configuration, keepFor);
        return configuration;
    }
}
