using System.Net;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Reporting.Data.Model;
using Reporting.Domain.Circular44;
using Reporting.Domain.Registers;
using Reporting.Domain.Units;
using Reporting.IntegrationTests.Infrastructure;
using Reporting.Registers.Pulling.Sources;
using Reporting.Registers.Reading;
using Reporting.Registers.Samples;
using Reporting.Scheduling.Running;
using Reporting.Scheduling.Schedules;
using Reporting.Scheduling.Storage;
using Reporting.Testing;

namespace Reporting.IntegrationTests.Reliability;

/// <summary>
/// PostgreSQL stopped in the middle of a pull and started again: <c>serve</c> stays up and says it
/// cannot reach the database, the cut-off run fails, the job is retried and completes, and the
/// registers end as one uninterrupted pull leaves them — nothing stored twice.
/// </summary>
[TestClass]
[TestCategory(Categories.Slow)]
public sealed class DatabaseOutageTests
{
    [TestMethod]
    public async Task Pull_cut_off_by_a_database_restart_fails_cleanly_is_retried_and_stores_nothing_twice()
    {
        // A cluster of this test's own: stopping the shared one would fail the other tests.
        await using var postgres = await PostgresServer.StartClusterAsync();
        var connectionString = await postgres.CreateDatabaseAsync();
        await using var pipeline = PipelineFixture.Over(await TestDatabase.OpenAsync(connectionString, () => postgres.DropDatabaseAsync(connectionString)));
        await using var reference = await PipelineFixture.CreateAsync(DatabaseProvider.PostgreSql);
        new SampleRegisterGenerator(UnitDirectory.Reference, new ProgrammePeriod(2016, 2020), Circular44Scale.Default)
            .Generate(pipeline.Source, new SampleOptions(Households: 8_000, Seed: 5));
        await using var server = await ServeProcess.StartAsync(pipeline.Folder, AppSettings.ForTakeover(pipeline, pipeline.Source));
        new BackgroundJobClient(SchedulerStorage.Create(connectionString, new SchedulerOptions()))
            .Enqueue<ReportingJobs>(j => j.PullAsync(2018, "test", CancellationToken.None));
        await Eventually.WaitUntilAsync(async () =>
        {
            await using var db = pipeline.Database.NewContext();
            return await db.RegisterVersions.CountAsync() >= 10;
        }, "the pull to be half-way", () => server.Log);

        await postgres.StopAsync();
        await Eventually.WaitUntilAsync(async () => await HealthAsync(server) == HttpStatusCode.ServiceUnavailable, "serve to report the database unreachable", () => server.Log);
        await Task.Delay(TimeSpan.FromSeconds(2));
        await postgres.StartAgainAsync();
        Npgsql.NpgsqlConnection.ClearAllPools(); // this test's own connections died with the server

        await Eventually.WaitUntilAsync(async () =>
        {
            await using var db = pipeline.Database.NewContext();
            return await db.Runs.AnyAsync(r => r.Status == RunStatus.Succeeded || r.Status == RunStatus.WithErrors);
        }, "the retried pull to succeed", () => server.Log);
        Assert.IsFalse(server.HasExited, "serve rode out the outage");
        Assert.AreEqual(HttpStatusCode.OK, await HealthAsync(server));

        await using var check = pipeline.Database.NewContext();
        var runs = await check.Runs.OrderBy(r => r.StartedAt).Select(r => new { r.Status, r.Error }).ToListAsync();
        Assert.HasCount(2, runs, string.Join("\n", runs));
        Assert.AreEqual(RunStatus.Failed, runs[0].Status, "the run the outage cut off");
        // The sample registers hold faulty rows on purpose: the retried pull ends with errors, not failed.
        Assert.AreEqual(RunStatus.WithErrors, runs[1].Status, runs[1].Error);
        await reference.PullAsync(2018, sources: FolderSource.ForTree(pipeline.Source, reference.FileVault, FileLimits.Default).ToList());
        SameLines.Assert(await DatabaseState.DescribeAsync(reference.Database), await DatabaseState.DescribeAsync(pipeline.Database), "the database");
        ReliabilityLog.Write($"database outage: PostgreSQL stopped mid-pull and restarted; serve stayed up, /health said 503, the cut-off run failed (\"{runs[0].Error}\"), the retry stored every register once");
    }

    private static async Task<HttpStatusCode> HealthAsync(ServeProcess server)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            return (await http.GetAsync(new Uri(server.Address, "/health"))).StatusCode;
        }
        catch (HttpRequestException)
        {
            return HttpStatusCode.ServiceUnavailable;
        }
    }
}
