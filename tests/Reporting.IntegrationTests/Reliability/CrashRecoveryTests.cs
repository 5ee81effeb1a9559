using System.Linq.Expressions;
using System.Text.Json.Nodes;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Reporting.Data.Model;
using Reporting.Data.Runs;
using Reporting.Domain.Circular44;
using Reporting.Domain.Registers;
using Reporting.Domain.Units;
using Reporting.IntegrationTests.Infrastructure;
using Reporting.Output;
using Reporting.Registers.Pulling.Sources;
using Reporting.Registers.Reading;
using Reporting.Registers.Samples;
using Reporting.Scheduling.Running;
using Reporting.Scheduling.Schedules;
using Reporting.Scheduling.Storage;
using Reporting.Testing;

namespace Reporting.IntegrationTests.Reliability;

/// <summary>
/// A <c>reporting serve</c> process killed (SIGKILL) in the middle of a pull, a figures computation
/// and a conference pack, then started again: the interrupted run is retried and finished, and the
/// database and the output folder end as an uninterrupted run leaves them; no half-written file is
/// ever at its final name, and what the dead run left half-written is gone.
/// </summary>
[TestClass]
[TestCategory(Categories.Slow)]
public sealed class CrashRecoveryTests
{
    private PipelineFixture _pipeline = null!;
    private PipelineFixture _reference = null!;

    [TestInitialize]
    public async Task CreatePipelinesAsync()
    {
        _pipeline = await PipelineFixture.CreateAsync(DatabaseProvider.PostgreSql);
        _reference = await PipelineFixture.CreateAsync(DatabaseProvider.PostgreSql);
        new SampleRegisterGenerator(UnitDirectory.Reference, new ProgrammePeriod(2016, 2020), Circular44Scale.Default)
            .Generate(_pipeline.Source, new SampleOptions(Households: 8_000, Seed: 8));
    }

    [TestCleanup]
    public async Task DisposePipelinesAsync()
    {
        await _pipeline.DisposeAsync();
        await _reference.DisposeAsync();
    }

    [TestMethod]
    public async Task Pull_killed_mid_way_is_finished_after_a_restart_as_if_never_interrupted()
    {
        await RunUninterruptedAsync(j => j.PullAsync(2018, "test", CancellationToken.None));

        await using (var server = await StartServeAsync(_pipeline))
        {
            Enqueue(_pipeline, j => j.PullAsync(2018, "test", CancellationToken.None));
            await WaitUntilAsync(_pipeline, async db => await db.RegisterVersions.CountAsync() >= 10, "the pull to be half-way", server);
            server.Kill();
        }
        await using (var db = _pipeline.Database.NewContext())
            Assert.AreEqual(RunStatus.Running, (await db.Runs.SingleAsync()).Status, "the pull was cut off mid-way");

        await FinishAfterRestartAsync("pull");
        await AssertAsUninterruptedAsync("errors");
    }

    [TestMethod]
    public async Task Figures_killed_while_being_saved_are_computed_again_after_a_restart()
    {
        await PullBothAsync();
        await RunUninterruptedAsync(j => j.FiguresAsync("2018", "test", CancellationToken.None));

        await using (var server = await StartServeAsync(_pipeline))
        await using (var blocker = await BlockSnapshotWritesAsync())
        {
            Enqueue(_pipeline, j => j.FiguresAsync("2018", "test", CancellationToken.None));
            // Reading goes on; the figures are computed and wait to be saved.
            await WaitUntilAsync(_pipeline, async db => await SavesWaitingAsync(db) > 0, "the figures to wait on the snapshot table", server);
            server.Kill();
            await using var db = _pipeline.Database.NewContext();
            Assert.AreEqual(0, await db.FigureSnapshots.CountAsync(), "the killed run had saved nothing");
            Assert.AreEqual(RunStatus.Running, (await db.Runs.SingleAsync()).Status);
        }
        // The dead client's backend may still save what it was waiting to save once the lock goes:
        // the retry then finds that snapshot and keeps it, rather than saving a second one.

        await FinishAfterRestartAsync("figures");
        await AssertAsUninterruptedAsync();
    }

    [TestMethod]
    public async Task Conference_pack_killed_while_being_written_is_never_seen_half_written_and_is_finished_after_a_restart()
    {
        await PullBothAsync();
        await RunUninterruptedAsync(j => j.ConferenceAsync(2018, null, "test", CancellationToken.None));
        var packs = Path.Combine(_pipeline.Output, "conference");

        await using (var server = await StartServeAsync(_pipeline))
        {
            Enqueue(_pipeline, j => j.ConferenceAsync(2018, null, "test", CancellationToken.None));
            var deadline = DateTime.UtcNow.AddMinutes(3);
            while (OutputTree.Temporaries(packs).Count == 0)
            {
                if (DateTime.UtcNow > deadline)
                    throw new AssertFailedException($"No pack was ever being written. Server log:\n{server.Log}");
                await Task.Delay(5);
            }
            server.Kill();
        }
        Assert.IsNotEmpty(OutputTree.Temporaries(packs), "killed while a pack was being written");
        AssertEveryVisiblePackWhole(packs);

        await FinishAfterRestartAsync("conference");
        await AssertAsUninterruptedAsync("conference");
    }

