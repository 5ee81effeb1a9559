using OfficeOpenXml;
using Reporting.Data.Approval;
using Reporting.Data.Runs;
using Reporting.Domain.Programme;
using Reporting.Domain.Registers;
using Reporting.Figures;
using Reporting.Figures.Snapshots;
using Reporting.Domain.Costs;
using Reporting.Reports.Output;
using Reporting.Reports.Costs;
using Reporting.Data.Model;
using Reporting.Domain.Units;
using Reporting.IntegrationTests.Infrastructure;
using Reporting.Reports.Conference;
using Reporting.Testing;

namespace Reporting.IntegrationTests.Approval;

/// <summary>
/// A conference pack built from closed figures is the same bytes when it is built again, even
/// after a register of a closed year has arrived; once the year is reopened, the register counts
/// and the pack changes. Word, PDF (LibreOffice), annex, charts and report page alike; only the
/// manifest, which records the run that wrote the pack, differs between runs.
/// </summary>
[TestClass]
public sealed class ClosedPackScenarios
{
    private const string District = "602";
    private PipelineFixture _pipeline = null!;

    [TestInitialize]
    public async Task CreatePipelineAsync()
    {
        LibreOffice.Require();
        _pipeline = await PipelineFixture.CreateAsync(DatabaseProvider.Sqlite);
        foreach (var year in new[] { 2016, 2017, 2018 })
        {
            RegisterBuilder.Commune("23272", year)
                .Village("T01", 10, Steps.Recognized(year))
                .Household("0001", "T01", Steps.Recognized(year))
                .Household("0002", "T01", Steps.Registered(year))
                .SaveUnder(_pipeline.Source);
        }
        await _pipeline.PullAsync();
        await using var db = _pipeline.Database.NewContext();
        var approvals = new ApprovalLedger(db, UnitDirectory.Reference, TimeProvider.System);
        foreach (var year in new[] { 2016, 2017, 2018 })
            await approvals.CloseAsync(year, "cli:test", "Hội nghị sơ kết", CancellationToken.None);
    }

    [TestCleanup]
    public async Task DisposePipelineAsync() => await _pipeline.DisposeAsync();

    private async Task<Dictionary<string, string>> PackAsync()
    {
        await ConferenceRun.RunAsync(_pipeline, 2018, District, new ConferenceOptions { Pdf = PdfRendering.Required });
        var folder = Path.Combine(_pipeline.Output, "conference", "2018", District);
        return Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "manifest.json")
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
    }

    private static string Differences(Dictionary<string, string> before, Dictionary<string, string> after) =>
        string.Join(", ", before.Keys.Union(after.Keys).Where(k => before.GetValueOrDefault(k) != after.GetValueOrDefault(k)).Order());

    [TestMethod]
    public async Task Pack_of_closed_years_is_the_same_bytes_after_a_late_register_and_changes_once_reopened()
    {
        var closed = await PackAsync();
        CollectionAssert.IsSubsetOf(new[] { ConferencePackJob.WordFile, ConferencePackJob.PdfFile, ConferencePackJob.AnnexFile, ConferencePackJob.ReportFile }, closed.Keys);
        var page = await File.ReadAllTextAsync(Path.Combine(_pipeline.Output, "conference", "2018", District, ConferencePackJob.ReportFile));
        StringAssert.Contains(page, "Số liệu đã chốt (năm 2016 ngày");

        RegisterBuilder.Commune("23272", 2018, new DateTime(2019, 5, 2))
            .Village("T01", 10, Steps.Recognized(2018))
            .Household("0001", "T01", Steps.Recognized(2018))
            .Household("0002", "T01", Steps.Recognized(2018))
            .SaveUnder(_pipeline.Source, "23272_2018_bo_sung.xlsx");
        var summary = await _pipeline.PullAsync();
        Assert.AreEqual(1, summary.Count(FileOutcome.Accepted));
        var late = await PackAsync();
        Assert.AreEqual("", Differences(closed, late), "files that changed while the year stayed closed");

        await using (var db = _pipeline.Database.NewContext())
            await new ApprovalLedger(db, UnitDirectory.Reference, TimeProvider.System).ReopenAsync(2018, "cli:test", "Xã bổ sung sổ", CancellationToken.None);
        Assert.AreEqual(1, await _pipeline.CountHeldAsync("cli:test"));
        var reopened = await PackAsync();
        var changed = Differences(late, reopened);
        foreach (var file in new[] { ConferencePackJob.WordFile, ConferencePackJob.PdfFile, ConferencePackJob.AnnexFile, ConferencePackJob.ReportFile })
            StringAssert.Contains(changed, file);
        page = await File.ReadAllTextAsync(Path.Combine(_pipeline.Output, "conference", "2018", District, ConferencePackJob.ReportFile));
        StringAssert.Contains(page, "Số liệu năm 2018 chưa chốt");
    }

    private static string Today => Reporting.Data.Approval.ApprovalLedger.Day(DateTime.UtcNow);

    private async Task<List<string>> CostCoverAsync(int year)
    {
        await using var db = _pipeline.Database.NewContext();
        var job = new CostEstimateJob(new FigureSnapshots(db, TimeProvider.System, FiguresSettings.Default), new RunLedger(db, TimeProvider.System),
            new CostEstimator(CostSettings.Default, UnitDirectory.Reference, ProgrammeCalendar.Default), new EstimateSigners(),
            new ReportFolders(_pipeline.Output, MonthlyRun.ShippedTemplates), new ApprovalLedger(db, UnitDirectory.Reference, TimeProvider.System), TimeProvider.System);
        var result = await job.RunAsync(CostsRequest.Of(year, ProgrammePeriod.Default), "test", CancellationToken.None);
        using var package = new ExcelPackage(new FileInfo(result.WorkbookPath));
        var cover = package.Workbook.Worksheets[CostWorkbook.Cover];
        return [.. Enumerable.Range(1, cover.Dimension.End.Row).Select(r => cover.Cells[r, 1].Text)];
    }

    [TestMethod]
    public async Task Monthly_summary_and_cost_estimate_say_whether_the_years_they_count_are_closed_and_since_when()
    {
        var monthly = await MonthlyRun.RunAsync(_pipeline, 2018, 12);
        using (var package = new ExcelPackage(new FileInfo(monthly.WorkbookPath)))
            StringAssert.EndsWith(package.Workbook.Worksheets["Tổng hợp"].Cells[3, 1].Text, $"Số liệu năm 2018 đã chốt ngày {Today}.");
        // The 2019 estimate counts 2018's figures, beside 2018's estimate from 2017's and the 2018 review's exemplars of 2016–2017.
        CollectionAssert.Contains(await CostCoverAsync(2019), $"Số liệu đã chốt (năm 2016 ngày {Today}; năm 2017 ngày {Today}; năm 2018 ngày {Today}).");

        await using (var db = _pipeline.Database.NewContext())
            await new ApprovalLedger(db, UnitDirectory.Reference, TimeProvider.System).ReopenAsync(2018, "cli:test", "Xã bổ sung sổ", CancellationToken.None);
        CollectionAssert.Contains(await CostCoverAsync(2019),
            $"Số liệu năm 2018 chưa chốt, có thể còn thay đổi khi các xã, huyện gửi sổ bổ sung; đã chốt năm 2016 ngày {Today}; năm 2017 ngày {Today}.");
    }
}
