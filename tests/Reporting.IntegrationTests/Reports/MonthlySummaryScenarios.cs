using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using netDumbster.smtp;
using OfficeOpenXml;
using OfficeOpenXml.Drawing.Chart;
using Reporting.Data.Model;
using Reporting.IntegrationTests.Infrastructure;
using Reporting.Output.Mail;
using Reporting.Reports.Delivery;
using Reporting.Reports.Monthly;
using Reporting.Testing;

namespace Reporting.IntegrationTests.Reports;

/// <summary>
/// The monthly summary of December 2018 for a hand-made corner of the province, every number counted
/// by hand from the registers below (as of 31/12/2018, and of 30/11/2018 for the month's progress).
/// Phú Quí (602): 23272 and 23275 send registers, 23278 sends a file that is not a workbook. La Gi
/// (594, nine communes): only 23231 sends one, last updated 72 days before the month's end.
/// </summary>
[TestClass]
public sealed partial class MonthlySummaryScenarios
{
    private const int Year = 2018;
    private static readonly DateTime Feb1 = new(Year, 2, 1);
    private PipelineFixture _pipeline = null!;
    private string _workbook = null!;

    // A report's logic is the same on either engine: the figure and storage scenarios run on both.
    private static DatabaseProvider Provider => DatabaseProvider.Sqlite;

    [TestInitialize]
    public async Task CreatePipelineAsync()
    {
        _pipeline = await PipelineFixture.CreateAsync(Provider);
        RegisterBuilder.Commune("23272", Year, updatedOn: new DateTime(Year, 12, 28))
            .Village("T01", 10, Steps.Recognized(Year))
            .Village("T02", 6, Steps.Dated(new DateTime(Year, 11, 5)))
            .Household("0001", "T01", Steps.Recognized(Year))
            .Household("0002", "T01", Steps.Dated(new DateTime(Year, 11, 10), new DateTime(Year, 11, 25)))
            .Household("0003", "T02", Steps.Registered(Year))
            .Household("0004", "T02", Steps.None)
            .Household("0005", "T02", Steps.RecognizedWithoutRegistration(Year))
            .Clan("DH01", "T01", Steps.Recognized(Year))
            .Unit("DV01", Steps.Dated(new DateTime(Year, 12, 3)))
            .SaveUnder(_pipeline.Source);
        RegisterBuilder.Commune("23275", Year, updatedOn: new DateTime(Year, 12, 20))
            .Village("T01", 4, Steps.None)
            .Household("0001", "T01", Steps.Recognized(Year))
            .Household("0002", "T01", Steps.Recognized(Year))
            .Household("0003", "T01", Steps.Dated(new DateTime(Year, 12, 5)))
            .SaveUnder(_pipeline.Source);
        var broken = Path.Combine(_pipeline.Source, "communes", "23278", "=1+2_2018.xlsx");
        Directory.CreateDirectory(Path.GetDirectoryName(broken)!);
        await File.WriteAllTextAsync(broken, "not a workbook");
        RegisterBuilder.Commune("23231", Year, updatedOn: new DateTime(Year, 10, 20))
            .Village("V01", 8, Steps.None)
            .Household("0001", "V01", Steps.Evaluated(Year, passed: true))
            .SaveUnder(_pipeline.Source);
        await _pipeline.PullAsync();
        _workbook = (await MonthlyRun.RunAsync(_pipeline, Year, 12)).WorkbookPath;
    }

    [TestCleanup]
    public async Task DisposePipelineAsync() => await _pipeline.DisposeAsync();

    private ExcelPackage Open() => new(new FileInfo(_workbook));

    private static int RowOf(ExcelWorksheet sheet, string code, int column = 2) =>
        Enumerable.Range(1, sheet.Dimension.End.Row).First(r => sheet.Cells[r, column].Text == code);

    /// <summary>The cached values of a row from a column on; a blank rate (IF giving "") has no cached value, so null.</summary>
    private static object?[] Values(ExcelWorksheet sheet, int row, int fromColumn, int count) =>
        Enumerable.Range(fromColumn, count).Select(c => sheet.Cells[row, c].Value switch
        {
            double number => (object)Math.Round(number, 9),
            var other => other,
        }).ToArray();

    // Eligible, registered, % registered, recognised, % recognised, 2020 target, gap: columns D–J,
    // K–Q, R–X and Y–AE of the shipped template for families, clans, communities and units.
    private static readonly object?[] NoRegisters = [0d, 0d, null, 0d, null, 0.7, null];

