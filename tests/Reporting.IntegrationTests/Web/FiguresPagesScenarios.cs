using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using OfficeOpenXml;
using Reporting.Data.Model;
using Reporting.Domain.Registers;
using Reporting.Figures;
using Reporting.IntegrationTests.Infrastructure;
using Reporting.Testing;

namespace Reporting.IntegrationTests.Web;

/// <summary>
/// The figures pages answer from the stored snapshots, with hand-counted registers of Huyện Tánh
/// Linh: Xã Bắc Ruộng (mountain, family target 60%) 7 of 10 households recognised in 2018, Thị trấn
/// Lạc Tánh (general target 70%) 3 of 10; one household of Bắc Ruộng recognised every year 2016–2018.
/// </summary>
[TestClass]
public sealed class FiguresPagesScenarios
{
    private const string District = "599";
    private const string Mountain = "23152";
    private const string Town = "23149";
    private PipelineFixture _pipeline = null!;
    private ServeFactory _factory = null!;

    [TestInitialize]
    public async Task StartAsync()
    {
        _pipeline = await PipelineFixture.CreateAsync(DatabaseProvider.Sqlite);
        foreach (var year in new[] { 2016, 2017 })
        {
            RegisterBuilder.Commune(Mountain, year)
                .Village("T01", 10, Steps.Recognized(year))
                .Household("0001", "T01", Steps.Recognized(year), head: "Nguyễn Văn An")
                .SaveUnder(_pipeline.Source);
        }
        var mountain = RegisterBuilder.Commune(Mountain, 2018).Village("T01", 10, Steps.Recognized(2018))
            .Household("0001", "T01", Steps.Recognized(2018), head: "Nguyễn Văn An");
        for (var h = 2; h <= 7; h++)
            mountain = mountain.Household($"000{h}", "T01", Steps.Recognized(2018), head: $"Trần Văn {h}");
        mountain.SaveUnder(_pipeline.Source);
        var town = RegisterBuilder.Commune(Town, 2018).Village("K01", 10, Steps.Registered(2018));
        for (var h = 1; h <= 3; h++)
            town = town.Household($"000{h}", "K01", Steps.Recognized(2018));
        town.SaveUnder(_pipeline.Source);
        Assert.IsFalse((await _pipeline.PullAsync()).AnythingRejected);
        _factory = new ServeFactory(_pipeline, FakeClock.Reading(() => new DateTimeOffset(2019, 4, 10, 3, 0, 0, TimeSpan.Zero)));
        using var scope = _factory.Services.CreateScope();
        foreach (var period in new[] { "2016", "2017", "2018", "2016-2018" })
            await scope.ServiceProvider.GetRequiredService<FiguresJob>().RunAsync(FiguresRequest.Parse(period, ProgrammePeriod.Default), "test", CancellationToken.None);
    }

    [TestCleanup]
    public async Task StopAsync()
    {
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await _pipeline.DisposeAsync();
    }

    [TestMethod]
    [DataRow(ServeFactory.Admin, ServeFactory.AdminPassword)]
    [DataRow(ServeFactory.Viewer, ServeFactory.ViewerPassword)]
    public async Task A_district_opens_its_communes_with_the_families_recognised_and_those_below_target(string user, string password)
    {
        using var session = await _factory.Session().SignedInAsync(user, password);
        var province = Parse(await session.Client.GetStringAsync("/so-lieu?period=2018&title=family"));
        var districtLink = province.QuerySelectorAll("#figures a").Single(a => a.TextContent == "Huyện Tánh Linh").GetAttribute("href")!;

        var page = Parse(await session.Client.GetStringAsync(districtLink));

        var rows = page.QuerySelectorAll("#figures tr").Skip(1).Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        var byName = rows.ToDictionary(r => r[0]);
        // Unit, eligible, registered, registered %, recognised, recognised %, target, gap.
        CollectionAssert.AreEqual(new[] { "Xã Bắc Ruộng", "10", "7", "70,0", "7", "70,0", "60,0", "+10,0" }, byName["Xã Bắc Ruộng"]);
        CollectionAssert.AreEqual(new[] { "Thị trấn Lạc Tánh", "10", "3", "30,0", "3", "30,0", "70,0", "−40,0" }, byName["Thị trấn Lạc Tánh"]);
        Assert.AreEqual("Huyện Tánh Linh", rows[^1][0], "the district's own row closes the table");
        Assert.AreEqual(("20", "10", "50,0"), (rows[^1][1], rows[^1][4], rows[^1][5]));
        var below = page.QuerySelectorAll("#below-target li").Select(li => li.TextContent).ToList();
        Assert.HasCount(1, below);
        StringAssert.StartsWith(below[0], "Thị trấn Lạc Tánh (30,0%");
        Assert.AreEqual("Tỉnh Bình Thuận › Huyện Tánh Linh", page.QuerySelector("#crumbs")!.TextContent.Trim());
        Assert.IsGreaterThanOrEqualTo(2, page.QuerySelectorAll("section.chart img[src^='data:image/svg+xml;base64,']").Length, "the comparison and the trend");
    }

