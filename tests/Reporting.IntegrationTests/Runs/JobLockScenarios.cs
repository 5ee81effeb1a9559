using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Reporting.Data.Model;
using Reporting.Data.Runs;
using Reporting.Domain.Runs;
using Reporting.IntegrationTests.Infrastructure;
using Reporting.Output;

namespace Reporting.IntegrationTests.Runs;

/// <summary>The lock a job takes in the database: one run of a job and its parameters at a time, on any server.</summary>
public abstract class JobLockScenarios
{
    private TestDatabase _database = null!;

    protected abstract DatabaseProvider Provider { get; }

    [TestInitialize]
    public async Task CreateDatabaseAsync() => _database = await TestDatabases.CreateAsync(Provider);

    [TestCleanup]
    public async Task DisposeDatabaseAsync() => await _database.DisposeAsync();

    private async Task<string> RunAsync(
        JobName job, string parameters, Task? holdUntil = null, TaskCompletionSource? started = null, LockLease? lease = null, TimeProvider? clock = null)
    {
        await using var db = _database.NewContext();
        return await new RunLedger(db, clock ?? TimeProvider.System, lease).RecordAsync(job, parameters, "test", async (_, _) =>
        {
            started?.SetResult();
            if (holdUntil is not null)
                await holdUntil;
            return parameters;
        }, CancellationToken.None);
    }

    [TestMethod]
    public async Task Second_run_of_the_same_job_and_parameters_refuses_to_start_while_the_first_runs()
    {
        var release = new TaskCompletionSource();
        var started = new TaskCompletionSource();
        var first = RunAsync(JobName.Monthly, "month=2018-12", release.Task, started);
        await started.Task;

        await Assert.ThrowsExactlyAsync<JobAlreadyRunningException>(() => RunAsync(JobName.Monthly, "month=2018-12"));
        Assert.AreEqual("month=2018-11", await RunAsync(JobName.Monthly, "month=2018-11"), "other parameters run side by side");
        release.SetResult();
        await first;
        Assert.AreEqual("month=2018-12", await RunAsync(JobName.Monthly, "month=2018-12"), "the lock is free once the first run ends");

        await using var db = _database.NewContext();
        Assert.AreEqual(3, await db.Runs.CountAsync(r => r.Status == RunStatus.Succeeded));
        Assert.AreEqual(0, await db.JobLocks.CountAsync());
    }