    [TestMethod]
    public void Summary_sheet_shows_each_district_and_the_province_as_counted_by_hand()
    {
        using var package = Open();
        var sheet = package.Workbook.Worksheets[MonthlyTemplate.Summary];
        var phuQui = RowOf(sheet, "602");
        // Families 20 (10+6+4), registered 6, recognised 3; clan DH01; villages T01, T02 and 23275's T01; unit DV01.
        CollectionAssert.AreEqual(new object?[] { 20d, 6d, 0.3, 3d, 0.15, 0.7, -0.55 }, Values(sheet, phuQui, 4, 7));
        CollectionAssert.AreEqual(new object?[] { 1d, 1d, 1d, 1d, 1d, 0.5, 0.5 }, Values(sheet, phuQui, 11, 7));
        CollectionAssert.AreEqual(new object?[] { 3d, 2d, 0.667, 1d, 0.333, 0.6, -0.267 }, Values(sheet, phuQui, 18, 7));
        CollectionAssert.AreEqual(new object?[] { 1d, 1d, 1d, 0d, 0d, 0.5, -0.5 }, Values(sheet, phuQui, 25, 7));
        var laGi = RowOf(sheet, "594");
        CollectionAssert.AreEqual(new object?[] { 8d, 1d, 0.125, 0d, 0d, 0.7, -0.7 }, Values(sheet, laGi, 4, 7));
        CollectionAssert.AreEqual(new object?[] { 0d, 0d, null, 0d, null, 0.5, null }, Values(sheet, laGi, 11, 7), "no clan: rates blank, not zero");
        CollectionAssert.AreEqual(NoRegisters, Values(sheet, RowOf(sheet, "593"), 4, 7));
        Assert.AreEqual(0.6, sheet.Cells[RowOf(sheet, "599"), 9].Value, "Tánh Linh is mountainous: its family target is 60%");

        var province = RowOf(sheet, "60");
        Assert.AreEqual("Toàn tỉnh", sheet.Cells[province, 3].Text);
        CollectionAssert.AreEqual(new object?[] { 28d, 7d, 0.25, 3d, 0.107, 0.7, -0.593 }, Values(sheet, province, 4, 7));
        CollectionAssert.AreEqual(new object?[] { 4d, 2d, 0.5, 1d, 0.25, 0.6, -0.35 }, Values(sheet, province, 18, 7));
        Assert.AreEqual(10, province - RowOf(sheet, "593"), "ten districts in GSO code order, then the province");
    }

    [TestMethod]
    public void Totals_and_rates_are_formulas_over_the_rows_above()
    {
        using var package = Open();
        var sheet = package.Workbook.Worksheets[MonthlyTemplate.Summary];
        var (first, province) = (RowOf(sheet, "593"), RowOf(sheet, "60"));
        Assert.AreEqual($"SUBTOTAL(9,D{first}:D{province - 1})", sheet.Cells[province, 4].Formula);
        var phuQui = RowOf(sheet, "602");
        Assert.AreEqual($"IF(D{phuQui}=0,\"\",ROUND(1000*E{phuQui}/D{phuQui},0)/1000)", sheet.Cells[phuQui, 6].Formula);
        Assert.AreEqual(string.Empty, sheet.Cells[phuQui, 4].Formula, "counts of a district are numbers from the figures");
        Assert.AreEqual("0.0%", sheet.Cells[phuQui, 6].Style.Numberformat.Format);
        Assert.AreEqual("#,##0", sheet.Cells[phuQui, 4].Style.Numberformat.Format);
        Assert.AreEqual(OfficeOpenXml.eOrientation.Landscape, sheet.PrinterSettings.Orientation);
        Assert.AreEqual(OfficeOpenXml.ePaperSize.A4, sheet.PrinterSettings.PaperSize);
    }

