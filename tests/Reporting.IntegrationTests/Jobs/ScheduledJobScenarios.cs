using Hangfire;
using Hangfire.InMemory;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Reporting.Data.Model;
using Reporting.IntegrationTests.Infrastructure;
using Reporting.Scheduling.Running;
using Reporting.Scheduling.Schedules;
using Reporting.Testing;

namespace Reporting.IntegrationTests.Jobs;

/// <summary>What the schedules run, read off a fake clock in Viet Nam's time.</summary>
[TestClass]
public sealed class ScheduledJobScenarios
{
    private PipelineFixture _pipeline = null!;
    private DateTimeOffset _now;
    private ServiceProvider _services = null!;
    private readonly InMemoryStorage _storage = new();

    [TestInitialize]
    public async Task CreatePipelineAsync()
    {
        _pipeline = await PipelineFixture.CreateAsync(DatabaseProvider.Sqlite);
        RegisterBuilder.Commune("23272", 2018).Village("T01", 10, Steps.Recognized(2018)).Household("0001", "T01", Steps.Recognized(2018)).SaveUnder(_pipeline.Source);
        await _pipeline.PullAsync();
        _services = JobServices.Build(_pipeline, FakeClock.Reading(() => _now), _storage);
    }

    [TestCleanup]
    public async Task DisposePipelineAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await _pipeline.DisposeAsync();
    }

    private ReportingJobs Jobs => _services.GetRequiredService<ReportingJobs>();

    private async Task<List<string>> RunsAsync()
    {
        await using var db = _pipeline.Database.NewContext();
        return await db.Runs.OrderBy(r => r.StartedAt).Select(r => $"{r.Job} {r.Parameters} {r.StartedBy} {r.Status}").ToListAsync();
    }

    [TestMethod]
    public async Task Monthly_schedule_summarises_the_month_that_just_ended_in_Viet_Nam()
    {
        // 17:30 UTC on 31 March is 00:30 on 1 April in Viet Nam: March has ended there.
        _now = new DateTimeOffset(2018, 3, 31, 17, 30, 0, TimeSpan.Zero);

        await Jobs.MonthlyOfLastMonthAsync("lịch", CancellationToken.None);

        CollectionAssert.AreEqual(new[] { "monthly month=2018-03 lịch Succeeded" }, await RunsAsync());
        Assert.IsTrue(File.Exists(Path.Combine(_pipeline.Output, "monthly", "2018-03", "tong-hop-thang-2018-03.xlsx")));
    }

    [TestMethod]
    public async Task Monthly_schedule_past_the_programme_writes_nothing_and_the_ledger_says_why()
    {
        // 1 December 2026 in Viet Nam: the month that ended, November 2026, lies past the 2016–2020 programme.
        _now = new DateTimeOffset(2026, 11, 30, 23, 0, 0, TimeSpan.Zero);

        await Jobs.MonthlyOfLastMonthAsync("lịch", CancellationToken.None);

        CollectionAssert.AreEqual(new[] { "monthly month=2026-11 lịch Skipped" }, await RunsAsync());
        await using var db = _pipeline.Database.NewContext();
        Assert.AreEqual("Tháng phải thuộc các năm 2016–2020.", (await db.Runs.SingleAsync()).Error);
        Assert.IsFalse(Directory.Exists(Path.Combine(_pipeline.Output, "monthly")), "no workbook, so nothing to send either");
    }

    [TestMethod]
    public async Task Cost_schedule_estimates_next_year_while_the_programme_lasts()
    {
        _now = new DateTimeOffset(2017, 10, 1, 0, 0, 0, TimeSpan.Zero);
        await Jobs.CostsOfNextYearAsync("lịch", CancellationToken.None);
        _now = new DateTimeOffset(2020, 10, 1, 0, 0, 0, TimeSpan.Zero);
        await Jobs.CostsOfNextYearAsync("lịch", CancellationToken.None);

        CollectionAssert.AreEqual(new[] { "costs year=2018 lịch Succeeded" }, await RunsAsync(), "2021 is past the programme");
    }

    [TestMethod]
    public async Task Conference_and_yearly_figures_schedules_do_nothing_outside_their_years()
    {
        _now = new DateTimeOffset(2019, 12, 1, 0, 0, 0, TimeSpan.Zero);
        await Jobs.ConferenceOfThisYearAsync("lịch", CancellationToken.None);
        _now = new DateTimeOffset(2016, 1, 2, 0, 0, 0, TimeSpan.Zero);
        await Jobs.FiguresOfLastYearAsync("lịch", CancellationToken.None);
        _now = new DateTimeOffset(2019, 1, 2, 0, 0, 0, TimeSpan.Zero);
        await Jobs.FiguresOfLastYearAsync("lịch", CancellationToken.None);

        CollectionAssert.AreEqual(new[] { "figures period=2018 lịch Succeeded" }, await RunsAsync(), "no review in 2019, no programme year 2015");
    }

    [TestMethod]
    public async Task Nightly_schedule_chains_the_pull_the_figures_and_in_a_review_year_its_window()
    {
        _now = new DateTimeOffset(2019, 6, 1, 19, 0, 0, TimeSpan.Zero);
        await Jobs.NightlyAsync("lịch", CancellationToken.None);

        var monitor = _storage.GetMonitoringApi();
        var pull = monitor.EnqueuedJobs("default", 0, 10).Single();
        Assert.AreEqual(nameof(ReportingJobs.PullAsync), pull.Value.Job.Method.Name);
        Assert.AreEqual(1, ((JobStorageMonitor)monitor).AwaitingCount(), "2019's figures wait for the pull; 2019 has no review");

        _now = new DateTimeOffset(2018, 6, 1, 19, 0, 0, TimeSpan.Zero);
        await Jobs.NightlyAsync("lịch", CancellationToken.None);

        Assert.AreEqual(1 + 2, ((JobStorageMonitor)monitor).AwaitingCount(), "2018's figures, then the 2016–2018 window the review's packs read");
        using var connection = _storage.GetConnection();
        var periods = Enumerable.Range(1, 10).Select(id => connection.GetJobData(id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Where(j => j?.Job?.Method.Name == nameof(ReportingJobs.FiguresAsync)).Select(j => (string)j!.Job.Args[0]).ToList();
        CollectionAssert.AreEqual(new[] { "2019", "2018", "2016-2018" }, periods);
    }

    [TestMethod]
    public void Recurring_schedules_are_registered_in_Viet_Nam_time_and_an_empty_one_is_off()
    {
        var manager = new RecurringJobManager(_storage);
        var registered = RecurringSchedules.Register(manager, new SchedulesOptions { Costs = "" });

        using var connection = _storage.GetConnection();
        var jobs = connection.GetRecurringJobs();
        CollectionAssert.AreEquivalent(new[] { "nightly-pull", "monthly-summary", "yearly-figures", "conference-packs" }, jobs.Select(j => j.Id).ToArray());
        CollectionAssert.AreEquivalent(registered.ToArray(), jobs.Select(j => j.Id).ToArray());
        Assert.IsTrue(jobs.All(j => j.TimeZoneId == "Asia/Ho_Chi_Minh"));
        Assert.AreEqual("0 6 1 * *", jobs.Single(j => j.Id == "monthly-summary").Cron);
    }
}
