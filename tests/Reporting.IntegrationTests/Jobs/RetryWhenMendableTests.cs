using Hangfire;
using Hangfire.InMemory;
using Hangfire.States;
using Reporting.IntegrationTests.Infrastructure;
using Reporting.Scheduling.Running;

namespace Reporting.IntegrationTests.Jobs;

/// <summary>A Hangfire server retries, under the jobs' own retry policy, what a retry can mend, and fails the rest at once.</summary>
[TestClass]
public sealed class RetryWhenMendableTests
{
    [TestMethod]
    public async Task A_lost_connection_is_retried_later_and_a_refused_permission_fails_at_once()
    {
        var storage = new InMemoryStorage();
        var client = new BackgroundJobClient(storage);
        // Its own activator: the process-wide one is whatever host the other tests configured last, maybe disposed.
        using var server = new BackgroundJobServer(
            new BackgroundJobServerOptions { WorkerCount = 1, SchedulePollingInterval = TimeSpan.FromSeconds(1), Activator = new JobActivator() }, storage);

        var timeout = client.Enqueue(() => FailingJobs.TimesOut());
        var denied = client.Enqueue(() => FailingJobs.IsDenied());

        using var connection = storage.GetConnection();
        string? StateOf(string id) => connection.GetStateData(id)?.Name;
        await Eventually.WaitUntilAsync(() => Task.FromResult(StateOf(timeout) == ScheduledState.StateName && StateOf(denied) == FailedState.StateName),
            "the timeout scheduled again and the refusal failed", () => $"timeout: {StateOf(timeout)} {string.Join(";", connection.GetStateData(timeout)?.Data ?? new Dictionary<string, string>())} {connection.GetStateData(timeout)?.Reason}, denied: {StateOf(denied)}", minutes: 1);
        StringAssert.StartsWith(connection.GetStateData(timeout)!.Reason, "Thử lại lần 1/3");
        Assert.AreEqual("1", connection.GetJobParameter(timeout, RetryWhenMendableAttribute.RetryCountParameter));
    }
}

[AutomaticRetry(Attempts = 0)]
[RetryWhenMendable]
public static class FailingJobs
{
    public static void TimesOut() => throw new TimeoutException("the database did not answer");

    public static void IsDenied() => throw new UnauthorizedAccessException("Access to the path '/srv/reporting/output' is denied.");
}
