using OfficeOpenXml;
using Reporting.Data.Model;
using Reporting.Data.Runs;
using Reporting.Domain.Costs;
using Reporting.Domain.Programme;
using Reporting.Domain.Registers;
using Reporting.Domain.Units;
using Reporting.Figures;
using Reporting.Figures.Snapshots;
using Reporting.IntegrationTests.Infrastructure;
using Reporting.Reports.Costs;
using Reporting.Reports.Output;
using Reporting.Testing;

namespace Reporting.IntegrationTests.Reports;

/// <summary>
/// The 2018 estimate of a province where only Xã Ngũ Phụng (23272, Phú Quí) keeps registers, every
/// amount worked out by hand from the defaults of <see cref="CostSettings"/>. In 2017 (the base year)
/// it has villages T01 (10 households, registered) and T02 (5); household 0001 recognised, 0002
/// registered; clan DH01 recognised; unit DV01 registered. Household 0001 is recognised in 2016,
/// 2017 and 2018: the one exemplar of 2016–2018.
/// </summary>
[TestClass]
public sealed class CostEstimateScenarios
{
    private PipelineFixture _pipeline = null!;

    // A report's logic is the same on either engine: the figure and storage scenarios run on both.
    private static DatabaseProvider Provider => DatabaseProvider.Sqlite;

    [TestInitialize]
    public async Task CreatePipelineAsync()
    {
        _pipeline = await PipelineFixture.CreateAsync(Provider);
        foreach (var year in new[] { 2016, 2017, 2018 })
        {
            var register = RegisterBuilder.Commune("23272", year).Village("T01", 10, Steps.Registered(year)).Village("T02", 5, Steps.None)
                .Household("0001", "T01", Steps.Recognized(year));
            if (year == 2017)
                register.Household("0002", "T02", Steps.Registered(year)).Clan("DH01", "T01", Steps.Recognized(year)).Unit("DV01", Steps.Registered(year));
            register.SaveUnder(_pipeline.Source);
        }
        await _pipeline.PullAsync();
    }

    [TestCleanup]
    public async Task DisposePipelineAsync() => await _pipeline.DisposeAsync();

    private async Task<CostEstimateResult> RunAsync(int year)
    {
        await using var db = _pipeline.Database.NewContext();
        var job = new CostEstimateJob(new FigureSnapshots(db, TimeProvider.System, FiguresSettings.Default), new RunLedger(db, TimeProvider.System),
            new CostEstimator(CostSettings.Default, UnitDirectory.Reference, ProgrammeCalendar.Default),
            new ReportFolders(_pipeline.Output, MonthlyRun.ShippedTemplates), TimeProvider.System);
        return await job.RunAsync(CostsRequest.Of(year, ProgrammePeriod.Default), "test", CancellationToken.None);
    }

    private static int RowOf(ExcelWorksheet sheet, int column, string text) =>
        Enumerable.Range(1, sheet.Dimension.End.Row).Single(r => sheet.Cells[r, column].Text == text);

    /// <summary>Item, quantity, unit cost and amount of the lines below a group row.</summary>
    private static List<(string, double, double, double)> LinesAfter(ExcelWorksheet sheet, int groupRow, int count) =>
        Enumerable.Range(groupRow + 1, count)
            .Select(r => (sheet.Cells[r, 2].Text, (double)sheet.Cells[r, 4].Value, (double)sheet.Cells[r, 6].Value, Convert.ToDouble(sheet.Cells[r, 7].Value)))
            .ToList();

    [TestMethod]
    public async Task Commune_lines_are_priced_as_worked_out_by_hand()
    {
        var result = await RunAsync(2018);

        using var workbook = new ExcelPackage(new FileInfo(result.WorkbookPath));
        var sheet = workbook.Workbook.Worksheets["602 Phú Quí"];
        var ngũPhụng = RowOf(sheet, 2, "B.1. Xã Ngũ Phụng (23272)");
        var lines = LinesAfter(sheet, ngũPhụng, 14);
        var expected = new List<(string, double, double, double)>
        {
            ("Hướng dẫn, tuyên truyền ở thôn, khu phố", 2, 300_000, 600_000),   // two villages in 2017
            ("Giấy đăng ký danh hiệu", 7, 2_000, 14_000),                        // households 2→3, clan 1→1, villages 1→2, unit 1→1
            ("Giấy công nhận \"Gia đình hiếu học\"", 2, 15_000, 30_000),         // 1 recognised × 1.05, rounded up
            ("Giấy công nhận \"Dòng họ hiếu học\"", 1, 15_000, 15_000),          // 1 → 2, capped by the one clan
            ("Giấy công nhận \"Cộng đồng học tập\"", 0, 15_000, 0),
            ("Giấy công nhận \"Đơn vị học tập\"", 0, 15_000, 0),
            ("Tập huấn (tiền ăn học viên)", 4, 100_000, 400_000),                // 2 villages × 2 trainees × 1 day
            ("Hội nghị triển khai (tiền ăn đại biểu)", 30, 100_000, 3_000_000),
            ("Hội nghị sơ kết, tổng kết (tiền ăn đại biểu)", 60, 100_000, 6_000_000),
            ("Hội nghị sơ kết, tổng kết (hội trường, tài liệu)", 1, 1_000_000, 1_000_000),
            ("Khen thưởng \"Gia đình hiếu học\" tiêu biểu", 1, 208_500, 209_000), // 0.15 × 1,390,000, rounded half up to 1,000
            ("Khen thưởng \"Dòng họ hiếu học\" tiêu biểu", 0, 417_000, 0),
            ("Khen thưởng \"Cộng đồng học tập\" tiêu biểu", 0, 417_000, 0),
            ("Khen thưởng \"Đơn vị học tập\" tiêu biểu", 0, 417_000, 0),
        };
        CollectionAssert.AreEqual(expected, lines);
        Assert.AreEqual(11_268_000d, Convert.ToDouble(sheet.Cells[ngũPhụng, 7].Value), "the commune's subtotal");
        StringAssert.Contains(sheet.Cells[ngũPhụng + 2, 3].Text, "hộ 2 → 3; dòng họ 1 → 1 (tối đa 1); thôn 1 → 2; đơn vị 1 → 1 (tối đa 1)");
        Assert.AreEqual($"ROUND(D{ngũPhụng + 11}*F{ngũPhụng + 11},-3)", sheet.Cells[ngũPhụng + 11, 7].Formula);
    }

