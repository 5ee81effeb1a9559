using System.Net;
using System.Security.Cryptography;
using AngleSharp.Html.Parser;
using Hangfire;
using Hangfire.Common;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OfficeOpenXml;
using Reporting.Data.Model;
using Reporting.IntegrationTests.Infrastructure;
using Reporting.Scheduling.Running;
using Reporting.Testing;

namespace Reporting.IntegrationTests.Web;

/// <summary>
/// An admin re-runs the monthly summary from the admin page; the server runs it; the run list
/// shows it with its outputs, and the workbook downloads as the run wrote it.
/// </summary>
public abstract class ServeRunScenarios
{
    private PipelineFixture _pipeline = null!;
    private ServeFactory _factory = null!;

    protected abstract DatabaseProvider Provider { get; }

    [TestInitialize]
    public async Task StartAsync()
    {
        _pipeline = await PipelineFixture.CreateAsync(Provider);
        RegisterBuilder.Commune("23272", 2018, updatedOn: new DateTime(2018, 12, 10))
            .Village("T01", 10, Steps.Recognized(2018))
            .Household("0001", "T01", Steps.Recognized(2018))
            .SaveUnder(_pipeline.Source);
        await _pipeline.PullAsync();
        // 20 December 2018 in Viet Nam: the year's registers as of this month.
        _factory = new ServeFactory(_pipeline, FakeClock.Reading(() => new DateTimeOffset(2018, 12, 20, 3, 0, 0, TimeSpan.Zero)));
    }

    [TestCleanup]
    public async Task StopAsync()
    {
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await _pipeline.DisposeAsync();
    }

    private async Task<RunRecord> WaitForRunAsync(string job, string parameters, int count = 1)
    {
        var deadline = DateTime.UtcNow.AddMinutes(4);
        while (true)
        {
            await using var db = _pipeline.Database.NewContext();
            var runs = await db.Runs.AsNoTracking().Where(r => r.Job == job && r.Parameters == parameters && r.Status != RunStatus.Running)
                .OrderBy(r => r.StartedAt).ToListAsync();
            if (runs.Count >= count)
                return runs[count - 1];
            if (DateTime.UtcNow > deadline)
                throw new AssertFailedException($"{job} {parameters} did not finish. {await SchedulerStateAsync(db)}");
            await Task.Delay(200);
        }
    }

    /// <summary>What the scheduler and the ledger say, for a run that never ended.</summary>
    private async Task<string> SchedulerStateAsync(ReportingDbContext db)
    {
        var monitoring = _factory.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var statistics = monitoring.GetStatistics();
        var failed = monitoring.FailedJobs(0, 5).Select(j => $"{j.Value.ExceptionType}: {j.Value.ExceptionMessage}");
        var scheduled = monitoring.ScheduledJobs(0, 5).Select(j => $"scheduled for {j.Value.EnqueueAt:O}");
        var ledger = await db.Runs.AsNoTracking().Select(r => $"{r.Job} {r.Parameters} {r.Status} {r.Error}").ToListAsync();
        return $"Hangfire: {statistics.Enqueued} enqueued, {statistics.Processing} processing, {statistics.Scheduled} scheduled, "
            + $"{statistics.Succeeded} succeeded, {statistics.Failed} failed, {statistics.Servers} servers; "
            + $"failed: [{string.Join("; ", failed)}]; scheduled: [{string.Join("; ", scheduled)}]; ledger: [{string.Join("; ", ledger)}]";
    }

    [TestMethod]
    public async Task Admin_reruns_the_monthly_summary_and_downloads_the_new_workbook_from_the_run_list()
    {
        using var admin = await _factory.Session().SignedInAsync(ServeFactory.Admin, ServeFactory.AdminPassword);

        using (var run = await admin.PostFormAsync("/", "/runs", new() { ["job"] = "monthly", ["month"] = "2018-12" }))
            Assert.AreEqual(HttpStatusCode.Redirect, run.StatusCode);
        var record = await WaitForRunAsync("monthly", "month=2018-12");

        Assert.AreEqual(RunStatus.Succeeded, record.Status, record.Error);
        Assert.AreEqual($"web:{ServeFactory.Admin}", record.StartedBy);
        var page = new HtmlParser().ParseDocument(await admin.Client.GetStringAsync("/?job=monthly"));
        var row = page.QuerySelectorAll("tr.run").Single();
        StringAssert.Contains(row.TextContent, "Báo cáo tháng 12/2018");
        StringAssert.Contains(row.TextContent, "Thành công");
        var link = row.QuerySelectorAll("a").Single(a => a.TextContent.EndsWith(".xlsx", StringComparison.Ordinal));
        Assert.AreEqual("monthly/2018-12/tong-hop-thang-2018-12.xlsx", link.TextContent);

        using var download = await admin.GetAsync(link.GetAttribute("href")!);
        Assert.AreEqual(HttpStatusCode.OK, download.StatusCode);
        Assert.AreEqual("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", download.Content.Headers.ContentType!.MediaType);
        var bytes = await download.Content.ReadAsByteArrayAsync();
        var onDisk = Path.Combine(_pipeline.Output, "monthly", "2018-12", "tong-hop-thang-2018-12.xlsx");
        CollectionAssert.AreEqual(await File.ReadAllBytesAsync(onDisk), bytes);
        await using (var db = _pipeline.Database.NewContext())
            Assert.AreEqual(Convert.ToHexStringLower(SHA256.HashData(bytes)), (await db.RunOutputs.SingleAsync(o => o.RunId == record.Id && o.Path.EndsWith(".xlsx"))).Sha256);
        using var workbook = new ExcelPackage(new MemoryStream(bytes));
        Assert.IsGreaterThan(1, workbook.Workbook.Worksheets.Count);
    }