    /// <summary>A pack in its final place lists every file it holds, each as written.</summary>
    private static void AssertEveryVisiblePackWhole(string packs)
    {
        foreach (var pack in Directory.GetDirectories(Path.Combine(packs, "2018")).Where(p => !TemporaryNames.IsTemporary(Path.GetFileName(p))))
        {
            var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(pack, "manifest.json")))!;
            var prefix = Path.GetRelativePath(Path.GetDirectoryName(packs)!, pack).Replace('\\', '/') + "/";
            var listed = manifest["files"]!.AsArray().ToDictionary(f => f!["path"]!.GetValue<string>()[prefix.Length..], f => f!["sha256"]!.GetValue<string>());
            var present = OutputTree.Hashes(pack);
            present.Remove("manifest.json");
            CollectionAssert.AreEquivalent(listed.ToList(), present.ToList(), pack);
        }
    }

    private async Task PullBothAsync()
    {
        foreach (var pipeline in new[] { _pipeline, _reference })
            await pipeline.PullAsync(2018, sources: FolderSource.ForTree(_pipeline.Source, pipeline.FileVault, FileLimits.Default).ToList());
    }

    /// <summary>Holds SHARE on figure_snapshots until disposed: figures can be read and computed, not saved.</summary>
    private async Task<NpgsqlConnection> BlockSnapshotWritesAsync()
    {
        var connection = new NpgsqlConnection(_pipeline.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("BEGIN; LOCK TABLE figure_snapshots IN SHARE MODE", connection);
        await command.ExecuteNonQueryAsync();
        return connection;
    }

    private static async Task<int> SavesWaitingAsync(ReportingDbContext db) =>
        await db.Database.SqlQueryRaw<int>(
            """
            SELECT count(*)::int AS "Value" FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%INSERT INTO%figure_snapshots%'
            """).SingleAsync();

    /// <summary>Starts serve again and waits for the interrupted job's retry to succeed; the dead run is in the ledger as interrupted.</summary>
    private async Task FinishAfterRestartAsync(string job)
    {
        await using (var server = await StartServeAsync(_pipeline))
            await WaitUntilAsync(_pipeline, async db => await db.Runs.AnyAsync(r => r.Job == job && (r.Status == RunStatus.Succeeded || r.Status == RunStatus.WithErrors)), $"the {job} to be finished", server);
        Assert.IsEmpty(OutputTree.Temporaries(_pipeline.Folder), "nothing half-written is left in the output folder or the vault");
        await using var db = _pipeline.Database.NewContext();
        var runs = await db.Runs.Where(r => r.Job == job).OrderBy(r => r.StartedAt).Select(r => new { r.Status, r.Error }).ToListAsync();
        Assert.HasCount(2, runs, string.Join("\n", runs));
        Assert.AreEqual(RunLedger.InterruptedError, runs[0].Error);
        // The sample registers hold faulty rows on purpose: a pull of them ends with errors, as uninterrupted.
        Assert.AreEqual(job == "pull" ? RunStatus.WithErrors : RunStatus.Succeeded, runs[1].Status, runs[1].Error);
        ReliabilityLog.Write($"crash: serve killed (SIGKILL) during a {job} job, restarted; the job was retried once and finished");
    }

    private async Task AssertAsUninterruptedAsync(string? outputs = null)
    {
        SameLines.Assert(await DatabaseState.DescribeAsync(_reference.Database), await DatabaseState.DescribeAsync(_pipeline.Database), "the database");
        if (outputs is null)
            return;
        var expected = OutputTree.Contents(Path.Combine(_reference.Output, outputs));
        Assert.IsNotEmpty(expected, $"the uninterrupted run wrote {outputs}");
        SameLines.Assert(Lines(expected), Lines(OutputTree.Contents(Path.Combine(_pipeline.Output, outputs))), outputs);

        static List<string> Lines(SortedDictionary<string, string> files) => files.Select(f => $"{f.Key}: {f.Value}").ToList();
    }

    private async Task RunUninterruptedAsync(Expression<Func<ReportingJobs, Task>> job)
    {
        await using var server = await StartServeAsync(_reference);
        Enqueue(_reference, job);
        await WaitUntilAsync(_reference, db => db.Runs.AnyAsync(r => r.Status == RunStatus.Succeeded || r.Status == RunStatus.WithErrors), "the uninterrupted run", server);
    }

    /// <summary>Both pipelines read the same registers: the ones generated under this pipeline's source.</summary>
    private Task<ServeProcess> StartServeAsync(PipelineFixture pipeline) =>
        ServeProcess.StartAsync(pipeline.Folder, AppSettings.ForTakeover(pipeline, _pipeline.Source));

    private static void Enqueue(PipelineFixture pipeline, Expression<Func<ReportingJobs, Task>> job) =>
        new BackgroundJobClient(SchedulerStorage.Create(pipeline.Database.ConnectionString, new SchedulerOptions())).Enqueue(job);

    private static Task WaitUntilAsync(PipelineFixture pipeline, Func<ReportingDbContext, Task<bool>> condition, string what, ServeProcess server) =>
        Eventually.WaitUntilAsync(async () =>
        {
            await using var db = pipeline.Database.NewContext();
            return await condition(db);
        }, what, () => $"Server log:\n{server.Log}");
}
