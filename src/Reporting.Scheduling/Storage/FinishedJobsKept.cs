using Hangfire;
using Hangfire.States;
using Hangfire.Storage;

namespace Reporting.Scheduling.Storage;

/// <summary>
/// How long a finished job stays in the dashboard (Hangfire's default is a day, too short to find
/// last week's run). Hangfire's filters are process-wide: the host configured last sets the time.
/// </summary>
public sealed class FinishedJobsKept(TimeSpan keepFor) : IApplyStateFilter
{
    public void OnStateApplied(ApplyStateContext context, IWriteOnlyTransaction transaction) => context.JobExpirationTimeout = keepFor;

    public void OnStateUnapplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
    }
}

public static class FinishedJobsKeptRegistration
{
    public static IGlobalConfiguration UseFinishedJobsKeptFor(this IGlobalConfiguration configuration, TimeSpan keepFor)
    {
        foreach (var earlier in GlobalJobFilters.Filters.Where(f => f.Instance is FinishedJobsKept).ToList())
            GlobalJobFilters.Filters.Remove(earlier.Instance);
        return configuration.UseFilter(new FinishedJobsKept(keepFor));
    }
}