    [TestMethod]
    public async Task District_province_and_summary_add_up_to_the_dong()
    {
        var result = await RunAsync(2018);

        using var workbook = new ExcelPackage(new FileInfo(result.WorkbookPath));
        var phuQui = workbook.Workbook.Worksheets["602 Phú Quí"];
        // District lines: 9 trainees × 150,000; 50 × 150,000; 3 visits × 500,000; 100 × 150,000 + 3,000,000.
        Assert.AreEqual(28_350_000d, Convert.ToDouble(phuQui.Cells[RowOf(phuQui, 2, "A. Huyện Phú Quí (cấp huyện)"), 7].Value));
        // Two communes without registers: deployment 3,000,000 and the conference 7,000,000 each.
        var districtTotal = RowOf(phuQui, 2, "Tổng cộng");
        Assert.AreEqual(28_350_000d + 11_268_000 + 2 * 10_000_000, Convert.ToDouble(phuQui.Cells[districtTotal, 7].Value));

        var province = workbook.Workbook.Worksheets["Tỉnh"];
        // Materials (10 + 127 + 2) × 50,000; training 40 × 200,000; deployment 80 × 200,000; 10 visits;
        // the conference 150 × 200,000 + 10,000,000; tọa đàm in five kinds of area: 150 × 200,000 + 5 × 5,000,000.
        Assert.AreEqual(135_950_000d, Convert.ToDouble(province.Cells[RowOf(province, 2, "Tổng cộng"), 7].Value));

        var summary = workbook.Workbook.Worksheets["Tổng hợp"];
        var total = RowOf(summary, 3, "Toàn tỉnh");
        // Every district: 25,500,000 + 950,000 per commune; every commune 10,000,000, Ngũ Phụng 1,268,000 more.
        Assert.AreEqual(1_782_868_000d, Convert.ToDouble(summary.Cells[total, 4].Value));
        Assert.AreEqual(1_782_868_000m, result.Total);
        var parts = Enumerable.Range(total - 11, 11).Sum(r => Convert.ToDouble(summary.Cells[r, 4].Value));
        Assert.AreEqual(Convert.ToDouble(summary.Cells[total, 4].Value), parts, "the province total is the sum of the province and district sheets");
        Assert.AreEqual($"SUM(D{total - 11}:D{total - 1})", summary.Cells[total, 4].Formula);
        Assert.AreEqual("'602 Phú Quí'!G" + districtTotal, summary.Cells[total - 1, 4].Formula);
    }

    [TestMethod]
    public async Task Previous_year_column_is_last_years_estimate()
    {
        var previous = await RunAsync(2017);
        var result = await RunAsync(2018);

        Assert.AreEqual(previous.Total, result.PreviousTotal);
        using var workbook = new ExcelPackage(new FileInfo(result.WorkbookPath));
        var summary = workbook.Workbook.Worksheets["Tổng hợp"];
        var total = RowOf(summary, 3, "Toàn tỉnh");
        Assert.AreEqual((double)previous.Total, Convert.ToDouble(summary.Cells[total, 5].Value));
        Assert.AreEqual((double)(result.Total - previous.Total), Convert.ToDouble(summary.Cells[total, 6].Value));
    }

    [TestMethod]
    public async Task Bases_sheet_traces_each_quantity_to_the_figures_it_came_from()
    {
        var result = await RunAsync(2018);

        using var workbook = new ExcelPackage(new FileInfo(result.WorkbookPath));
        var bases = workbook.Workbook.Worksheets["Căn cứ"];
        StringAssert.Contains(bases.Cells[5, 1].Text, "reporting figures --period 2017");
        StringAssert.Contains(bases.Cells[5, 1].Text, "reporting figures --period 2016-2018");
        var reward = Enumerable.Range(7, bases.Dimension.End.Row - 6)
            .Single(r => bases.Cells[r, 2].Text == "23272" && bases.Cells[r, 4].Text == "Khen thưởng \"Gia đình hiếu học\" tiêu biểu");
        Assert.AreEqual("hộ tiêu biểu 2016–2018 (công nhận đủ các năm): 1", bases.Cells[reward, 7].Text);
        var rates = workbook.Workbook.Worksheets["Định mức"];
        StringAssert.Contains(string.Join("|", Enumerable.Range(1, rates.Dimension.End.Row).Select(r => rates.Cells[r, 5].Text)), "Thông tư 40/2017/TT-BTC");
        Assert.IsTrue(File.Exists(Path.Combine(Path.GetDirectoryName(result.WorkbookPath)!, "manifest.json")));
    }

    [TestMethod]
    [TestCategory(Categories.Slow)]
    public async Task Formulas_recalculated_by_LibreOffice_give_the_same_totals()
    {
        var result = await RunAsync(2018);

        var sheets = await LibreOffice.SheetsAsCsvAsync(result.WorkbookPath);

        var total = sheets["Tổng hợp"].Single(r => r.Length > 3 && r[2] == "Toàn tỉnh");
        Assert.AreEqual(Vietnamese.Number((long)result.Total), total[3]);
    }
}