    [TestMethod]
    public void Communes_sheet_groups_communes_under_their_district_subtotal()
    {
        using var package = Open();
        var sheet = package.Workbook.Worksheets[MonthlyTemplate.Communes];
        var phuQui = RowOf(sheet, "602");
        Assert.AreEqual(("23272", "23275", "23278"), (sheet.Cells[phuQui + 1, 2].Text, sheet.Cells[phuQui + 2, 2].Text, sheet.Cells[phuQui + 3, 2].Text));
        Assert.AreEqual((0, 1, 1), (sheet.Row(phuQui).OutlineLevel, sheet.Row(phuQui + 1).OutlineLevel, sheet.Row(phuQui + 3).OutlineLevel));
        Assert.AreEqual($"SUBTOTAL(9,D{phuQui + 1}:D{phuQui + 3})", sheet.Cells[phuQui, 4].Formula);
        CollectionAssert.AreEqual(new object?[] { 20d, 6d, 0.3, 3d, 0.15, 0.7, -0.55 }, Values(sheet, phuQui, 4, 7));
        // 23272: 16 households, 3 registered, 1 recognised: 18.75% and 6.25% round half away from zero.
        CollectionAssert.AreEqual(new object?[] { 16d, 3d, 0.188, 1d, 0.063, 0.7, -0.637 }, Values(sheet, phuQui + 1, 4, 7));
        CollectionAssert.AreEqual(NoRegisters, Values(sheet, phuQui + 3, 4, 7));
        CollectionAssert.AreEqual(new object?[] { 28d, 7d, 0.25, 3d, 0.107, 0.7, -0.593 }, Values(sheet, RowOf(sheet, "60"), 4, 7));
    }

    [TestMethod]
    public void Progress_sheet_counts_what_December_added()
    {
        using var package = Open();
        var sheet = package.Workbook.Worksheets[MonthlyTemplate.Progress];
        // Families: 23275's 0003 registered 5/12, three recognised 20/12; clan DH01 and village T01
        // recognised 20/12 (T02 registered in November); unit DV01 registered 3/12.
        CollectionAssert.AreEqual(new object?[] { 1d, 0d, 3d, 0d, 0d, 1d, 0d, 0d, 1d, 1d, 0d, 0d }, Values(sheet, RowOf(sheet, "602"), 4, 12));
        CollectionAssert.AreEqual(Enumerable.Repeat<object?>(0d, 12).ToArray(), Values(sheet, RowOf(sheet, "594"), 4, 12));
        CollectionAssert.AreEqual(new object?[] { 1d, 0d, 3d, 0d, 0d, 1d, 0d, 0d, 1d, 1d, 0d, 0d }, Values(sheet, RowOf(sheet, "60"), 4, 12));
    }

    [TestMethod]
    public void Submissions_sheet_tells_on_time_late_and_missing_registers()
    {
        using var package = Open();
        var sheet = package.Workbook.Worksheets[MonthlyTemplate.Submissions];
        var onTime = RowOf(sheet, "23272");
        Assert.AreEqual(new DateTime(Year, 12, 28), DateTime.FromOADate((double)sheet.Cells[onTime, 4].Value));
        Assert.AreEqual("dd/mm/yyyy", sheet.Cells[onTime, 4].Style.Numberformat.Format);
        CollectionAssert.AreEqual(new object?[] { 3d, "Đã nộp", 1d, 1d, 0d, 0d }, Values(sheet, onTime, 6, 6));
        CollectionAssert.AreEqual(new object?[] { 11d, "Đã nộp", 0d, 1d, 0d, 0d }, Values(sheet, RowOf(sheet, "23275"), 6, 6));
        CollectionAssert.AreEqual(new object?[] { 72d, "Chậm", 0d, 0d, 1d, 0d }, Values(sheet, RowOf(sheet, "23231"), 6, 6));
        var missing = RowOf(sheet, "23278");
        Assert.IsNull(sheet.Cells[missing, 4].Value);
        Assert.AreEqual("Chưa nộp", sheet.Cells[missing, 7].Value);
        CollectionAssert.AreEqual(new object?[] { 2d, 0d, 1d, 0.667 }, Values(sheet, RowOf(sheet, "602"), 9, 4));
        CollectionAssert.AreEqual(new object?[] { 0d, 1d, 8d, 0.111 }, Values(sheet, RowOf(sheet, "594"), 9, 4));
        CollectionAssert.AreEqual(new object?[] { 2d, 1d, 124d, 0.024 }, Values(sheet, RowOf(sheet, "60"), 9, 4), "127 communes in 2018");
    }

