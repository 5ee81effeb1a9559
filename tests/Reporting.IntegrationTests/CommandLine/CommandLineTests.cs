using System.Text.Json;
using Reporting.Data.Model;
using Reporting.IntegrationTests.Infrastructure;
using Reporting.Testing;

namespace Reporting.IntegrationTests.CommandLine;

/// <summary>The CLI contract of specs/cli.md, through the real executable.</summary>
[TestClass]
[TestCategory(Categories.Slow)]
public sealed class CommandLineTests
{
    private string _folder = null!;

    [TestInitialize]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("cli-").FullName;

    [TestCleanup]
    public void DeleteFolder()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private string SqliteDb => $"Data Source={Path.Combine(_folder, "test.db")}";

    [TestMethod]
    public async Task Approve_close_and_reopen_are_steps_of_the_command_line_and_figures_say_whether_the_year_is_closed()
    {
        var source = SmallSource();
        Assert.AreEqual(0, (await Cli.RunAsync(_folder, "pull", "--source", source, "--db", SqliteDb)).ExitCode);

        var approve = await Cli.RunAsync(_folder, "approve", "--year", "2018", "--unit", "23272", "--db", SqliteDb);
        Assert.AreEqual(0, approve.ExitCode, approve.Error);
        StringAssert.Contains(approve.Output, "Duyệt: sổ năm 2018 của 23272");
        var twice = await Cli.RunAsync(_folder, "approve", "--year", "2018", "--unit", "23272", "--db", SqliteDb);
        Assert.AreEqual(1, twice.ExitCode);
        StringAssert.Contains(twice.Error, "đã được duyệt");
        Assert.AreEqual(2, (await Cli.RunAsync(_folder, "approve", "--year", "2030", "--unit", "23272", "--db", SqliteDb)).ExitCode);

        var open = await Cli.RunAsync(_folder, "figures", "--period", "2018", "--db", SqliteDb);
        StringAssert.Contains(open.Error, "Số liệu năm 2018 chưa chốt");
        var refused = await Cli.RunAsync(_folder, "close", "--year", "2018", "--db", SqliteDb);
        Assert.AreEqual(1, refused.ExitCode);
        StringAssert.Contains(refused.Error, "chưa được duyệt");
        var close = await Cli.RunAsync(_folder, "close", "--year", "2018", "--reason", "Họp sơ kết", "--db", SqliteDb);
        Assert.AreEqual(0, close.ExitCode, close.Error);
        StringAssert.Contains(close.Output, "Đã chốt số liệu năm 2018");
        var closed = await Cli.RunAsync(_folder, "figures", "--period", "2018", "--db", SqliteDb);
        StringAssert.Contains(closed.Error, "Số liệu năm 2018 đã chốt ngày");
        StringAssert.StartsWith(closed.Output, "period,");

        Assert.AreEqual(2, (await Cli.RunAsync(_folder, "reopen", "--year", "2018", "--db", SqliteDb)).ExitCode, "reopening needs a reason");
        var reopen = await Cli.RunAsync(_folder, "reopen", "--year", "2018", "--reason", "Xã bổ sung", "--db", SqliteDb);
        Assert.AreEqual(0, reopen.ExitCode, reopen.Error);
        StringAssert.Contains(reopen.Output, "Đã mở lại số liệu năm 2018; 0 sổ");
    }

    /// <summary>Two communes of Phú Quí, one with a household that breaks rule 1.</summary>
    private string SmallSource()
    {
        var source = Path.Combine(_folder, "source");
        RegisterBuilder.Commune("23272", 2018, updatedOn: new DateTime(2018, 12, 28))
            .Village("T01", 6, Steps.Recognized(2018))
            .Household("0001", "T01", Steps.Recognized(2018))
            .Household("0002", "T01", Steps.RecognizedWithoutRegistration(2018))
            .SaveUnder(source);
        RegisterBuilder.Commune("23275", 2018, updatedOn: new DateTime(2018, 12, 28))
            .Village("T01", 4, Steps.None)
            .Household("0001", "T01", Steps.Registered(2018))
            .SaveUnder(source);
        return source;
    }

