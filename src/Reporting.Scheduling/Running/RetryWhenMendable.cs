using Hangfire.Common;
using Hangfire.States;
using Reporting.Data.Runs;

namespace Reporting.Scheduling.Running;

/// <summary>
/// Hangfire's retries, for the failures a later try can mend (<see cref="RunFailure.RetryMayMend"/>):
/// a few tries, further apart each time. A failure no retry mends — a wrong parameter, a full disk,
/// a fault in the program — fails at once, so the run list shows it once and the admin acts.
/// </summary>
public sealed class RetryWhenMendableAttribute : JobFilterAttribute, IElectStateFilter
{
    public const string RetryCountParameter = "RetryCount";

    public static readonly IReadOnlyList<TimeSpan> Delays = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30)];

    public void OnStateElection(ElectStateContext context)
    {
        if (context.CandidateState is not FailedState failed || !RunFailure.Of(failed.Exception).RetryMayMend)
            return;
        var tried = context.GetJobParameter<int>(RetryCountParameter, allowStale: true);
        if (tried >= Delays.Count)
            return;
        context.SetJobParameter(RetryCountParameter, tried + 1);
        context.CandidateState = new ScheduledState(Delays[tried])
        {
            Reason = $"Thử lại lần {tried + 1}/{Delays.Count}: {RunFailure.Of(failed.Exception).Cause}",
        };
    }
}
