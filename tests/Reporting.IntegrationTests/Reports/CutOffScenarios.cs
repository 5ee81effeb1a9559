using AngleSharp.Html.Parser;
using OfficeOpenXml;
using Reporting.Data.Model;
using Reporting.IntegrationTests.Infrastructure;
using Reporting.Testing;

namespace Reporting.IntegrationTests.Reports;

/// <summary>
/// The December summary and the conference report of the same year, laid side by side. Ngũ Phụng
/// (23272) recognises households 0001 and 0002 on 20/12/2018, 0003 on 15/02/2019 and 0004 on
/// 31/03/2019 (the last day a decision counts for 2018); 0005 only registers. As of 31/12/2018 two
/// households are recognised; the year's figures count four. The register was last updated on 31/03/2019.
/// </summary>
[TestClass]
public sealed class CutOffScenarios
{
    private const int Year = 2018;
    private PipelineFixture _pipeline = null!;

    [TestInitialize]
    public async Task CreatePipelineAsync()
    {
        _pipeline = await PipelineFixture.CreateAsync(DatabaseProvider.Sqlite);
        RegisterBuilder.Commune("23272", Year, updatedOn: new DateTime(Year + 1, 3, 31))
            .Village("T01", 10, Steps.None)
            .Household("0001", "T01", Steps.Recognized(Year))
            .Household("0002", "T01", Steps.Recognized(Year))
            .Household("0003", "T01", Steps.Dated(new DateTime(Year, 3, 1), new DateTime(Year, 11, 1), new DateTime(Year + 1, 2, 15)))
            .Household("0004", "T01", Steps.Dated(new DateTime(Year, 3, 1), new DateTime(Year, 11, 1), new DateTime(Year + 1, 3, 31)))
            .Household("0005", "T01", Steps.Registered(Year))
            .SaveUnder(_pipeline.Source);
        await _pipeline.PullAsync();
    }

    [TestCleanup]
    public async Task DisposePipelineAsync() => await _pipeline.DisposeAsync();

    [TestMethod]
    public async Task December_summary_and_year_report_state_their_cut_offs_and_reconcile()
    {
        var workbook = (await MonthlyRun.RunAsync(_pipeline, Year, 12)).WorkbookPath;
        await ConferenceRun.RunAsync(_pipeline, Year, "60");

        using var package = new ExcelPackage(new FileInfo(workbook));
        var summary = package.Workbook.Worksheets["Tổng hợp"];
        var total = Enumerable.Range(1, summary.Dimension.End.Row).Single(r => summary.Cells[r, 3].Text == "Toàn tỉnh");
        var asOfDecember = Convert.ToInt64(summary.Cells[total, 7].Value);
        Assert.AreEqual(2L, asOfDecember, "0001 and 0002, recognised by 31/12/2018");
        Assert.AreEqual("Số liệu năm 2018 tính đến ngày 31/12/2018. Số liệu năm 2018 còn tính các quyết định công nhận ký từ 01/01/2019 đến 31/03/2019: "
            + "đến nay thêm 2 hộ, 0 dòng họ, 0 thôn, khu phố và 0 đơn vị được công nhận (số liệu năm 2018, gồm các quyết định công nhận đến 31/03/2019). "
            + "Số liệu năm 2018 chưa chốt, có thể còn thay đổi khi các xã, huyện gửi sổ bổ sung.",
            summary.Cells[3, 1].Text);

        var report = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_pipeline.Output, "conference", "2018", "60", "bao-cao.html")));
        var family = report.QuerySelector("table.overview tr[data-title='family']")!.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray();
        var year = long.Parse(family[4]);
        Assert.AreEqual(4L, year, "0001–0004: decisions up to 31/03/2019 count for 2018");
        StringAssert.Contains(report.QuerySelector("p.note")!.TextContent, "Số liệu năm 2018, gồm các quyết định công nhận đến 31/03/2019");
        Assert.AreEqual(year, asOfDecember + 2, "the year = as of 31 December + the late decisions the December summary announces");
    }
}