    [TestMethod]
    public void Errors_sheet_lists_rules_per_commune_with_a_link_to_the_error_report()
    {
        using var package = Open();
        var sheet = package.Workbook.Worksheets[MonthlyTemplate.Errors];
        var first = RowOf(sheet, "23272", column: 3);
        // 0005 is recognised (rule 1) and evaluated (rule 2) without registration.
        Assert.AreEqual(("Huyện Phú Quí", "23272_2018.xlsx", "rule-1", 1d), (sheet.Cells[first, 2].Text, sheet.Cells[first, 5].Text, sheet.Cells[first, 7].Text, sheet.Cells[first, 9].Value));
        Assert.AreEqual(("rule-2", 1d), (sheet.Cells[first + 1, 7].Text, sheet.Cells[first + 1, 9].Value));
        Assert.AreEqual("errors/2018/23272/23272_2018-loi.xlsx", sheet.Cells[first, 10].Text);
        Assert.AreEqual("../../errors/2018/23272/23272_2018-loi.xlsx", sheet.Cells[first, 10].Hyperlink.OriginalString);
        Assert.IsTrue(File.Exists(Path.Combine(_pipeline.Output, "errors", "2018", "23272", "23272_2018-loi.xlsx")));
        var wholeFile = RowOf(sheet, "23278", column: 3);
        Assert.AreEqual("Cả tệp bị từ chối", sheet.Cells[wholeFile, 7].Text);
        Assert.IsNull(sheet.Cells[wholeFile, 9].Value);
    }

    [TestMethod]
    public void File_name_that_looks_like_a_formula_stays_text()
    {
        using var package = Open();
        var sheet = package.Workbook.Worksheets[MonthlyTemplate.Errors];
        var cell = sheet.Cells[RowOf(sheet, "23278", column: 3), 5];
        Assert.AreEqual("=1+2_2018.xlsx", cell.Value);
        Assert.AreEqual(string.Empty, cell.Formula);
        Assert.IsTrue(cell.Style.QuotePrefix);
    }

