using System.Diagnostics;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Reporting.Data.Model;
using Reporting.Registers.Pulling.Sources;
using Reporting.Scheduling.Running;
using Reporting.Scheduling.Schedules;
using Reporting.Scheduling.Storage;

namespace Reporting.Bench;

/// <summary>What one batch of per-unit pull jobs did on a number of Hangfire servers.</summary>
internal sealed record BatchResult(int Workers, int Jobs, double Seconds, int Runs, int DistinctRuns, int Failed, IReadOnlyList<int> JobsPerServer)
{
    public double JobsPerSecond => Jobs / Seconds;
}

/// <summary>
/// One pull job per commune for one year, enqueued on Hangfire.PostgreSql in a fresh scratch
/// database and worked off by one or more Hangfire servers, each with services of its own as a
/// separate <c>serve</c> process would have; timed from the servers' start to the last run in the ledger.
/// </summary>
internal sealed class ServerBatch(IConfiguration configuration, string serverConnection, string workFolder)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(30);

    public async Task<BatchResult> RunAsync(int servers, string communesFolder, IReadOnlyList<string> communes, int year, CancellationToken cancellationToken)
    {
        await using var scratch = await ScratchDatabase.CreateAsync(serverConnection, TimeProvider.System, cancellationToken);
        await using (var db = ReportingDatabase.CreateContext(scratch.ConnectionString))
            await db.MigrateAsync(cancellationToken);
        var options = new SchedulerOptions { PollIntervalSeconds = 0.2 };
        var storage = SchedulerStorage.Create(scratch.ConnectionString, options);
        var folder = Path.Combine(workFolder, $"servers-{servers}");
        var settings = new Dictionary<string, string?>
        {
            [$"{SourcesOptions.Section}:Folders:0:Name"] = "communes",
            [$"{SourcesOptions.Section}:Folders:0:Level"] = "commune",
            [$"{SourcesOptions.Section}:Folders:0:Path"] = communesFolder,
        };
        var providers = Enumerable.Range(0, servers)
            .Select(_ => BenchServices.Build(configuration, scratch.ConnectionString, folder, settings,
                (services, bench) => services.AddTransient<ReportingJobs>().AddSingleton<IBackgroundJobClient>(new BackgroundJobClient(storage))))
            .ToList();
        try
        {
            var client = new BackgroundJobClient(storage);
            var jobIds = communes.Select(code => client.Enqueue<ReportingJobs>(j => j.PullUnitAsync(code, year, "bench", CancellationToken.None))).ToList();

            var started = Stopwatch.StartNew();
            var running = providers.Select((provider, i) => new BackgroundJobServer(new BackgroundJobServerOptions
            {
                ServerName = ServerName(servers, i),
                WorkerCount = options.WorkerCount,
                SchedulePollingInterval = TimeSpan.FromSeconds(1),
                Activator = new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()),
            }, storage)).ToList();
            double seconds;
            try
            {
                await WaitForRunsAsync(scratch.ConnectionString, communes.Count, cancellationToken);
                seconds = started.Elapsed.TotalSeconds;
            }
            finally
            {
                foreach (var server in running)
                    server.SendStop();
                foreach (var server in running)
                    server.Dispose();
            }

            await using var ledger = ReportingDatabase.CreateContext(scratch.ConnectionString);
            var runs = await ledger.Runs.AsNoTracking().Where(r => r.Job == "pull").Select(r => new { r.Parameters, r.Status }).ToListAsync(cancellationToken);
            var perServer = JobsPerServer(storage.GetMonitoringApi(), jobIds, servers);
            return new BatchResult(options.WorkerCount, communes.Count, seconds, runs.Count,
                runs.Select(r => r.Parameters).Distinct(StringComparer.Ordinal).Count(), runs.Count(r => r.Status is not (RunStatus.Succeeded or RunStatus.WithErrors)), perServer);
        }
        finally
        {
            foreach (var provider in providers)
                await provider.DisposeAsync();
        }
    }

    private static string ServerName(int servers, int index) => $"bench-{servers}-{index + 1}";

    private static async Task WaitForRunsAsync(string connectionString, int expected, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + Deadline;
        while (true)
        {
            await using (var db = ReportingDatabase.CreateContext(connectionString))
            {
                if (await db.Runs.CountAsync(r => r.Job == "pull" && r.Status != RunStatus.Running, cancellationToken) >= expected)
                    return;
            }
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"The batch of {expected} pull jobs did not finish within {Deadline.TotalMinutes:0} minutes.");
            await Task.Delay(50, cancellationToken);
        }
    }

    /// <summary>Which server ran each job, from the server id Hangfire wrote into the job's last processing state.</summary>
    private static IReadOnlyList<int> JobsPerServer(IMonitoringApi monitoring, IReadOnlyList<string> jobIds, int servers)
    {
        var counts = new int[servers];
        foreach (var id in jobIds)
        {
            var processing = monitoring.JobDetails(id)?.History.FirstOrDefault(h => h.StateName == "Processing");
            if (processing?.Data.TryGetValue("ServerId", out var serverId) != true)
                continue;
            for (var i = 0; i < servers; i++)
            {
                if (serverId!.StartsWith(ServerName(servers, i) + ":", StringComparison.Ordinal))
                    counts[i]++;
            }
        }
        return counts;
    }
}
