using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Reporting.Data.Model;
using Reporting.IntegrationTests.Infrastructure;
using Reporting.Scheduling.Running;
using Reporting.Testing;

namespace Reporting.IntegrationTests.Jobs;

/// <summary>Two Hangfire servers on one PostgreSQL share a batch of jobs: each job runs once, as the run ledger counts.</summary>
[TestClass]
[TestCategory(Categories.Slow)]
public sealed class HangfireServersOnPostgresTests
{
    private PipelineFixture _pipeline = null!;

    [TestInitialize]
    public async Task CreatePipelineAsync()
    {
        _pipeline = await PipelineFixture.CreateAsync(DatabaseProvider.PostgreSql);
        RegisterBuilder.Commune("23272", 2018).Village("T01", 10, Steps.Recognized(2018)).Household("0001", "T01", Steps.Recognized(2018)).SaveUnder(_pipeline.Source);
        await _pipeline.PullAsync();
    }

    [TestCleanup]
    public async Task DisposePipelineAsync() => await _pipeline.DisposeAsync();

    [TestMethod]
    public async Task Two_servers_run_every_job_of_a_batch_exactly_once()
    {
        var options = new PostgreSqlStorageOptions
        {
            PrepareSchemaIfNecessary = true,
            UseSlidingInvisibilityTimeout = true,
            QueuePollInterval = TimeSpan.FromMilliseconds(200),
        };
        var storage = new PostgreSqlStorage(new NpgsqlConnectionFactory(_pipeline.Database.ConnectionString, options), options);
        await using var services = JobServices.Build(_pipeline, TimeProvider.System, storage);
        var activator = new AspNetCoreJobActivator(services.GetRequiredService<IServiceScopeFactory>());
        using (var first = new BackgroundJobServer(new BackgroundJobServerOptions { ServerName = "may-1", WorkerCount = 2, Activator = activator }, storage))
        using (var second = new BackgroundJobServer(new BackgroundJobServerOptions { ServerName = "may-2", WorkerCount = 2, Activator = activator }, storage))
        {
            var client = new BackgroundJobClient(storage);
            for (var month = 1; month <= 12; month++)
            {
                var m = month;
                client.Enqueue<ReportingJobs>(j => j.MonthlyAsync(2018, m, "test", CancellationToken.None));
            }
            foreach (var year in new[] { 2016, 2017, 2018 })
                client.Enqueue<ReportingJobs>(j => j.FiguresAsync(year.ToString(), "test", CancellationToken.None));

            var deadline = DateTime.UtcNow.AddMinutes(3);
            while (storage.GetMonitoringApi().SucceededListCount() < 15 && DateTime.UtcNow < deadline)
                await Task.Delay(250);
        }

        await using var db = _pipeline.Database.NewContext();
        var runs = await db.Runs.Select(r => new { r.Job, r.Parameters, r.Status }).ToListAsync();
        Assert.HasCount(15, runs, string.Join("\n", runs));
        Assert.IsTrue(runs.All(r => r.Status == RunStatus.Succeeded));
        Assert.AreEqual(15, runs.Select(r => (r.Job, r.Parameters)).Distinct().Count(), "no job ran twice");
        Assert.AreEqual(15L, storage.GetMonitoringApi().SucceededListCount());
        Assert.AreEqual(12, Directory.GetDirectories(Path.Combine(_pipeline.Output, "monthly")).Length);
    }
}