    [TestMethod]
    public async Task Demo_then_figures_prints_every_level_and_the_province_is_the_sum_of_its_districts()
    {
        var demo = await Cli.RunAsync(_folder, "demo", "--households", "1500", "--seed", "11");
        Assert.AreEqual(0, demo.ExitCode, demo.Error);
        Assert.IsTrue(File.Exists(Path.Combine(_folder, "data", "reporting.db")));
        Assert.IsTrue(File.Exists(Path.Combine(_folder, "data", "sample-registers", "communes", "22915", "22915_2018.xlsx")));
        foreach (var year in new[] { 2016, 2017, 2018, 2019, 2020 })
            Assert.IsTrue(File.Exists(Path.Combine(_folder, "reports-output", "monthly", $"{year}-12", $"tong-hop-thang-{year}-12.xlsx")), $"December {year}");
        foreach (var year in new[] { 2016, 2018, 2020 })
            Assert.IsTrue(File.Exists(Path.Combine(_folder, "reports-output", "conference", $"{year}", "60", "bao-cao.html")), $"conference {year}");
        Assert.IsTrue(File.Exists(Path.Combine(_folder, "reports-output", "costs", "2020", "du-toan-kinh-phi-2020.xlsx")));

        var figures = await Cli.RunAsync(_folder, "figures", "--period", "2018", "--format", "csv");

        Assert.AreEqual(0, figures.ExitCode, figures.Error);
        var rows = figures.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.AreEqual(5, rows.Count(r => r[1] == "province"));
        Assert.AreEqual(50, rows.Count(r => r[1] == "district"));
        Assert.AreEqual(127 * 5, rows.Count(r => r[1] == "commune"));
        Assert.IsTrue(rows.Any(r => r[1] == "village"));
        foreach (var province in rows.Where(r => r[1] == "province"))
        {
            var districts = rows.Where(r => r[1] == "district" && r[5] == province[5]).ToList();
            for (var column = 6; column <= 15; column++)
                Assert.AreEqual(Count(province[column]), districts.Sum(d => Count(d[column])), $"column {column} of {province[5]}");
        }
    }

    private static long Count(string cell) => cell.Length == 0 ? 0 : long.Parse(cell);

    [TestMethod]
    public async Task Pull_exits_0_with_rejected_rows_and_3_with_strict()
    {
        var source = SmallSource();

        var pull = await Cli.RunAsync(_folder, "pull", "--source", source, "--db", SqliteDb);
        StringAssert.Contains(pull.Output, "partly accepted");
        StringAssert.Contains(pull.Output, "Rows: 4 imported, 1 rejected.");
        Assert.AreEqual(0, pull.ExitCode, pull.Error);

        var again = await Cli.RunAsync(_folder, "pull", "--source", source, "--db", SqliteDb, "--strict");
        StringAssert.Contains(again.Output, "2 unchanged");
        Assert.AreEqual(0, again.ExitCode, "nothing new was rejected");

        RegisterBuilder.Commune("23278", 2018).Household("0001", "T09", Steps.None).SaveUnder(source);
        var strict = await Cli.RunAsync(_folder, "pull", "--source", source, "--db", SqliteDb, "--strict");
        Assert.AreEqual(3, strict.ExitCode, strict.Output);
    }

    [TestMethod]
    [DataRow("figures", "--period", "2018-13")]
    [DataRow("figures", "--period", "2018", "--format", "xml")]
    [DataRow("figures", "--period", "2018", "--level", "hamlet")]
    [DataRow("figures", "--period", "2030")]
    [DataRow("figures")]
    [DataRow("pull", "--source", "/no/such/folder")]
    [DataRow("pull", "--unit", "../../etc")]
    [DataRow("monthly", "--month", "2018-3")]
    [DataRow("monthly", "--month", "2031-01")]
    [DataRow("monthly")]
    [DataRow("conference", "--year", "2017")]
    [DataRow("costs", "--year", "2015")]
    [DataRow("conference", "--year", "2018", "--unit", "23272")]
    [DataRow("frobnicate")]
    public async Task Bad_usage_exits_2_with_a_message(params string[] arguments)
    {
        var result = await Cli.RunAsync(_folder, [.. arguments, "--db", SqliteDb]);
        Assert.AreEqual(2, result.ExitCode, result.Output + result.Error);
        Assert.IsFalse(string.IsNullOrWhiteSpace(result.Error));
    }