    [TestMethod]
    public async Task Pull_that_rejected_a_file_is_listed_as_having_errors_not_as_a_success()
    {
        var unit = Path.Combine(_pipeline.Source, "communes", "23275");
        Directory.CreateDirectory(unit);
        await File.WriteAllTextAsync(Path.Combine(unit, "23275_2018.xlsx"), "không phải sổ");
        using var admin = await _factory.Session().SignedInAsync(ServeFactory.Admin, ServeFactory.AdminPassword);

        using (await admin.PostFormAsync("/", "/runs", new() { ["job"] = "pull", ["year"] = "2018" }))
        {
        }
        RunRecord? record = null;
        await Eventually.WaitUntilAsync(async () =>
        {
            await using var db = _pipeline.Database.NewContext();
            record = await db.Runs.AsNoTracking().FirstOrDefaultAsync(r => r.Job == "pull" && r.Status != RunStatus.Running);
            return record is not null;
        }, "the pull to finish", () => "");

        Assert.AreEqual(RunStatus.WithErrors, record!.Status, record.Error);
        StringAssert.Contains(record.Error, "1 tệp bị từ chối");
        var row = new HtmlParser().ParseDocument(await admin.Client.GetStringAsync("/?job=pull")).QuerySelectorAll("tr.run").Single();
        StringAssert.Contains(row.TextContent, "Có lỗi");
        Assert.IsFalse(row.TextContent.Contains("Thành công", StringComparison.Ordinal));
        // The register pulled when the test began, and the file that is not one.
        Assert.AreEqual("xa: 2 tệp (0 nhận đủ, 0 nhận một phần, 1 bị từ chối, 1 không đổi), 0 dòng bị loại", row.QuerySelector(".outcome")!.TextContent,
            "the pull's files by source and what became of them");
        var links = row.QuerySelectorAll("a").ToDictionary(a => a.TextContent, a => a.GetAttribute("href")!);
        Assert.IsTrue(links.Keys.Any(name => name.StartsWith("pulls/pull-", StringComparison.Ordinal)), "the pull's summary");
        using var report = await admin.GetAsync(links[Path.Combine("errors", "2018", "23275", "23275_2018-loi.xlsx")]);
        Assert.AreEqual(HttpStatusCode.OK, report.StatusCode, "the rejected file's error report");
    }

    [TestMethod]
    public async Task Output_changed_since_its_run_is_not_served_as_that_runs()
    {
        using var admin = await _factory.Session().SignedInAsync(ServeFactory.Admin, ServeFactory.AdminPassword);
        using (await admin.PostFormAsync("/", "/runs", new() { ["job"] = "costs", ["year"] = "2019" }))
        {
        }
        var record = await WaitForRunAsync("costs", "year=2019");
        Assert.AreEqual(RunStatus.Succeeded, record.Status, record.Error);
        await using var db = _pipeline.Database.NewContext();
        var output = await db.RunOutputs.FirstAsync(o => o.RunId == record.Id);
        await File.AppendAllTextAsync(Path.Combine(_pipeline.Output, output.Path), "thay đổi");

        using var download = await admin.GetAsync($"/runs/{record.Id}/outputs/{output.Id}");
        using var otherRun = await admin.GetAsync($"/runs/{Guid.NewGuid()}/outputs/{output.Id}");

        Assert.AreEqual(HttpStatusCode.Gone, download.StatusCode);
        Assert.AreEqual(HttpStatusCode.NotFound, otherRun.StatusCode, "an output is found only under its own run");
    }

    [TestMethod]
    public async Task Job_stored_before_the_scheduler_had_a_project_of_its_own_still_loads()
    {
        using var viewer = await _factory.Session().SignedInAsync(ServeFactory.Viewer, ServeFactory.ViewerPassword);
        var stored = InvocationData.SerializeJob(Job.FromExpression<ReportingJobs>(j => j.PullAsync(2018, "lịch", CancellationToken.None)));
        var before = new InvocationData(
            stored.Type.Replace("Reporting.Scheduling.Running.ReportingJobs, Reporting.Scheduling", "Reporting.Jobs.Running.ReportingJobs, Reporting.Jobs", StringComparison.Ordinal),
            stored.Method, stored.ParameterTypes, stored.Arguments);

        Assert.AreNotEqual(stored.Type, before.Type);
        var job = before.DeserializeJob();
        Assert.AreEqual((typeof(ReportingJobs), nameof(ReportingJobs.PullAsync)), (job.Type, job.Method.Name));
    }

    [TestMethod]
    public async Task Admin_page_shows_how_many_communes_have_sent_this_years_register()
    {
        using var viewer = await _factory.Session().SignedInAsync(ServeFactory.Viewer, ServeFactory.ViewerPassword);

        var page = new HtmlParser().ParseDocument(await viewer.Client.GetStringAsync("/"));

        var section = page.QuerySelector("#completeness")!;
        StringAssert.Contains(section.QuerySelector("h2")!.TextContent, "năm 2018 (tính đến 31/12/2018)");
        var phuQui = section.QuerySelectorAll("tr").Single(r => r.TextContent.Contains("Huyện Phú Quí")).QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        // Phú Quí has three communes; 23272 sent its register, updated 10 days before the month's end.
        CollectionAssert.AreEqual(new[] { "Huyện Phú Quí", "3", "1", "1", "0", "2", "33,3%", "" }, phuQui);
    }
}

[TestClass]
public sealed class SqliteServeRunTests : ServeRunScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[TestClass]
public sealed class PostgresServeRunTests : ServeRunScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}
