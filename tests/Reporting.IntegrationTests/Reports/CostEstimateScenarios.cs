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
using Microsoft.EntityFrameworkCore;

namespace Reporting.IntegrationTests.Reports;

/// <summary>
/// The 2018 estimate of a province where only Xã Ngũ Phụng (23272, Phú Quí) keeps registers, every
/// amount worked out by hand from the defaults of <see cref="CostSettings"/>: drawn up on 1 October
/// 2017, it prices meals by Circular 40/2017/TT-BTC and rewards at the base salary of 1,300,000 đ.
/// In 2017 (the base year) the commune has villages T01 (10 households, registered) and T02 (5);
/// household 0001 recognised, 0002 registered; clan DH01 recognised; unit DV01 registered.
/// Household 0001 is recognised in 2016, 2017 and 2018: the one exemplar candidate known in 2017.
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
            new EstimateSigners { DrafterName = "Nguyễn Văn A", ApproverName = "Trần Thị B" },
            new ReportFolders(_pipeline.Output, MonthlyRun.ShippedTemplates), new Reporting.Data.Approval.ApprovalLedger(db, UnitDirectory.Reference, TimeProvider.System), TimeProvider.System);
        return await job.RunAsync(CostsRequest.Of(year, ProgrammePeriod.Default), "test", CancellationToken.None);
    }

    private static int RowOf(ExcelWorksheet sheet, int column, string text) =>
        Enumerable.Range(1, sheet.Dimension.End.Row).Single(r => sheet.Cells[r, column].Text == text);

    private static double Number(ExcelWorksheet sheet, int row, int column) => Convert.ToDouble(sheet.Cells[row, column].Value);

    /// <summary>Item, quantity, unit cost, amount and budget of the lines below a group row.</summary>
    private static List<(string, double, double, double, string)> LinesAfter(ExcelWorksheet sheet, int groupRow, int count) =>
        Enumerable.Range(groupRow + 1, count)
            .Select(r => (sheet.Cells[r, 2].Text, (double)sheet.Cells[r, 4].Value, (double)sheet.Cells[r, 6].Value, Number(sheet, r, 7), sheet.Cells[r, 10].Text))
            .ToList();

    [TestMethod]
    public async Task Commune_lines_are_priced_as_worked_out_by_hand()
    {
        var result = await RunAsync(2018);

        using var workbook = new ExcelPackage(new FileInfo(result.WorkbookPath));
        var sheet = workbook.Workbook.Worksheets["602 Phú Quí"];
        var ngũPhụng = RowOf(sheet, 2, "Xã Ngũ Phụng (mã 23272)");
        Assert.AreEqual("B.1", sheet.Cells[ngũPhụng, 1].Text, "the group's number in the STT column, the code beside the name");
        var lines = LinesAfter(sheet, ngũPhụng, 14);
        const string Xa = "Ngân sách xã";
        var expected = new List<(string, double, double, double, string)>
        {
            ("Hướng dẫn, tuyên truyền ở thôn, khu phố", 2, 300_000, 600_000, Xa),   // two villages in 2017
            ("Giấy đăng ký danh hiệu", 7, 2_000, 14_000, Xa),                        // households 2→3, clan 1→1, villages 1→2, unit 1→1
            ("Giấy công nhận \"Gia đình hiếu học\"", 2, 15_000, 30_000, Xa),         // 1 recognised × 1.05, rounded up
            ("Giấy công nhận \"Dòng họ hiếu học\"", 1, 15_000, 15_000, Xa),          // 1 → 2, capped by the one clan
            ("Giấy công nhận \"Cộng đồng học tập\"", 0, 15_000, 0, Xa),
            ("Giấy công nhận \"Đơn vị học tập\"", 0, 15_000, 0, Xa),
            ("Tập huấn (tiền ăn học viên)", 4, 100_000, 400_000, Xa),                // 2 villages × 2 trainees, 80% off the payroll: 3.2 → 4
            ("Hội nghị triển khai (tiền ăn đại biểu)", 24, 100_000, 2_400_000, Xa),  // 30 × 80%
            ("Hội nghị sơ kết, tổng kết (tiền ăn đại biểu)", 48, 100_000, 4_800_000, Xa), // 60 × 80%
            ("Hội nghị sơ kết, tổng kết (hội trường, tài liệu)", 1, 1_000_000, 1_000_000, Xa),
            ("Khen thưởng \"Gia đình hiếu học\" tiêu biểu", 1, 200_000, 200_000, Xa), // 5% of 1 candidate → 1; 0.15 × 1,300,000 → 200,000
            ("Khen thưởng \"Dòng họ hiếu học\" tiêu biểu", 0, 390_000, 0, Xa),       // the clan was not recognised in 2016
            ("Khen thưởng \"Cộng đồng học tập\" tiêu biểu", 0, 390_000, 0, Xa),
            ("Khen thưởng \"Đơn vị học tập\" tiêu biểu", 0, 390_000, 0, Xa),
        };
        CollectionAssert.AreEqual(expected, lines);
        Assert.AreEqual(9_459_000d, Number(sheet, ngũPhụng, 7), "the commune's subtotal");
        Assert.AreEqual($"ROUND(D{ngũPhụng + 11}*F{ngũPhụng + 11},-3)", sheet.Cells[ngũPhụng + 11, 7].Formula);
    }

    [TestMethod]
    public async Task District_province_and_summary_add_up_to_the_dong_and_split_by_the_budget_that_pays()
    {
        var result = await RunAsync(2018);

        using var workbook = new ExcelPackage(new FileInfo(result.WorkbookPath));
        var phuQui = workbook.Workbook.Worksheets["602 Phú Quí"];
        // 9 trainees, 60% off the payroll: 5.4 → 6 × 150,000; 30 × 150,000; 3 visits × 500,000; 60 × 150,000 + 3,000,000.
        // The district's one candidate is Ngũ Phụng's, commended by the commune: none is left to it, nor to the province.
        var district = RowOf(phuQui, 2, "Huyện Phú Quí (cấp huyện, mã 602)");
        Assert.AreEqual(18_900_000d, Number(phuQui, district, 7));
        Assert.AreEqual(0d, Number(phuQui, RowOf(phuQui, 3, "ứng viên: hộ được công nhận đủ các năm 2016–2017: 1; được khen ở cấp xã năm 2018: 1; định mức khen cấp huyện: 1% số ứng viên mỗi huyện, làm tròn lên, tối đa 20 → 0"), 4));
        // Two communes without registers: deployment 2,400,000 and the conference 5,800,000 each.
        var districtTotal = RowOf(phuQui, 2, "Tổng cộng");
        Assert.AreEqual(18_900_000d + 9_459_000 + 2 * 8_200_000, Number(phuQui, districtTotal, 7));

        var province = workbook.Workbook.Worksheets["Tỉnh"];
        // Materials (10 + 127 + 2) × 50,000; training 40 × 50% × 200,000; deployment 80 × 50% × 200,000; 10 visits × 1,000,000;
        // the conference 75 × 200,000 + 10,000,000; tọa đàm in five kinds of area: 75 × 200,000 + 5 × 5,000,000.
        const double provinceTotal = 6_950_000 + 4_000_000 + 8_000_000 + 10_000_000 + 25_000_000 + 15_000_000 + 25_000_000;
        Assert.AreEqual(provinceTotal, Number(province, RowOf(province, 2, "Tổng cộng"), 7));

        // Every district: training ⌈3 × communes × 60%⌉ × 150,000, deployment 4,500,000, visits 500,000 a commune, conference 12,000,000;
        // every commune 8,200,000, Ngũ Phụng 1,259,000 more.
        var districts = UnitDirectory.Reference.In(2018, UnitLevel.District)
            .Select(d => (double)UnitDirectory.Reference.ChildrenOf(d.Code, 2018).Count()).ToList();
        var districtsOwn = districts.Sum(n => Math.Ceiling(3 * n * 0.6) * 150_000 + 4_500_000 + n * 500_000 + 12_000_000);
        var communes = districts.Sum() * 8_200_000 + 1_259_000;
        var summary = workbook.Workbook.Worksheets["Tổng hợp"];
        var total = RowOf(summary, 2, "Toàn tỉnh");
        Assert.AreEqual(127d, districts.Sum());
        Assert.AreEqual((provinceTotal, districtsOwn, communes), (Number(summary, total, 4), Number(summary, total, 5), Number(summary, total, 6)),
            "ngân sách tỉnh, huyện, xã");
        Assert.AreEqual(provinceTotal + districtsOwn + communes, Number(summary, total, 7));
        Assert.AreEqual((decimal)(provinceTotal + districtsOwn + communes), result.Total);
        var phuQuiRow = RowOf(summary, 3, "602");
        Assert.AreEqual((0d, 18_900_000d, 9_459_000d + 2 * 8_200_000), (Number(summary, phuQuiRow, 4), Number(summary, phuQuiRow, 5), Number(summary, phuQuiRow, 6)));
        Assert.AreEqual("'602 Phú Quí'!G" + districtTotal, summary.Cells[phuQuiRow, 7].Formula);
        Assert.AreEqual($"SUM(G{total - 11}:G{total - 1})", summary.Cells[total, 7].Formula);
        Assert.AreEqual(Number(summary, total, 7), Enumerable.Range(total - 11, 11).Sum(r => Number(summary, r, 7)), "the province total is the sum of the province and district sheets");
    }

    [TestMethod]
    public async Task Previous_year_column_is_last_years_estimate_and_a_jump_is_flagged_with_its_lines()
    {
        var previous = await RunAsync(2017);
        var result = await RunAsync(2018);

        Assert.AreEqual(previous.Total, result.PreviousTotal);
        using var workbook = new ExcelPackage(new FileInfo(result.WorkbookPath));
        var summary = workbook.Workbook.Worksheets["Tổng hợp"];
        var total = RowOf(summary, 2, "Toàn tỉnh");
        Assert.AreEqual((double)previous.Total, Number(summary, total, 8));
        Assert.AreEqual((double)(result.Total - previous.Total), Number(summary, total, 9));

        // 2018 holds the three-year review at every level, which 2017 does not: more than twice 2017.
        Assert.IsGreaterThan(2m * previous.Total, result.Total);
        Assert.IsNotNull(result.Warning);
        Assert.AreEqual(CostItemKind.ConferenceMeals, result.Warning.Drivers[0].Kind, "the review's meals make most of the difference");
        StringAssert.Contains(result.Warning.Text, "Hội nghị sơ kết, tổng kết (tiền ăn đại biểu) +");
        var cells = workbook.Workbook.Worksheets.SelectMany(s => s.Cells.Select(c => c.Text)).ToList();
        Assert.IsTrue(cells.Contains(result.Warning.Text), "the warning is in the workbook");
        await using var db = _pipeline.Database.NewContext();
        var run = await db.Runs.SingleAsync(r => r.Id == result.RunId);
        StringAssert.Contains(run.Outcome, result.Warning.Text, "and in the run ledger");
        Assert.IsNull(previous.Warning, "2017 is within twice 2016");
    }

    [TestMethod]
    public async Task Bases_sheet_traces_each_quantity_to_the_figures_it_came_from_in_words()
    {
        var result = await RunAsync(2018);

        using var workbook = new ExcelPackage(new FileInfo(result.WorkbookPath));
        var bases = workbook.Workbook.Worksheets["Căn cứ"];
        StringAssert.Contains(bases.Cells[5, 1].Text, "số liệu năm 2017 (bản số liệu số ");
        StringAssert.Contains(bases.Cells[5, 1].Text, "số liệu kỳ 2016–2017");
        var reward = Enumerable.Range(7, bases.Dimension.End.Row - 6)
            .Single(r => bases.Cells[r, 2].Text == "23272" && bases.Cells[r, 4].Text == "Khen thưởng \"Gia đình hiếu học\" tiêu biểu");
        Assert.AreEqual("ứng viên: hộ được công nhận đủ các năm 2016–2017: 1; định mức khen cấp xã: 5% số ứng viên mỗi xã, làm tròn lên, tối đa 10 → 1", bases.Cells[reward, 7].Text);
        Assert.AreEqual("Ngân sách xã", bases.Cells[reward, 8].Text);
        var rates = workbook.Workbook.Worksheets["Định mức"];
        var rateTexts = Enumerable.Range(1, rates.Dimension.End.Row).Select(r => (rates.Cells[r, 2].Text, rates.Cells[r, 5].Text, rates.Cells[r, 6].Text)).ToList();
        CollectionAssert.Contains(rateTexts, ("Hỗ trợ tiền ăn đại biểu hội nghị, học viên tập huấn cấp xã", "Thông tư 40/2017/TT-BTC, Điều 12", "từ 01/07/2017"));
        CollectionAssert.Contains(rateTexts, ("Tiền thưởng kèm Giấy khen của Chủ tịch UBND cấp xã, hộ gia đình (mức cá nhân)",
            "Nghị định 91/2017/NĐ-CP, Điều 76; lương cơ sở theo Nghị định 47/2017/NĐ-CP; 0,15 × lương cơ sở 1.300.000 đ, làm tròn lên hàng chục nghìn đồng", "31/07/2017 – 30/06/2018"));
        CollectionAssert.Contains(rateTexts, ("Bộ tài liệu hướng dẫn", "Dự kiến (giá in ấn theo thị trường; chi theo hóa đơn thực tế)", "—"));
        Assert.IsTrue(File.Exists(Path.Combine(Path.GetDirectoryName(result.WorkbookPath)!, "manifest.json")));
    }

    [TestMethod]
    public async Task No_sheet_shows_a_settings_key_a_file_path_or_a_command_line()
    {
        var result = await RunAsync(2018);

        using var workbook = new ExcelPackage(new FileInfo(result.WorkbookPath));
        var keys = CostSettings.DefaultUnitCosts.Select(c => c.Key.Key()).ToList();
        var offending = workbook.Workbook.Worksheets.SelectMany(s => s.Cells.Where(c => c.Value is string).Select(c => (s.Name, c.Address, c.Text)))
            .Where(c => keys.Any(k => c.Text.Contains(k, StringComparison.Ordinal)) || c.Text.Contains("reporting ", StringComparison.Ordinal)
                || c.Text.Contains("--", StringComparison.Ordinal) || c.Text.Contains('/' + "tmp", StringComparison.Ordinal) || c.Text.Contains(".xlsx", StringComparison.Ordinal))
            .ToList();
        Assert.IsEmpty(offending, string.Join("\n", offending));
    }

    [TestMethod]
    public async Task Cover_cites_the_texts_in_force_states_the_total_in_words_and_has_both_signatures()
    {
        var in2016 = await RunAsync(2016);
        var in2018 = await RunAsync(2018);

        string[] Cover(CostEstimateResult result)
        {
            using var workbook = new ExcelPackage(new FileInfo(result.WorkbookPath));
            var cover = workbook.Workbook.Worksheets[0];
            Assert.AreEqual("Bìa", cover.Name);
            Assert.AreEqual(OfficeOpenXml.eOrientation.Portrait, cover.PrinterSettings.Orientation);
            return [.. Enumerable.Range(1, cover.Dimension.End.Row).Select(r => cover.Cells[r, 1].Text + "|" + cover.Cells[r, 4].Text)];
        }

        var cover2018 = Cover(in2018);
        var cover2016 = Cover(in2016);
        CollectionAssert.IsSubsetOf(new[]
        {
            "HỘI KHUYẾN HỌC TỈNH BÌNH THUẬN|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "DỰ TOÁN KINH PHÍ|DỰ TOÁN KINH PHÍ",
            "– Thông tư 40/2017/TT-BTC, Điều 12;|– Thông tư 40/2017/TT-BTC, Điều 12;",
            "– Nghị định 91/2017/NĐ-CP, Điều 76;|– Nghị định 91/2017/NĐ-CP, Điều 76;",
            "– Nghị định 47/2017/NĐ-CP (mức lương cơ sở);|– Nghị định 47/2017/NĐ-CP (mức lương cơ sở);",
            "NGƯỜI LẬP DỰ TOÁN|TM. BAN THƯỜNG VỤ\nCHỦ TỊCH",
            "Nguyễn Văn A|Trần Thị B",
        }, cover2018);
        // The total the summary test works out line by line.
        Assert.AreEqual(1_400_209_000m, in2018.Total);
        const string words = "Bằng chữ: Một tỷ bốn trăm triệu hai trăm linh chín nghìn đồng.";
        CollectionAssert.Contains(cover2018, $"{words}|{words}");
        Assert.IsTrue(cover2016.Any(l => l.StartsWith("– Thông tư 97/2010/TT-BTC;", StringComparison.Ordinal)), "2016 is drawn up under Circular 97/2010");
        Assert.IsFalse(cover2016.Any(l => l.Contains("40/2017", StringComparison.Ordinal) || l.Contains("91/2017", StringComparison.Ordinal)),
            "no text cited before it took effect");
    }

    [TestMethod]
    public async Task A_year_without_rewards_cites_none_of_the_texts_of_the_years_lines_it_no_longer_has()
    {
        var result = await RunAsync(2019);

        using var workbook = new ExcelPackage(new FileInfo(result.WorkbookPath));
        var cover = workbook.Workbook.Worksheets["Bìa"];
        var lines = Enumerable.Range(1, cover.Dimension.End.Row).Select(r => cover.Cells[r, 1].Text).ToList();
        CollectionAssert.Contains(lines, "– Thông tư 40/2017/TT-BTC, Điều 12;");
        Assert.IsFalse(lines.Any(l => l.Contains("91/2017", StringComparison.Ordinal) || l.Contains("47/2017", StringComparison.Ordinal)),
            "2018's rewards, kept at nothing beside last year's amounts, cite nothing in 2019");
        var rates = workbook.Workbook.Worksheets["Định mức"];
        Assert.IsFalse(Enumerable.Range(1, rates.Dimension.End.Row).Any(r => rates.Cells[r, 2].Text.StartsWith("Tiền thưởng", StringComparison.Ordinal)));
    }

    [TestMethod]
    public async Task Five_year_review_does_not_pay_again_whom_the_three_year_review_commended()
    {
        RegisterBuilder.Commune("23272", 2019).Village("T01", 10, Steps.Registered(2019)).Village("T02", 5, Steps.None)
            .Household("0001", "T01", Steps.Recognized(2019)).SaveUnder(_pipeline.Source);
        await _pipeline.PullAsync();

        var result = await RunAsync(2020);

        using var workbook = new ExcelPackage(new FileInfo(result.WorkbookPath));
        var bases = workbook.Workbook.Worksheets["Căn cứ"];
        string Basis(string unit) => bases.Cells[Enumerable.Range(7, bases.Dimension.End.Row - 6)
            .Single(r => bases.Cells[r, 2].Text == unit && bases.Cells[r, 4].Text == "Khen thưởng \"Gia đình hiếu học\" tiêu biểu"), 7].Text;
        // Household 0001, recognised 2016–2019, is the one candidate; the commune commended it in 2018.
        Assert.AreEqual("ứng viên: hộ được công nhận đủ các năm 2016–2019: 1; đã khen ở hội nghị năm 2018, không tính lại: 1; định mức khen cấp xã: 5% số ứng viên mỗi xã, làm tròn lên, tối đa 10 → 0", Basis("23272"));
        Assert.AreEqual("ứng viên: hộ được công nhận đủ các năm 2016–2019: 1; đã khen ở hội nghị năm 2018, không tính lại: 1; định mức khen cấp huyện: 1% số ứng viên mỗi huyện, làm tròn lên, tối đa 20 → 0", Basis("602"));
        Assert.AreEqual("ứng viên: hộ được công nhận đủ các năm 2016–2019: 1; đã khen ở hội nghị năm 2018, không tính lại: 1; định mức khen cấp tỉnh: 30 hộ toàn tỉnh → 0", Basis("60"));
    }

    [TestMethod]
    [TestCategory(Categories.Slow)]
    public async Task Formulas_recalculated_by_LibreOffice_give_the_same_totals_and_the_same_split()
    {
        var result = await RunAsync(2018);
        using var workbook = new ExcelPackage(new FileInfo(result.WorkbookPath));
        var summary = workbook.Workbook.Worksheets["Tổng hợp"];
        var ours = Enumerable.Range(4, 4).Select(c => Vietnamese.Number((long)Number(summary, RowOf(summary, 2, "Toàn tỉnh"), c))).ToList();

        var sheets = await LibreOffice.SheetsAsCsvAsync(result.WorkbookPath);

        var total = sheets["Tổng hợp"].Single(r => r.Length > 6 && r[1] == "Toàn tỉnh");
        Assert.AreEqual(Vietnamese.Number((long)result.Total), total[6]);
        CollectionAssert.AreEqual(ours, total[3..7].ToList(), "the budget split as LibreOffice computes it");
        var cover = sheets["Bìa"].Single(r => r.Length > 3 && r[1] == "Tổng cộng");
        Assert.AreEqual(Vietnamese.Number((long)result.Total), cover[3]);
    }
}