    [TestMethod]
    public void Charts_point_at_the_district_rows_and_carry_their_values()
    {
        using var package = Open();
        var charts = package.Workbook.Worksheets[MonthlyTemplate.Charts].Drawings.OfType<ExcelChart>().ToList();
        Assert.HasCount(8, charts);
        var xml = charts[0].ChartXml;
        var ns = new XmlNamespaceManager(xml.NameTable);
        ns.AddNamespace("c", "http://schemas.openxmlformats.org/drawingml/2006/chart");
        ns.AddNamespace("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        var series = xml.SelectNodes("//c:ser", ns)!.Cast<XmlElement>().ToList();
        CollectionAssert.AreEqual(new[] { "'Tổng hợp'!$E$7:$E$16", "'Tổng hợp'!$G$7:$G$16" }, series.Select(s => s.SelectSingleNode("c:val/c:numRef/c:f", ns)!.InnerText).ToArray());
        Assert.AreEqual("'Tổng hợp'!$C$7:$C$16", series[0].SelectSingleNode("c:cat/c:strRef/c:f", ns)!.InnerText);
        Assert.AreEqual("Huyện Phú Quí", series[0].SelectSingleNode("c:cat/c:strRef/c:strCache/c:pt[@idx='9']/c:v", ns)!.InnerText);
        Assert.AreEqual("6", series[0].SelectSingleNode("c:val/c:numRef/c:numCache/c:pt[@idx='9']/c:v", ns)!.InnerText, "Phú Quí registered 6 households");
        Assert.AreEqual("3", series[1].SelectSingleNode("c:val/c:numRef/c:numCache/c:pt[@idx='9']/c:v", ns)!.InnerText);
        Assert.IsTrue(series.All(s => s.SelectSingleNode("c:spPr/a:solidFill", ns) is not null), "bars have a fill, or readers draw them invisible");

        var rates = charts[1].ChartXml;
        Assert.AreEqual("'Tổng hợp'!$I$7:$I$16", rates.SelectSingleNode("//c:lineChart/c:ser/c:val/c:numRef/c:f", ns)!.InnerText, "the target as a line");
        Assert.AreEqual("0.15", rates.SelectSingleNode("//c:barChart/c:ser/c:val/c:numRef/c:numCache/c:pt[@idx='9']/c:v", ns)!.InnerText);
    }

    [TestMethod]
    public async Task Same_month_on_the_same_registers_gives_the_same_cells()
    {
        var first = AllCells(_workbook);

        var again = await MonthlyRun.RunAsync(_pipeline, Year, 12);

        Assert.AreEqual(_workbook, again.WorkbookPath);
        CollectionAssert.AreEqual(first, AllCells(again.WorkbookPath));
        Assert.IsEmpty(Directory.GetFiles(Path.GetDirectoryName(_workbook)!, "*.tmp"), "no temporary file is left behind");
    }

    private static List<string> AllCells(string path)
    {
        using var package = new ExcelPackage(new FileInfo(path));
        return package.Workbook.Worksheets
            .SelectMany(sheet => sheet.Dimension is null ? [] : sheet.Cells[sheet.Dimension.Address].Select(c => $"{sheet.Name}!{c.Address}={c.Value}|{c.Formula}"))
            .ToList();
    }

    [TestMethod]
    public async Task Run_of_a_month_already_running_elsewhere_refuses_to_start_and_writes_nothing()
    {
        var before = await File.ReadAllBytesAsync(_workbook);
        await using var db = _pipeline.Database.NewContext();
        var held = await new Reporting.Data.Runs.JobLocks(db, TimeProvider.System).TryAcquireAsync("monthly:month=2018-12", CancellationToken.None);
        Assert.IsNotNull(held);

        await Assert.ThrowsExactlyAsync<Reporting.Data.Runs.JobAlreadyRunningException>(() => MonthlyRun.RunAsync(_pipeline, Year, 12));

        CollectionAssert.AreEqual(before, await File.ReadAllBytesAsync(_workbook));
        Assert.AreEqual(1, await db.Runs.CountAsync(r => r.Job == "monthly"), "the refused run is not a run");
    }

    [TestMethod]
    public async Task Manifest_and_run_ledger_list_the_workbook_with_its_hash_and_snapshots()
    {
        var manifest = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Path.GetDirectoryName(_workbook)!, "manifest.json"))).RootElement;
        var file = manifest.GetProperty("files")[0];
        Assert.AreEqual("monthly/2018-12/tong-hop-thang-2018-12.xlsx", file.GetProperty("path").GetString());
        Assert.AreEqual(Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(_workbook))), file.GetProperty("sha256").GetString());
        // December also reads the year's figures, for the recognitions after 31 December the year still counts.
        CollectionAssert.AreEquivalent(new[] { "2018-12 figures", "2018-11 figures", "2018-12 completeness", "2018 figures" },
            manifest.GetProperty("figure_snapshots").EnumerateArray().Select(s => $"{s.GetProperty("period")} {s.GetProperty("table")}").ToArray());
        Assert.AreEqual(3, manifest.GetProperty("registers").GetArrayLength(), "the three registers that count for 2018");

        await using var db = _pipeline.Database.NewContext();
        var run = await db.Runs.SingleAsync(r => r.Job == "monthly");
        Assert.AreEqual((RunStatus.Succeeded, "month=2018-12"), (run.Status, run.Parameters));
        Assert.AreEqual(run.Id.ToString(), manifest.GetProperty("run_id").GetString());
        CollectionAssert.AreEquivalent(new[] { "monthly/2018-12/tong-hop-thang-2018-12.xlsx", "monthly/2018-12/manifest.json" },
            await db.RunOutputs.Where(o => o.RunId == run.Id).Select(o => o.Path).ToListAsync());
    }

    [TestMethod]
    public async Task Configured_mail_delivers_the_workbook_intact_to_the_recipients()
    {
        var port = FreePorts.Next();
        using var server = SimpleSmtpServer.Start(port);

        var result = await MonthlyRun.RunAsync(_pipeline, Year, 12, Mail(port));

        Assert.AreEqual(1, server.ReceivedEmailCount);
        using var message = MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(server.ReceivedEmail[0].Data)));
        Assert.AreEqual("Tổng hợp kết quả xây dựng xã hội học tập tháng 12/2018", message.Subject);
        CollectionAssert.AreEquivalent(new[] { "hoi@khuyenhoc.example", "thuky@khuyenhoc.example" }, message.To.Mailboxes.Select(m => m.Address).ToArray());
        StringAssert.Contains(message.TextBody, "tính đến ngày 31/12/2018");
        var attachment = (MimePart)message.Attachments.Single();
        Assert.AreEqual("tong-hop-thang-2018-12.xlsx", attachment.FileName);
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content);
        Assert.AreEqual(result.Sha256, Convert.ToHexStringLower(SHA256.HashData(content.ToArray())));
        StringAssert.Contains(result.Delivery, "Đã gửi");
    }

    [TestMethod]
    public async Task Delivery_failure_fails_the_run_and_keeps_the_workbook()
    {
        var nobodyListens = FreePorts.Next();

        var failure = await Assert.ThrowsExactlyAsync<MailDeliveryException>(() => MonthlyRun.RunAsync(_pipeline, Year, 12, Mail(nobodyListens)));

        StringAssert.Contains(failure.Message, "Không gửi được thư");
        Assert.IsTrue(File.Exists(_workbook));
        await using var db = _pipeline.Database.NewContext();
        var failed = await db.Runs.Where(r => r.Job == "monthly").OrderBy(r => r.StartedAt).LastAsync();
        Assert.AreEqual(RunStatus.Failed, failed.Status);
        StringAssert.Contains(failed.Error, "Không gửi được thư");
    }

    [TestMethod]
    public async Task Dry_run_writes_the_workbook_and_only_says_what_it_would_send()
    {
        var port = FreePorts.Next();
        using var server = SimpleSmtpServer.Start(port);
        var mail = Mail(port);
        mail.DryRun = true;

        var result = await MonthlyRun.RunAsync(_pipeline, Year, 12, mail);

        Assert.AreEqual(0, server.ReceivedEmailCount);
        StringAssert.Contains(result.Delivery, "hoi@khuyenhoc.example");
        StringAssert.Contains(result.Delivery, "Chạy thử");
    }

    private static MailOptions Mail(int port) => new()
    {
        Host = "127.0.0.1",
        Port = port,
        Security = MailSecurity.None,
        From = "Hệ thống báo cáo <baocao@khuyenhoc.example>",
        To = ["hoi@khuyenhoc.example", "thuky@khuyenhoc.example"],
        TimeoutSeconds = 10,
    };

    [TestMethod]
    [TestCategory(Categories.Slow)]
    public async Task LibreOffice_recalculating_without_our_cached_values_shows_the_same_summary()
    {
        LibreOffice.Require();
        var stripped = Path.Combine(_pipeline.Folder, "stripped.xlsx");
        StripCachedFormulaValues(_workbook, stripped);

        foreach (var sheets in new[] { await LibreOffice.SheetsAsCsvAsync(_workbook), await LibreOffice.SheetsAsCsvAsync(stripped) })
        {
            var summary = sheets[MonthlyTemplate.Summary];
            string[] Row(string code) => summary.Single(r => r.Length > 1 && r[1] == code);
            CollectionAssert.AreEqual(new[] { "20", "6", "30,0%", "3", "15,0%", "70,0%", "-55,0%" }, Row("602")[3..10]);
            CollectionAssert.AreEqual(new[] { "28", "7", "25,0%", "3", "10,7%", "70,0%", "-59,3%" }, Row("60")[3..10]);
            CollectionAssert.AreEqual(new[] { "4", "2", "50,0%", "1", "25,0%", "60,0%", "-35,0%" }, Row("60")[17..24]);
            Assert.AreEqual("Toàn tỉnh", Row("60")[2]);
            var submissions = sheets[MonthlyTemplate.Submissions].Single(r => r.Length > 1 && r[1] == "60");
            CollectionAssert.AreEqual(new[] { "2", "1", "124", "2,4%" }, submissions[8..12]);
            Assert.AreEqual("28/12/2018", sheets[MonthlyTemplate.Submissions].Single(r => r.Length > 1 && r[1] == "23272")[3]);
        }
    }

    /// <summary>A copy of the workbook whose formula cells carry no cached value, so a reader must compute them.</summary>
    private static void StripCachedFormulaValues(string source, string target)
    {
        File.Copy(source, target);
        using var zip = ZipFile.Open(target, ZipArchiveMode.Update);
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)).ToList())
        {
            string xml;
            using (var reader = new StreamReader(entry.Open()))
                xml = reader.ReadToEnd();
            var stripped = CachedValue().Replace(xml, "$1");
            Assert.AreNotEqual(entry.FullName.EndsWith("sheet1.xml", StringComparison.Ordinal) ? xml : null, stripped, "the summary sheet had cached values to strip");
            var name = entry.FullName;
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write(stripped);
        }
    }

    [GeneratedRegex("(<f>[^<]*</f>|<f [^>]*/>|<f [^>]*>[^<]*</f>)<v>[^<]*</v>")]
    private static partial Regex CachedValue();
}