    [TestMethod]
    public async Task A_commune_opens_its_villages()
    {
        using var viewer = await _factory.Session().SignedInAsync(ServeFactory.Viewer, ServeFactory.ViewerPassword);

        var page = Parse(await viewer.Client.GetStringAsync($"/so-lieu?period=2018&unit={Mountain}&title=family"));

        var first = page.QuerySelectorAll("#figures tr").Skip(1).First().QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        CollectionAssert.AreEqual(new[] { "Thôn T01", "10", "7", "70,0", "7", "70,0" }, first.Take(6).ToList());
    }

    [TestMethod]
    public async Task The_table_downloads_as_csv_and_excel_with_the_numbers_shown()
    {
        using var viewer = await _factory.Session().SignedInAsync(ServeFactory.Viewer, ServeFactory.ViewerPassword);
        var page = Parse(await viewer.Client.GetStringAsync($"/so-lieu?period=2018&unit={District}&title=family"));

        using var csv = await viewer.GetAsync(page.QuerySelector("#download-csv")!.GetAttribute("href")!);
        using var xlsx = await viewer.GetAsync(page.QuerySelector("#download-xlsx")!.GetAttribute("href")!);

        Assert.AreEqual(HttpStatusCode.OK, csv.StatusCode);
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split('\n');
        CollectionAssert.Contains(lines, "Thị trấn Lạc Tánh,10,3,30.0,3,30.0,70.0,-40.0");
        using var workbook = new ExcelPackage(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Workbook.Worksheets[0];
        var total = Enumerable.Range(4, 30).First(r => sheet.Cells[r, 1].Text == "Huyện Tánh Linh");
        Assert.AreEqual(20d, Convert.ToDouble(sheet.Cells[total, 2].Value));
        Assert.AreEqual(10d, Convert.ToDouble(sheet.Cells[total, 5].Value));
    }

    [TestMethod]
    public async Task Completeness_names_the_communes_that_have_not_sent_their_register()
    {
        using var viewer = await _factory.Session().SignedInAsync(ServeFactory.Viewer, ServeFactory.ViewerPassword);

        var page = Parse(await viewer.Client.GetStringAsync($"/so-lieu/nop-so?period=2018&unit={District}"));

        var missing = page.QuerySelectorAll("#late tr").Skip(1).Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToList())
            .Where(cells => cells[1] == "Chưa nộp").Select(cells => cells[0]).ToList();
        var communes = Reporting.Domain.Units.UnitDirectory.Reference.ChildrenOf(District, 2018).Select(u => u.Name).ToList();
        Assert.HasCount(communes.Count - 2, missing);
        CollectionAssert.AreEquivalent(communes.Except(["Xã Bắc Ruộng", "Thị trấn Lạc Tánh"]).ToList(), missing);
    }

    [TestMethod]
    public async Task Exemplars_of_a_window_are_found_by_a_name_typed_without_accents()
    {
        using var viewer = await _factory.Session().SignedInAsync(ServeFactory.Viewer, ServeFactory.ViewerPassword);

        var found = Parse(await viewer.Client.GetStringAsync("/so-lieu/tieu-bieu?period=2016-2018&title=family&q=nguyen%20van%20an"));
        var none = Parse(await viewer.Client.GetStringAsync("/so-lieu/tieu-bieu?period=2016-2018&title=family&q=tran%20van"));

        var rows = found.QuerySelectorAll("#figures tr").Skip(1).Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToList()).ToList();
        Assert.HasCount(1, rows);
        Assert.AreEqual(("Nguyễn Văn An", "Xã Bắc Ruộng", "2016, 2017, 2018"), (rows[0][1], rows[0][4], rows[0][6]));
        Assert.HasCount(1, none.QuerySelectorAll("#figures tr"), "households recognised only in 2018 are not exemplars of 2016–2018");
    }

    [TestMethod]
    public async Task A_period_never_computed_says_so_instead_of_showing_zeros()
    {
        using var viewer = await _factory.Session().SignedInAsync(ServeFactory.Viewer, ServeFactory.ViewerPassword);

        var page = Parse(await viewer.Client.GetStringAsync("/so-lieu?period=2019-05"));

        StringAssert.Contains(page.QuerySelector("#missing")!.TextContent, "Chưa tính số liệu tháng 05/2019");
        Assert.IsNull(page.QuerySelector("#figures"));
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);
}