    [TestMethod]
    public async Task Run_taking_over_from_a_dead_one_clears_what_it_left_and_nothing_else()
    {
        var folder = Directory.CreateTempSubdirectory("leftovers-").FullName;
        var leftovers = new RunLeftovers([folder]);
        var hourAgo = DateTime.UtcNow.AddHours(-1);
        string Leave(string name, DateTime? writtenAt = null)
        {
            var path = TemporaryNames.Beside(Path.Combine(folder, "monthly", name), "tmp");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "half-written");
            File.SetLastWriteTimeUtc(path, writtenAt ?? hourAgo);
            return path;
        }
        string SetAside(string packName)
        {
            var path = TemporaryNames.Beside(Path.Combine(folder, "conference", packName), "old");
            Directory.CreateDirectory(path);
            File.WriteAllText(Path.Combine(path, "bao-cao.html"), "the pack before");
            File.SetLastWriteTimeUtc(Path.Combine(path, "bao-cao.html"), hourAgo);
            Directory.SetLastWriteTimeUtc(path, hourAgo);
            return path;
        }
        async Task<string[]> Run(string parameters, params Func<string>[] writes)
        {
            await using var db = _database.NewContext();
            return await new RunLedger(db, TimeProvider.System, null, leftovers)
                .RecordAsync(JobName.Monthly, parameters, "test", (_, _) => Task.FromResult(writes.Select(write => write()).ToArray()), CancellationToken.None);
        }
        var dead = await Run("month=2018-12", () => Leave("a.xlsx"), () => SetAside("602"), () => Leave("b.xlsx", DateTime.UtcNow));
        var otherDead = await Run("month=2018-11", () => Leave("c.xlsx"));
        var outsideAnyRun = Leave("d.xlsx");
        // As if both had died: the ledger still calls them running.
        await using (var db = _database.NewContext())
            await db.Runs.ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RunStatus.Running));

        await Run("month=2018-12");

        Assert.IsFalse(File.Exists(dead[0]), "the dead run's file is removed by the run that takes its place");
        Assert.AreEqual("the pack before", File.ReadAllText(Path.Combine(folder, "conference", "602", "bao-cao.html")), "the folder it had set aside is back");
        Assert.IsFalse(Directory.Exists(dead[1]));
        Assert.IsTrue(File.Exists(dead[2]), "a file written a moment ago may be a live run's, whatever the ledger says");
        Assert.IsTrue(File.Exists(otherDead[0]), "another job's leftovers wait for that job's own next run");
        Assert.IsTrue(File.Exists(outsideAnyRun));
        Directory.Delete(folder, recursive: true);
    }

    [TestMethod]
    public async Task Failed_run_releases_its_lock()
    {
        await using (var db = _database.NewContext())
        {
            await Assert.ThrowsExactlyAsync<InvalidOperationException>(() => new RunLedger(db, TimeProvider.System)
                .RecordAsync<int>(JobName.Costs, "year=2018", "test", (_, _) => throw new InvalidOperationException("boom"), CancellationToken.None));
        }

        Assert.AreEqual("year=2018", await RunAsync(JobName.Costs, "year=2018"));
    }

    [TestMethod]
    public async Task Run_longer_than_its_lease_keeps_its_lock_by_renewing_it()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 1, 0, 0, TimeSpan.Zero));
        var lease = LockLease.Default;
        var release = new TaskCompletionSource();
        var started = new TaskCompletionSource();
        var first = RunAsync(JobName.Pull, "year=2018", release.Task, started, lease, clock);
        await started.Task;

        // Three leases go by, a renewal period at a time; each renewal pushes the lease on from that moment.
        for (var tick = 0; tick < 12; tick++)
        {
            clock.Advance(lease.RenewEvery);
            var renewedUntil = clock.GetUtcNow().UtcDateTime + lease.Duration;
            await Eventually.WaitUntilAsync(async () =>
            {
                await using var db = _database.NewContext();
                return await db.JobLocks.AnyAsync(l => l.ExpiresAt == renewedUntil);
            }, $"the lock renewed at tick {tick + 1}", () => "");
        }

        await Assert.ThrowsExactlyAsync<JobAlreadyRunningException>(() => RunAsync(JobName.Pull, "year=2018", lease: lease, clock: clock), "three leases later the lock is still held");
        release.SetResult();
        await first;
        await using var check = _database.NewContext();
        Assert.AreEqual(0, await check.JobLocks.CountAsync());
    }

    [TestMethod]
    public async Task Run_whose_lock_is_taken_from_it_is_cancelled_and_recorded_as_having_lost_it()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 1, 0, 0, TimeSpan.Zero));
        var lease = LockLease.Default;
        var started = new TaskCompletionSource();
        Task<string> run;
        await using (var db = _database.NewContext())
        {
            run = new RunLedger(db, clock, lease).RecordAsync(JobName.Conference, "year=2018", "test", async (_, cancellationToken) =>
            {
                started.SetResult();
                await Task.Delay(Timeout.Infinite, cancellationToken);
                return "finished";
            }, CancellationToken.None);
            await started.Task;

            // Its lease lapsed unseen (a long pause of the process) and another server took the job.
            await using (var other = _database.NewContext())
                await other.JobLocks.ExecuteUpdateAsync(s => s.SetProperty(l => l.Owner, Guid.NewGuid()));
            clock.Advance(lease.RenewEvery);

            var lost = await Assert.ThrowsExactlyAsync<LockLostException>(() => run);
            StringAssert.Contains(lost.Message, "conference:year=2018");
        }
        await using var check = _database.NewContext();
        var record = await check.Runs.SingleAsync();
        Assert.AreEqual(RunStatus.Failed, record.Status);
        StringAssert.StartsWith(record.Error, "Lần chạy đã dừng giữa chừng vì mất khóa công việc");
        Assert.AreEqual(1, await check.JobLocks.CountAsync(), "the other server's lock stands");
    }

    [TestMethod]
    public async Task Run_left_running_by_a_dead_process_is_recorded_as_interrupted_by_the_next_run()
    {
        var deadRun = Guid.NewGuid();
        await using (var db = _database.NewContext())
        {
            db.Runs.Add(new RunRecord { Id = deadRun, Job = "pull", Parameters = "year=2018", StartedBy = "lịch", StartedAt = DateTime.UtcNow.AddHours(-1), Status = RunStatus.Running });
            db.Runs.Add(new RunRecord { Id = Guid.NewGuid(), Job = "pull", Parameters = "year=2019", StartedBy = "lịch", StartedAt = DateTime.UtcNow.AddHours(-1), Status = RunStatus.Running });
            await db.SaveChangesAsync();
        }

        await RunAsync(JobName.Pull, "year=2018");

        await using var check = _database.NewContext();
        var runs = await check.Runs.OrderBy(r => r.StartedAt).ThenBy(r => r.Parameters).Select(r => new { r.Id, r.Parameters, r.Status, r.Error }).ToListAsync();
        var dead = runs.Single(r => r.Id == deadRun);
        Assert.AreEqual(RunStatus.Failed, dead.Status);
        Assert.AreEqual(RunLedger.InterruptedError, dead.Error);
        Assert.AreEqual(RunStatus.Running, runs.Single(r => r.Parameters == "year=2019").Status, "another parameter's run is not this run's business");
        Assert.AreEqual(1, runs.Count(r => r.Parameters == "year=2018" && r.Status == RunStatus.Succeeded));
    }

    [TestMethod]
    public async Task Lock_of_a_run_that_died_is_taken_over_after_its_lease()
    {
        var now = new DateTimeOffset(2026, 11, 29, 1, 0, 0, TimeSpan.Zero);
        await using var db = _database.NewContext();
        var locks = new JobLocks(db, FakeClock.Reading(() => now));
        Assert.IsNotNull(await locks.TryAcquireAsync("pull:year=2018", CancellationToken.None));

        now += locks.Lease.Duration - TimeSpan.FromSeconds(10);
        Assert.IsNull(await locks.TryAcquireAsync("pull:year=2018", CancellationToken.None), "still within the lease");
        now += TimeSpan.FromSeconds(20);
        Assert.IsNotNull(await locks.TryAcquireAsync("pull:year=2018", CancellationToken.None), "the dead run's lease is over");
    }
}

[TestClass]
public sealed class SqliteJobLockTests : JobLockScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[TestClass]
public sealed class PostgresJobLockTests : JobLockScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}
