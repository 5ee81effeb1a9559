using Hangfire;
using Hangfire.Storage.Monitoring;
using Reporting.Scheduling.Running;

namespace Reporting.App.Web.Admin;

public enum ActiveState
{
    Queued,
    Running,
    /// <summary>Waiting for its time: a retry that is due later.</summary>
    Scheduled,
}

/// <summary>A job of the scheduler that has not finished: queued, running, or waiting to be retried.</summary>
public sealed record ActiveJob(string Id, JobCall Call, ActiveState State, DateTime? DueAt);

/// <summary>What the scheduler still has to do, read from Hangfire's storage: for the run list's retry times, and to refuse a request already on its way.</summary>
public static class ActiveJobs
{
    // Far more than a province ever has waiting; the lists are read from the newest.
    private const int Most = 1000;

    public static IReadOnlyList<ActiveJob> List(JobStorage storage)
    {
        var api = storage.GetMonitoringApi();
        var active = new List<ActiveJob>();
        void Add(string id, Hangfire.Common.Job? job, ActiveState state, DateTime? dueAt)
        {
            if (JobCall.Of(job) is { } call)
                active.Add(new ActiveJob(id, call, state, dueAt));
        }
        foreach (var queue in api.Queues())
        {
            foreach (var (id, job) in api.EnqueuedJobs(queue.Name, 0, Most))
                Add(id, job.Job, ActiveState.Queued, null);
            foreach (var (id, job) in api.FetchedJobs(queue.Name, 0, Most))
                Add(id, job.Job, ActiveState.Queued, null);
        }
        foreach (var (id, job) in api.ProcessingJobs(0, Most))
            Add(id, job.Job, ActiveState.Running, null);
        foreach (var (id, job) in api.ScheduledJobs(0, Most))
            Add(id, job.Job, ActiveState.Scheduled, job.EnqueueAt);
        return active;
    }

    /// <summary>The jobs waiting for their time (retries due later): all the run list needs, and one query.</summary>
    public static IReadOnlyList<ActiveJob> Scheduled(JobStorage storage) =>
        storage.GetMonitoringApi().ScheduledJobs(0, Most)
            .Select(j => JobCall.Of(j.Value.Job) is { } call ? new ActiveJob(j.Key, call, ActiveState.Scheduled, j.Value.EnqueueAt) : null)
            .OfType<ActiveJob>().ToList();

    /// <summary>The job the scheduler knows by this id, if it has not been removed.</summary>
    public static JobCall? Find(JobStorage storage, string id)
    {
        using var connection = storage.GetConnection();
        return JobCall.Of(connection.GetJobData(id)?.Job);
    }
}
