using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.Options;
using OfficeOpenXml;
using OfficeOpenXml.Style;
using Reporting.Data.Model;
using Reporting.Data.Runs;
using Reporting.Domain.Costs;
using Reporting.Domain.Programme;
using Reporting.Domain.Registers;
using Reporting.Domain.Units;
using Reporting.Figures;
using Reporting.Figures.Snapshots;
using Reporting.IntegrationTests.Infrastructure;
using Reporting.Output;
using Reporting.Reports.Conference;
using Reporting.Reports.Costs;
using Reporting.Reports.Excel;
using Reporting.Reports.Output;
using Reporting.Testing;
using SkiaSharp;

namespace Reporting.IntegrationTests.Reports;

/// <summary>
/// Conference packs of a hand-made corner of the province, every number counted by hand.
/// Phú Quí (602): 23272 sends registers for 2016, 2017 and 2018 — household 0001 recognised every
/// year, 0002 in 2016 and 2018, 0003 only registered; village T01 and a learning unit whose name is
/// an HTML script recognised every year; 23275 sends 2018 only. La Gi (594): 23231 sends 2018 only.
/// The district assesses 23272 (Tốt) and 23275 (Khá) in 2018.
/// </summary>
[TestClass]
public sealed partial class ConferencePackScenarios
{
    private const string Script = "<script>alert(1)</script>";
    private PipelineFixture _pipeline = null!;
    private string _templates = null!;
    private ConferenceOptions _conference = new();

    // A report's logic is the same on either engine: the figure and storage scenarios run on both.
    private static DatabaseProvider Provider => DatabaseProvider.Sqlite;

    [TestInitialize]
    public async Task CreatePipelineAsync()
    {
        _pipeline = await PipelineFixture.CreateAsync(Provider);
        _templates = Path.Combine(_pipeline.Folder, "templates");
        CopyFolder(MonthlyRun.ShippedTemplates, _templates);
        foreach (var year in new[] { 2016, 2017, 2018 })
        {
            RegisterBuilder.Commune("23272", year)
                .Village("T01", year == 2018 ? 12 : 10, Steps.Recognized(year))
                .Household("0001", "T01", Steps.Recognized(year))
                .Household("0002", "T01", year == 2017 ? Steps.Registered(year) : Steps.Recognized(year))
                .Household("0003", "T01", Steps.Registered(year))
                .Add("DonVi", ["DV01", Script, "trường học", null, .. Steps.Recognized(year)])
                .SaveUnder(_pipeline.Source);
        }
        RegisterBuilder.Commune("23275", 2018).Village("T01", 8, Steps.None).Household("0001", "T01", Steps.Recognized(2018)).SaveUnder(_pipeline.Source);
        RegisterBuilder.Commune("23231", 2018).Village("V01", 5, Steps.None).Household("0001", "V01", Steps.Recognized(2018)).SaveUnder(_pipeline.Source);
        RegisterBuilder.District("602", 2018)
            .Assessment("23272", [7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 6, 6, 6, 6, 5], "Tốt")
            .Assessment("23275", [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5], "Khá")
            .SaveUnder(_pipeline.Source);
        await _pipeline.PullAsync();
    }

    [TestCleanup]
    public async Task DisposePipelineAsync() => await _pipeline.DisposeAsync();

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    // The PDF takes LibreOffice a second or two a pack: rendered where a test reads it.
    private Task<ConferenceResult> RunAsync(int year, string? unit = null, PdfRendering pdf = PdfRendering.Off)
    {
        _conference.Pdf = pdf;
        return ConferenceRun.RunAsync(_pipeline, year, unit, _conference, _templates);
    }

    private static CostEstimator Estimator => ConferenceRun.Estimator;

    private static ProgrammePeriod Programme => ProgrammePeriod.Default;

    private string Pack(int year, string unit) => Path.Combine(_pipeline.Output, "conference", year.ToString(), unit);

