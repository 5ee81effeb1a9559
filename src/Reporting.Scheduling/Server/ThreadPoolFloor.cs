namespace Reporting.Scheduling.Server;

/// <summary>
/// A job's work is synchronous CPU on thread-pool threads (EPPlus, ScottPlot, a pull's reading lane
/// per core), and Hangfire's dashboard reads its storage synchronously. With the pool's minimum at
/// the core count, a few running jobs left page requests waiting for the pool to grow, which it
/// does a thread at a time: under twenty re-runs the dashboard took 1–3 s to answer
/// (ConcurrentRerunsTests). The minimum is raised so that the pool starts, without waiting, a thread
/// per core for each worker's job and sixteen more for requests.
/// </summary>
internal static class ThreadPoolFloor
{
    private const int ForRequests = 16;

    public static void RaiseFor(int workerCount)
    {
        ThreadPool.GetMinThreads(out var threads, out var completionThreads);
        var wanted = ForRequests + workerCount * Environment.ProcessorCount;
        if (threads < wanted)
            ThreadPool.SetMinThreads(wanted, completionThreads);
    }
}