    [TestMethod]
    public async Task Invalid_configuration_exits_2_naming_the_setting()
    {
        var config = Path.Combine(_folder, "bad.json");
        await File.WriteAllTextAsync(config, """{ "Circular44": { "Good": 60, "Fair": 70 } }""");
        var result = await Cli.RunAsync(_folder, "figures", "--period", "2018", "--config", config, "--db", SqliteDb);
        Assert.AreEqual(2, result.ExitCode);
        StringAssert.Contains(result.Error, "Circular44");
    }

    [TestMethod]
    public async Task Figures_of_one_unit_in_json_cover_it_and_what_lies_under_it()
    {
        await Cli.RunAsync(_folder, "pull", "--source", SmallSource(), "--db", SqliteDb);

        var result = await Cli.RunAsync(_folder, "figures", "--period", "2018", "--unit", "23272", "--format", "json", "--db", SqliteDb);

        Assert.AreEqual(0, result.ExitCode, result.Error);
        var rows = JsonDocument.Parse(result.Output).RootElement.EnumerateArray().ToList();
        CollectionAssert.AreEquivalent(new[] { "commune", "village" }, rows.Select(r => r.GetProperty("level").GetString()).Distinct().ToArray());
        var family = rows.Single(r => r.GetProperty("level").GetString() == "commune" && r.GetProperty("title").GetString() == "family");
        Assert.AreEqual(6, family.GetProperty("eligible").GetInt64());
        Assert.AreEqual(1, family.GetProperty("recognized").GetInt64());
        Assert.AreEqual(1, family.GetProperty("rejected_rows").GetInt64());
        Assert.AreEqual(16.7m, family.GetProperty("recognized_pct").GetDecimal());
        Assert.AreEqual(JsonValueKind.Null, family.GetProperty("good").ValueKind);
    }