    private IDocument Report(int year, string unit) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Pack(year, unit), "bao-cao.html")));

    private static string[] Cells(IElement row) => row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray();

    private static string[] OverviewRow(IDocument report, string title) => Cells(report.QuerySelector($"table.overview tr[data-title='{title}']")!);

    [TestMethod]
    public async Task Three_year_report_of_the_province_shows_the_hand_counted_figures()
    {
        await RunAsync(2018);

        var report = Report(2018, "60");
        // 2018: 12 + 8 + 5 households; 0001, 0002, 0003 of 23272 and one each in 23275 and 23231
        // registered; all but 0003 recognised; only 23272's 0001 recognised in all three years.
        CollectionAssert.AreEqual(new[] { "Gia đình hiếu học", "25 hộ", "5", "20,0%", "4", "16,0%", "70,0%", "−54,0", "1" }, OverviewRow(report, "family"));
        CollectionAssert.AreEqual(new[] { "Đơn vị học tập", "1 đơn vị", "1", "100,0%", "1", "100,0%", "50,0%", "+50,0", "1" }, OverviewRow(report, "unit"));
        CollectionAssert.AreEqual(new[] { "Cộng đồng học tập", "3 thôn, khu phố", "1", "33,3%", "1", "33,3%", "60,0%", "−26,7", "1" }, OverviewRow(report, "community"));
        var series = report.QuerySelector("table.series[data-title='family']")!.QuerySelectorAll("tbody tr").Select(Cells).ToList();
        CollectionAssert.AreEqual(new[] { "2016", "10", "3", "30,0%", "2", "20,0%" }, series[0]);
        CollectionAssert.AreEqual(new[] { "2017", "10", "3", "30,0%", "1", "10,0%" }, series[1]);
        CollectionAssert.AreEqual(new[] { "2018", "25", "5", "20,0%", "4", "16,0%" }, series[2]);
        var phuQui = Cells(report.QuerySelector("table.children tr[data-code='602']")!);
        CollectionAssert.AreEqual(new[] { "602", "Huyện Phú Quí", "Hải đảo", "20", "3", "15,0%", "70,0%", "−55,0" }, phuQui[..8]);
        var circular = Cells(report.QuerySelector("table.circular44 tr[data-year='2018']")!);
        CollectionAssert.AreEqual(new[] { "2018", "127", "2", "1", "1", "0", "0" }, circular);
    }

    [TestMethod]
    public async Task Findings_state_their_numbers_in_Vietnamese()
    {
        await RunAsync(2018);

        var findings = Report(2018, "60").QuerySelectorAll("ol.findings li").Select(li => li.TextContent).ToList();

        CollectionAssert.Contains(findings, "Năm 2018, toàn tỉnh có 5 trên 25 hộ đăng ký \"Gia đình hiếu học\" (20,0%) và 4 hộ được công nhận (16,0% số hộ).");
        Assert.IsTrue(findings.Any(f => f.Contains("chưa đạt chỉ tiêu công nhận \"Gia đình hiếu học\": huyện Phú Quí (15,0%, thấp hơn 55,0 điểm phần trăm) và thị xã La Gi (20,0%, thấp hơn 50,0 điểm phần trăm).")), string.Join("\n", findings));
        Assert.IsTrue(findings.Any(f => f.StartsWith("Không huyện nào có tỷ lệ công nhận", StringComparison.Ordinal) && f.Contains("huyện Phú Quí (từ 20,0% xuống 15,0%)")), "Phú Quí fell from 2/10 to 3/20");
        Assert.IsTrue(findings.Any(f => f.Contains("vùng đô thị 20,0% (39 xã, thấp hơn chỉ tiêu 70,0% của vùng 50,0 điểm phần trăm) và vùng hải đảo 15,0% (3 xã, thấp hơn chỉ tiêu 70,0% của vùng 55,0 điểm phần trăm)")), string.Join("\n", findings));
        CollectionAssert.Contains(findings, "Được công nhận liên tục 3 năm 2016–2018, đề nghị biểu dương, khen thưởng tiêu biểu: 1 gia đình, 0 dòng họ, 1 cộng đồng học tập thôn, khu phố và 1 đơn vị học tập.");
    }

    [TestMethod]
    public async Task District_pack_covers_the_district_and_its_communes()
    {
        var result = await RunAsync(2018, "602");

        Assert.AreEqual(1, result.Folders.Count);
        var report = Report(2018, "602");
        CollectionAssert.AreEqual(new[] { "Gia đình hiếu học", "20 hộ", "4", "20,0%", "3", "15,0%", "70,0%", "−55,0", "1" }, OverviewRow(report, "family"));
        CollectionAssert.AreEqual(new[] { "23272", "23275", "23278" }, report.QuerySelectorAll("table.children tbody tr").Select(r => r.GetAttribute("data-code")).ToArray());
        Assert.IsFalse(Directory.Exists(Pack(2018, "60")), "only the pack asked for");
    }

    [TestMethod]
    public async Task One_year_review_counts_2016_alone()
    {
        await RunAsync(2016);

        CollectionAssert.AreEqual(new[] { "Gia đình hiếu học", "10 hộ", "3", "30,0%", "2", "20,0%", "70,0%", "−50,0", "2" }, OverviewRow(Report(2016, "60"), "family"));
        Assert.AreEqual(11, Directory.GetDirectories(Path.Combine(_pipeline.Output, "conference", "2016")).Length, "the province and its ten districts");
    }

    [TestMethod]
    public async Task Five_year_summary_renders_with_the_Circular_44_years_around_2019()
    {
        await RunAsync(2020, "60");

        var report = Report(2020, "60");
        CollectionAssert.AreEqual(new[] { "2018", "2019", "2020" }, report.QuerySelectorAll("table.circular44 tbody tr").Select(r => r.GetAttribute("data-year")).ToArray());
        Assert.AreEqual("0", OverviewRow(report, "family")[^1], "nobody was recognised in 2019 and 2020");
    }

    [TestMethod]
    public async Task Register_text_reaches_the_annex_verbatim_and_never_runs_in_the_report()
    {
        await RunAsync(2018);

        Assert.IsEmpty(Report(2018, "60").QuerySelectorAll("script"));
        using var annex = new ExcelPackage(new FileInfo(Path.Combine(Pack(2018, "60"), "phu-luc.xlsx")));
        var named = annex.Workbook.Worksheets["Tiêu biểu"];
        Assert.IsTrue(Enumerable.Range(1, named.Dimension.End.Row).Any(r => named.Cells[r, 7].Text == Script), "the unit's name as its register wrote it");
    }

    [TestMethod]
    public async Task Report_is_self_contained_and_printable_on_A4()
    {
        await RunAsync(2018, "60");

        var html = File.ReadAllText(Path.Combine(Pack(2018, "60"), "bao-cao.html"));
        var report = new HtmlParser().ParseDocument(html);
        var images = report.QuerySelectorAll("img").Select(i => i.GetAttribute("src")!).ToList();
        Assert.IsNotEmpty(images);
        Assert.IsTrue(images.All(src => src.StartsWith("data:image/png;base64,", StringComparison.Ordinal)), "charts embedded, so the one file can be e-mailed");
        StringAssert.Contains(html, "@page { size: A4");
        StringAssert.Contains(html, "break-before: page");
        StringAssert.Contains(html, "break-inside: avoid");
    }

    [TestMethod]
    public async Task Annex_lists_communes_and_named_exemplars_with_years_and_decisions()
    {
        await RunAsync(2018);

        using var annex = new ExcelPackage(new FileInfo(Path.Combine(Pack(2018, "60"), "phu-luc.xlsx")));
        var summary = annex.Workbook.Worksheets["Tổng hợp"];
        var phuQui = Enumerable.Range(1, summary.Dimension.End.Row).Single(r => summary.Cells[r, 1].Text == "602");
        CollectionAssert.AreEqual(new object?[] { 20d, 4d, 3d, 0.15, 0.7, 1d }, Enumerable.Range(4, 6).Select(c => summary.Cells[phuQui, c].Value).ToArray());
        var communes = annex.Workbook.Worksheets["Theo xã"];
        Assert.AreEqual(127, Enumerable.Range(1, communes.Dimension.End.Row).Count(r => communes.Cells[r, 2].Text.Length == 5), "every commune of 2018");
        Assert.AreEqual(("Gia đình hiếu học", "Tổng số"), (communes.Cells[2, 5].Text, communes.Cells[3, 5].Text), "each title above its columns");
        var phuQuiTotal = Enumerable.Range(1, communes.Dimension.End.Row).Single(r => communes.Cells[r, 1].Text == "Cộng Huyện Phú Quí");
        CollectionAssert.AreEqual(new object?[] { 20d, 4d, 3d }, Enumerable.Range(5, 3).Select(c => communes.Cells[phuQuiTotal, c].Value).ToArray(), "the district's subtotal");
        Assert.AreEqual("Huyện Phú Quí", communes.Cells[phuQuiTotal - 1, 1].Text, "its communes above it under its name");
        Assert.AreEqual("$2:$3", communes.PrinterSettings.RepeatRows.Address.Replace("'Theo xã'!", ""), "the two header rows repeat on every page");
        var named = annex.Workbook.Worksheets["Tiêu biểu"];
        var rows = Enumerable.Range(3, named.Dimension.End.Row - 2).Select(r => Enumerable.Range(1, 9).Select(c => named.Cells[r, c].Text).ToArray()).ToList();
        var family = rows.Single(r => r[0] == "Gia đình hiếu học");
        CollectionAssert.AreEqual(new[] { "Huyện Phú Quí", "Xã Ngũ Phụng", "T01", "Thôn T01", "0001", "Chủ hộ 0001", "2016, 2017, 2018" }, family[1..8]);
        StringAssert.Contains(family[8], "15/QĐ-UBND");
        Assert.AreEqual(Script, rows.Single(r => r[0] == "Đơn vị học tập")[6]);
    }

    [TestMethod]
    public async Task Annex_exemplars_streamed_past_EPPlus_read_alike_in_LibreOffice_bordered_and_in_order()
    {
        await RunAsync(2018);

        var path = Path.Combine(Pack(2018, "60"), "phu-luc.xlsx");
        var calc = (await LibreOffice.SheetsAsCsvAsync(path))["Tiêu biểu"].Skip(2).Where(r => r.Any(c => c.Length > 0)).ToList();
        using var annex = new ExcelPackage(new FileInfo(path));
        var named = annex.Workbook.Worksheets["Tiêu biểu"];
        var rows = Enumerable.Range(3, named.Dimension.End.Row - 2).Select(r => Enumerable.Range(1, 9).Select(c => named.Cells[r, c].Text).ToArray()).ToList();
        Assert.IsGreaterThan(2, rows.Count, "more rows than the two samples the sheet was written with");
        Assert.AreEqual(rows.Count, calc.Count);
        for (var r = 0; r < rows.Count; r++)
            CollectionAssert.AreEqual(rows[r], calc[r].Take(9).ToArray(), $"row {r + 3}");
        var last = named.Cells[named.Dimension.End.Row, 9].Style.Border;
        Assert.AreEqual((ExcelBorderStyle.Thin, ExcelBorderStyle.Thin), (last.Bottom.Style, last.Right.Style), "the last row is bordered like the first");
        Assert.AreEqual("Chủ hộ 0001", rows.Single(r => r[0] == "Gia đình hiếu học")[6]);
    }

    [TestMethod]
    public async Task Charts_are_PNG_and_SVG_of_the_requested_size_and_not_blank()
    {
        await RunAsync(2018, "60");

        var charts = Path.Combine(Pack(2018, "60"), "charts");
        foreach (var name in new[] { "xu-huong", "chi-tieu", "so-sanh-huyen", "thong-tu-44" })
        {
            using var bitmap = SKBitmap.Decode(Path.Combine(charts, name + ".png"));
            Assert.IsNotNull(bitmap, name);
            Assert.AreEqual((1200, 675), (bitmap.Width, bitmap.Height), name);
            var colours = new HashSet<SKColor>();
            for (var x = 0; x < bitmap.Width; x += 7)
                for (var y = 0; y < bitmap.Height; y += 7)
                    colours.Add(bitmap.GetPixel(x, y));
            Assert.IsGreaterThan(5, colours.Count, $"{name} has drawing on it");
            StringAssert.Contains(File.ReadAllText(Path.Combine(charts, name + ".svg")), "<svg", name);
        }
        using var trend = SKBitmap.Decode(Path.Combine(charts, "xu-huong.png"));
        Assert.IsTrue(Enumerable.Range(0, trend.Width).Any(x => Enumerable.Range(0, trend.Height).Any(y => trend.GetPixel(x, y) == new SKColor(0x44, 0x72, 0xC4))), "the families' line is drawn");
    }

    [TestMethod]
    public async Task Broken_template_fails_with_its_name_and_line_and_leaves_the_last_pack_alone()
    {
        await RunAsync(2018, "602");
        var report = Path.Combine(Pack(2018, "602"), "bao-cao.html");
        var before = File.ReadAllText(report);
        File.AppendAllText(Path.Combine(_templates, "conference", "_findings.html"), "\n<p>{{ unit_nmae }}</p>\n");

        var error = await Assert.ThrowsExactlyAsync<TemplateException>(() => RunAsync(2018, "602"));

        StringAssert.Contains(error.Message, "_findings.html(");
        StringAssert.Contains(error.Message, "unit_nmae");
        Assert.AreEqual(before, File.ReadAllText(report));
        Assert.IsEmpty(Directory.GetDirectories(Path.Combine(_pipeline.Output, "conference", "2018"), ".*"), "no staging folder left behind");
    }

    [TestMethod]
    public async Task Edited_template_changes_the_next_pack()
    {
        var template = Path.Combine(_templates, "conference", "bao-cao-so-ket.html");
        File.WriteAllText(template, File.ReadAllText(template).Replace("<h2>I. Tổng quan</h2>", "<h2>I. Tổng quan</h2><p id=\"sua\">Mẫu đã sửa cho {{ unit_name }}</p>"));

        await RunAsync(2018, "602");

        Assert.AreEqual("Mẫu đã sửa cho Huyện Phú Quí", Report(2018, "602").QuerySelector("#sua")!.TextContent);
    }

    [TestMethod]
    public async Task Costs_of_the_period_are_the_yearly_estimates()
    {
        await RunAsync(2018);
        await using var db = _pipeline.Database.NewContext();
        var costs = new CostEstimateJob(new FigureSnapshots(db, TimeProvider.System, FiguresSettings.Default), new RunLedger(db, TimeProvider.System), Estimator, new EstimateSigners(),
            new ReportFolders(_pipeline.Output, _templates), new Reporting.Data.Approval.ApprovalLedger(db, UnitDirectory.Reference, TimeProvider.System), TimeProvider.System);
        var totals = new List<decimal>();
        foreach (var year in new[] { 2016, 2017, 2018 })
            totals.Add((await costs.RunAsync(CostsRequest.Of(year, Programme), "test", CancellationToken.None)).Total);

        var rows = Report(2018, "60").QuerySelectorAll("table.costs tbody tr").Select(Cells).ToList();

        CollectionAssert.AreEqual(totals.Select(t => Vietnamese.Number((long)t)).ToArray(), rows.Take(3).Select(r => r[1]).ToArray());
        CollectionAssert.AreEqual(new[] { "Cộng", Vietnamese.Number((long)totals.Sum()) }, rows[3]);
    }

    [TestMethod]
    public async Task Manifest_lists_every_file_of_the_pack_with_its_hash()
    {
        var result = await RunAsync(2018, "602", PdfRendering.Required);

        var folder = Pack(2018, "602");
        var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json"))).RootElement;
        Assert.AreEqual(result.RunId.ToString(), manifest.GetProperty("run_id").GetString());
        var files = manifest.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("path").GetString()!, f => f.GetProperty("sha256").GetString());
        Assert.HasCount(12, files, "report page, Word report and its PDF, annex, four charts as PNG and SVG");
        foreach (var (path, sha256) in files)
            Assert.AreEqual(OutputFile.Sha256Of(Path.Combine(_pipeline.Output, path)), sha256, path);
    }
}
