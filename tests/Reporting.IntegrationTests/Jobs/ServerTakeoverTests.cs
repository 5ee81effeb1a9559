using Hangfire;
using Microsoft.EntityFrameworkCore;
using Reporting.Data.Model;
using Reporting.Data.Runs;
using Reporting.Data.Units;
using Reporting.Domain.Circular44;
using Reporting.Domain.Registers;
using Reporting.IntegrationTests.Infrastructure;
using Reporting.Jobs.Running;
using Reporting.Jobs.Scheduling;
using Reporting.Jobs.Storage;
using Reporting.Registers.Samples;

namespace Reporting.IntegrationTests.Jobs;

/// <summary>
/// A <c>reporting serve</c> process killed in the middle of a pull: another server takes the job
/// over once its invisibility timeout and its lock's lease have passed, and finishes it; the
/// registers end as an uninterrupted pull leaves them.
/// </summary>
[TestClass]
public sealed class ServerTakeoverTests
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

    private Dictionary<string, string?> Settings()
    {
        var settings = AppSettings.ForServer(_pipeline);
        settings["Sources:Folders:1:Name"] = "huyen";
        settings["Sources:Folders:1:Level"] = "district";
        settings["Sources:Folders:1:Path"] = Path.Combine(_pipeline.Source, "districts");
        settings["Scheduler:InvisibilityTimeoutSeconds"] = "5";
        settings["Scheduler:LockLeaseSeconds"] = "3";
        return settings;
    }

    [TestMethod]
    public async Task Pull_of_a_killed_server_is_finished_by_another_and_nothing_is_stored_twice()
    {
        await using (var first = await ServeProcess.StartAsync(_pipeline.Folder, Settings()))
        {
            var storage = SchedulerStorage.Create(_pipeline.Database.ConnectionString, new SchedulerOptions());
            new BackgroundJobClient(storage).Enqueue<ReportingJobs>(j => j.PullAsync(2018, "test", CancellationToken.None));
            await WaitUntilAsync(async db => await db.RegisterVersions.CountAsync() >= 10, "the first server to be half-way through the pull", first);
                first.Kill();
        }
        await using (var db = _pipeline.Database.NewContext())
            Assert.AreEqual(RunStatus.Running, (await db.Runs.SingleAsync()).Status, "the pull was cut off mid-way");

        await using (var second = await ServeProcess.StartAsync(_pipeline.Folder, Settings()))
            await WaitUntilAsync(async db => await db.Runs.AnyAsync(r => r.Status == RunStatus.Succeeded), "the second server to finish the pull", second);

        await using var check = _pipeline.Database.NewContext();
        var runs = await check.Runs.OrderBy(r => r.StartedAt).Select(r => new { r.Job, r.Status, r.Error }).ToListAsync();
        Assert.HasCount(2, runs, string.Join("\n", runs));
        Assert.AreEqual(RunLedger.InterruptedError, runs[0].Error);
        Assert.AreEqual(RunStatus.Succeeded, runs[1].Status);

        await _reference.PullAsync(2018, sources: Registers.Pulling.Sources.FolderSource.ForTree(_pipeline.Source, _reference.FileVault, Registers.Reading.FileLimits.Default).ToList());
        CollectionAssert.AreEqual(await _reference.FiguresAsync(2018), await _pipeline.FiguresAsync(2018), "figures as after an uninterrupted pull");
        await using var reference = _reference.Database.NewContext();
        Assert.AreEqual(await reference.RegisterVersions.CountAsync(), await check.RegisterVersions.CountAsync());
        Assert.AreEqual(await reference.TitleEntries.CountAsync(), await check.TitleEntries.CountAsync());
    }

    private async Task WaitUntilAsync(Func<ReportingDbContext, Task<bool>> condition, string what, ServeProcess server)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            await using (var db = _pipeline.Database.NewContext())
            {
                if (await condition(db))
                    return;
            }
            if (DateTime.UtcNow > deadline)
                throw new AssertFailedException($"Waited in vain for {what}. Server log:\n{server.Log}");
            await Task.Delay(100);
        }
    }
}
