namespace Reporting.App.Web.Hosting;

/// <summary>
/// A report job's work is synchronous CPU (EPPlus, ScottPlot) on thread-pool threads, and Hangfire's
/// dashboard reads its storage synchronously. With the pool's minimum at the core count, a few
/// running jobs left page requests waiting for the pool to grow, which it does slowly: under twenty
/// re-runs the dashboard took 1–3 s to answer (ConcurrentRerunsTests). The pool may start enough
/// threads at once for the jobs and the requests beside them.
/// </summary>
internal static class RequestThreads
{
    public static void ReserveBeside(int workerCount)
    {
        ThreadPool.GetMinThreads(out var threads, out var completionThreads);
        var wanted = 16 + 4 * workerCount;
        if (threads < wanted)
            ThreadPool.SetMinThreads(wanted, completionThreads);
    }
}