    [TestMethod]
    public async Task Figures_written_to_a_file_match_the_printed_ones()
    {
        await Cli.RunAsync(_folder, "pull", "--source", SmallSource(), "--db", SqliteDb);
        var printed = await Cli.RunAsync(_folder, "figures", "--period", "2018", "--level", "district", "--db", SqliteDb);
        var file = Path.Combine(_folder, "out", "figures.csv");

        var written = await Cli.RunAsync(_folder, "figures", "--period", "2018", "--level", "district", "--output", file, "--db", SqliteDb);

        Assert.AreEqual(0, written.ExitCode, written.Error);
        Assert.AreEqual(printed.Output, await File.ReadAllTextAsync(file));
        Assert.AreEqual(1 + 10 * 5, printed.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [TestMethod]
    public async Task Pull_and_figures_on_PostgreSQL_print_what_SQLite_prints()
    {
        var source = SmallSource();
        await using var postgres = await TestDatabases.CreateAsync(DatabaseProvider.PostgreSql);
        await Cli.RunAsync(_folder, "pull", "--source", source, "--db", SqliteDb);
        var pull = await Cli.RunAsync(_folder, "pull", "--source", source, "--db", postgres.ConnectionString);
        Assert.AreEqual(0, pull.ExitCode, pull.Error);

        var onSqlite = await Cli.RunAsync(_folder, "figures", "--period", "2018", "--db", SqliteDb);
        var onPostgres = await Cli.RunAsync(_folder, "figures", "--period", "2018", "--db", postgres.ConnectionString);

        Assert.AreEqual(0, onPostgres.ExitCode, onPostgres.Error);
        Assert.AreEqual(onSqlite.Output, onPostgres.Output);
    }

    [TestMethod]
    public async Task Monthly_summary_province_row_equals_the_printed_figures_of_the_month()
    {
        Assert.AreEqual(0, (await Cli.RunAsync(_folder, "pull", "--source", SmallSource(), "--db", SqliteDb)).ExitCode);

        var monthly = await Cli.RunAsync(_folder, "monthly", "--month", "2018-12", "--db", SqliteDb);
        var figures = await Cli.RunAsync(_folder, "figures", "--period", "2018-12", "--level", "province", "--db", SqliteDb);

        Assert.AreEqual(0, monthly.ExitCode, monthly.Error);
        StringAssert.Contains(monthly.Output, "Chưa cấu hình thư");
        var header = figures.Output.Split('\n')[0].Split(',');
        var province = figures.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToDictionary(r => r[Array.IndexOf(header, "title")]);
        var path = Path.Combine(_folder, "reports-output", "monthly", "2018-12", "tong-hop-thang-2018-12.xlsx");
        using var workbook = new OfficeOpenXml.ExcelPackage(new FileInfo(path));
        var summary = workbook.Workbook.Worksheets["Tổng hợp"];
        var total = Enumerable.Range(1, summary.Dimension.End.Row).Single(r => summary.Cells[r, 3].Text == "Toàn tỉnh");
        string[] titles = ["family", "clan", "community", "unit"];
        for (var t = 0; t < titles.Length; t++)
        {
            foreach (var (offset, column) in new[] { (0, "eligible"), (1, "registered"), (3, "recognized") })
            {
                Assert.AreEqual(long.Parse(province[titles[t]][Array.IndexOf(header, column)]), Convert.ToInt64(summary.Cells[total, 4 + 7 * t + offset].Value), $"{titles[t]} {column}");
            }
        }
        Assert.AreEqual(10L, Convert.ToInt64(summary.Cells[total, 4].Value), "6 + 4 households in the small source");
    }

    [TestMethod]
    public async Task Conference_packs_agree_with_the_printed_window_figures()
    {
        Assert.AreEqual(0, (await Cli.RunAsync(_folder, "pull", "--source", SmallSource(), "--db", SqliteDb)).ExitCode);

        var conference = await Cli.RunAsync(_folder, "conference", "--year", "2018", "--db", SqliteDb);
        var figures = await Cli.RunAsync(_folder, "figures", "--period", "2016-2018", "--level", "district", "--unit", "602", "--db", SqliteDb);

        Assert.AreEqual(0, conference.ExitCode, conference.Error);
        StringAssert.Contains(conference.Output, "11 pack(s)");
        var header = figures.Output.Split('\n')[0].Split(',');
        var family = figures.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(','))
            .Single(r => r[Array.IndexOf(header, "title")] == "family");
        string Figure(string column) => family[Array.IndexOf(header, column)];
        var report = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_folder, "reports-output", "conference", "2018", "602", "bao-cao.html")));
        var row = report.QuerySelector("table.overview tr[data-title='family']")!.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray();
        Assert.AreEqual($"{Figure("eligible")} hộ", row[1]);
        Assert.AreEqual((Figure("registered"), Figure("recognized"), Figure("exemplary")), (row[2], row[4], row[8]));
        Assert.AreEqual(Figure("recognized_pct").Replace('.', ',') + "%", row[5]);
    }

    [TestMethod]
    [DataRow("""{ "Costs": { "UnitCosts": { "meal_commune": [ { "From": "2017-07-01", "Amount": -100000 } ] } } }""", "Costs:UnitCosts: meal_commune: the amount from 2017-07-01 must not be negative")]
    [DataRow("""{ "Costs": { "UnitCosts": { "banh_keo": [ { "From": "2017-07-01", "Amount": 1000 } ] } } }""", "Costs:UnitCosts: banh_keo is not a cost item")]
    [DataRow("""{ "Costs": { "Rewards": { "Commune": { "family": { "Count": 3, "Share": 0.1 } } } } }""", "Costs:Rewards: Commune:family needs either Count or Share")]
    [DataRow("""{ "Costs": { "GrowthPercent": -5 } }""", "GrowthPercent")]
    [DataRow("""{ "Costs": { "ReviewDistricts2016": [ "23272" ] } }""", "Costs:ReviewDistricts2016: '23272' is not a district")]
    public async Task Invalid_cost_configuration_stops_the_run_naming_the_setting(string json, string message)
    {
        var config = Path.Combine(_folder, "costs.json");
        await File.WriteAllTextAsync(config, json);

        var result = await Cli.RunAsync(_folder, "costs", "--year", "2018", "--config", config, "--db", SqliteDb);

        Assert.AreEqual(2, result.ExitCode, result.Output + result.Error);
        StringAssert.Contains(result.Error, message);
        Assert.IsFalse(Directory.Exists(Path.Combine(_folder, "reports-output", "costs")));
    }

    [TestMethod]
    public async Task Cost_estimate_province_total_is_the_sum_of_its_sheets()
    {
        Assert.AreEqual(0, (await Cli.RunAsync(_folder, "pull", "--source", SmallSource(), "--db", SqliteDb)).ExitCode);

        var costs = await Cli.RunAsync(_folder, "costs", "--year", "2018", "--db", SqliteDb);

        Assert.AreEqual(0, costs.ExitCode, costs.Error);
        using var workbook = new OfficeOpenXml.ExcelPackage(new FileInfo(Path.Combine(_folder, "reports-output", "costs", "2018", "du-toan-kinh-phi-2018.xlsx")));
        var summary = workbook.Workbook.Worksheets["Tổng hợp"];
        var total = Enumerable.Range(1, summary.Dimension.End.Row).Single(r => summary.Cells[r, 2].Text == "Toàn tỉnh");
        var sheets = workbook.Workbook.Worksheets.Where(w => w.Name == "Tỉnh" || char.IsDigit(w.Name[0])).ToList();
        Assert.HasCount(11, sheets);
        var sheetTotals = sheets.Sum(w => Convert.ToDecimal(w.Cells[Enumerable.Range(1, w.Dimension.End.Row).Single(r => w.Cells[r, 2].Text == "Tổng cộng"), 7].Value));
        Assert.AreEqual(sheetTotals, Convert.ToDecimal(summary.Cells[total, 7].Value));
        StringAssert.Contains(costs.Output, Reporting.Reports.Output.Vietnamese.Number((long)sheetTotals) + " đ");
    }

    [TestMethod]
    public async Task Templates_verb_resets_the_report_templates_on_request()
    {
        var result = await Cli.RunAsync(_folder, "templates", "--reports", "--out", Path.Combine(_folder, "registers"));

        Assert.AreEqual(0, result.ExitCode, result.Error);
        using var monthly = new OfficeOpenXml.ExcelPackage(new FileInfo(Path.Combine(_folder, "templates", "monthly", "tong-hop-thang.xlsx")));
        Assert.AreEqual("Tổng hợp", monthly.Workbook.Worksheets.First().Name);
    }

    [TestMethod]
    public async Task Templates_verb_writes_the_commune_and_district_blank_registers()
    {
        var result = await Cli.RunAsync(_folder, "templates", "--out", _folder);

        Assert.AreEqual(0, result.ExitCode, result.Error);
        using var commune = new OfficeOpenXml.ExcelPackage(new FileInfo(Path.Combine(_folder, "mau-so-theo-doi-cap-xa.xlsx")));
        CollectionAssert.AreEqual(new[] { "ThongTin", "Thon", "GiaDinh", "DongHo", "DonVi" }, commune.Workbook.Worksheets.Select(w => w.Name).ToArray());
        using var district = new OfficeOpenXml.ExcelPackage(new FileInfo(Path.Combine(_folder, "mau-so-theo-doi-cap-huyen.xlsx")));
        CollectionAssert.AreEqual(new[] { "ThongTin", "CDHT_Xa" }, district.Workbook.Worksheets.Select(w => w.Name).ToArray());
    }

    [TestMethod]
    public async Task Templates_verb_prefills_next_years_registers_from_the_accepted_ones_and_asks_for_the_year()
    {
        Assert.AreEqual(0, (await Cli.RunAsync(_folder, "pull", "--source", SmallSource(), "--db", SqliteDb)).ExitCode);
        var folder = Path.Combine(_folder, "prefilled");

        var result = await Cli.RunAsync(_folder, "templates", "--year", "2019", "--prefill", "--db", SqliteDb, "--out", folder);
        var withoutYear = await Cli.RunAsync(_folder, "templates", "--prefill", "--db", SqliteDb);

        Assert.AreEqual(0, result.ExitCode, result.Error);
        using var register = new OfficeOpenXml.ExcelPackage(new FileInfo(Path.Combine(folder, "communes", "23272", "23272_2019.xlsx")));
        var households = register.Workbook.Worksheets["GiaDinh"];
        Assert.AreEqual(("0001", "T01", ""), (households.Cells[3, 1].Text, households.Cells[3, 3].Text, households.Cells[4, 1].Text),
            "the household accepted in 2018, not the one whose row was rejected");
        Assert.AreEqual(2, withoutYear.ExitCode);
        StringAssert.Contains(withoutYear.Error, "--prefill needs --year");
    }

    [TestMethod]
    public async Task Pull_from_configured_sources_writes_a_json_summary_and_error_reports()
    {
        var source = SmallSource();
        var config = Path.Combine(_folder, "sources.json");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new
        {
            Sources = new { Folders = new[] { new { Name = "xa", Level = "commune", Path = Path.Combine(source, "communes") } } },
        }));
        var output = Path.Combine(_folder, "out");

        var pull = await Cli.RunAsync(_folder, "pull", "--config", config, "--db", SqliteDb, "--out", output);

        Assert.AreEqual(0, pull.ExitCode, pull.Error);
        var summaryPath = pull.Output.Split('\n').Single(l => l.StartsWith("Summary: ", StringComparison.Ordinal))["Summary: ".Length..].Trim();
        using var summary = JsonDocument.Parse(await File.ReadAllTextAsync(summaryPath));
        var totals = summary.RootElement.GetProperty("totals");
        Assert.AreEqual((2, 1, 4, 1), (totals.GetProperty("files").GetInt32(), totals.GetProperty("partly_accepted").GetInt32(),
            totals.GetProperty("rows_accepted").GetInt32(), totals.GetProperty("rows_rejected").GetInt32()));
        var partly = summary.RootElement.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("outcome").GetString() == "partly_accepted");
        Assert.AreEqual("xa", partly.GetProperty("source").GetString());
        Assert.IsTrue(File.Exists(partly.GetProperty("error_report").GetString()));
        StringAssert.StartsWith(partly.GetProperty("error_report").GetString(), Path.Combine(output, "errors", "2018", "23272"));
    }

    [TestMethod]
    public async Task Plain_http_source_outside_this_machine_is_refused_at_start()
    {
        var config = Path.Combine(_folder, "http.json");
        await File.WriteAllTextAsync(config, """
            { "Sources": { "Http": [ { "Name": "tinh", "Level": "commune", "UrlTemplate": "http://registers.example.org/{unit}/{year}.xlsx" } ] } }
            """);

        var pull = await Cli.RunAsync(_folder, "pull", "--config", config, "--db", SqliteDb);

        Assert.AreEqual(2, pull.ExitCode);
        StringAssert.Contains(pull.Error, "must use https");
    }

    [TestMethod]
    public async Task Every_table_and_period_kind_is_exported_and_snapshotted_once()
    {
        await Cli.RunAsync(_folder, "pull", "--source", SmallSource(), "--db", SqliteDb);

        var window = await Cli.RunAsync(_folder, "figures", "--period", "2018-2018", "--level", "commune", "--unit", "23272", "--db", SqliteDb);
        var exemplars = await Cli.RunAsync(_folder, "figures", "--period", "2018-2018", "--table", "exemplars", "--db", SqliteDb);
        var completeness = await Cli.RunAsync(_folder, "figures", "--period", "2018-12", "--table", "completeness", "--level", "district", "--unit", "602", "--db", SqliteDb);
        var file = Path.Combine(_folder, "march.csv");
        var first = await Cli.RunAsync(_folder, "figures", "--period", "2018-03", "--output", file, "--db", SqliteDb);
        var second = await Cli.RunAsync(_folder, "figures", "--period", "2018-03", "--output", file, "--db", SqliteDb);

        // 23272: household 0001 recognised in 2018; 0002 rejected. 23275's household only registered.
        CollectionAssert.Contains(window.Output.Split('\n'), "2018-2018,commune,23272,Xã Ngũ Phụng,602,family,6,1,1,1,1,,,,,1,16.7,100.0,16.7,island,1,1,1,70.0,-53.3");
        StringAssert.Contains(exemplars.Output, "2018-2018,family,602,23272,T01,Thôn T01,23272/1,0001,Chủ hộ 0001,2018,15/QĐ-UBND");
        CollectionAssert.Contains(completeness.Output.Split('\n'), "2018-12,district,602,Huyện Phú Quí,60,Chưa nộp,,,,,3,2,2,0,1,66.7,66.7");
        Assert.AreEqual(0, first.ExitCode, first.Error);
        var snapshot = System.Text.RegularExpressions.Regex.Match(first.Output, @"\(snapshot \d+, sha256 [0-9a-f]{64}\)").Value;
        Assert.IsNotEmpty(snapshot);
        StringAssert.Contains(second.Output, snapshot, "the same table from the same registers is one snapshot");
    }

    [TestMethod]
    [DataRow("2016-2018", "completeness")]
    [DataRow("2018-03", "exemplars")]
    [DataRow("2018", "everything")]
    public async Task Table_that_does_not_fit_the_period_exits_2(string period, string table)
    {
        var result = await Cli.RunAsync(_folder, "figures", "--period", period, "--table", table, "--db", SqliteDb);
        Assert.AreEqual(2, result.ExitCode, result.Output + result.Error);
    }
}
