using Reporting.Data.Model;
using Reporting.Domain.Figures;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;
using Reporting.Figures;
using Reporting.IntegrationTests.Infrastructure;
using Reporting.Testing;

namespace Reporting.IntegrationTests.Figures;

/// <summary>
/// Five years of hand-made registers, every expected number counted by hand:
/// - Xã Hòa Phú (23002) until 2019, absorbed into Thị trấn Phan Rí Cửa (22972) on 1 January 2020:
///   household A recognised 2016–2019 there and in 2020 as 22972/020001 (Mã cũ 23002/010001);
///   household B recognised 2016 and 2018 only; village T01 recognised 2016–2019, in 2020 as 22972/T02.
/// - 22972: household C recognised every year; clan DH01 recognised 2016, 2017, 2018 and 2020.
/// - Xã Ngũ Phụng (23272): no register in 2017; household 0001 recognised 2016, 2018, 2020; in 2018
///   households dated around the end of March; its 2019 register last updated on 30 June 2019.
/// </summary>
public abstract class MultiYearScenarios
{
    private PipelineFixture _pipeline = null!;

    protected abstract DatabaseProvider Provider { get; }

    [TestInitialize]
    public async Task CreatePipelineAsync()
    {
        _pipeline = await PipelineFixture.CreateAsync(Provider);
        var source = _pipeline.Source;
        foreach (var year in new[] { 2016, 2017, 2018, 2019 })
        {
            RegisterBuilder.Commune("23002", year)
                .Village("T01", 5, Steps.Recognized(year))
                .Household("010001", "T01", Steps.Recognized(year))
                .Household("010002", "T01", year is 2016 or 2018 ? Steps.Recognized(year) : Steps.Registered(year))
                .SaveUnder(source);
        }
        foreach (var year in new[] { 2016, 2017, 2018, 2019, 2020 })
        {
            var register = RegisterBuilder.Commune("22972", year)
                .Village("T01", 4, Steps.None)
                .Household("010001", "T01", Steps.Recognized(year))
                .Clan("DH01", "T01", year == 2019 ? Steps.Registered(year) : Steps.Recognized(year));
            if (year == 2020)
            {
                register.Village("T02", 5, Steps.Recognized(year), oldCode: "23002/T01")
                    .Household("020001", "T02", Steps.Recognized(year), oldCode: "23002/010001")
                    .Household("020002", "T02", Steps.Registered(year), oldCode: "23002/010002");
            }
            register.SaveUnder(source);
        }
        foreach (var year in new[] { 2016, 2020 })
            RegisterBuilder.Commune("23272", year).Village("T01", 10, Steps.None).Household("0001", "T01", Steps.Recognized(year)).SaveUnder(source);
        RegisterBuilder.Commune("23272", 2018)
            .Village("T01", 10, Steps.None)
            .Household("0001", "T01", Steps.Recognized(2018))
            .Household("0002", "T01", Steps.Registered(2018))
            .Household("0003", "T01", ["x", new DateTime(2018, 4, 10), null, null, null, null, null, null, null])
            .Household("0004", "T01", ["x", new DateTime(2018, 1, 15), 85, "Đạt", new DateTime(2018, 3, 1), "x", "3/QĐ-UBND", new DateTime(2018, 3, 20), null])
            .SaveUnder(source);
        RegisterBuilder.Commune("23272", 2019, updatedOn: new DateTime(2019, 6, 30))
            .Village("T01", 10, Steps.None)
            .Household("0001", "T01", Steps.Registered(2019))
            .SaveUnder(source);
        var summary = await _pipeline.PullAsync();
        Assert.IsTrue(summary.Files.All(f => f.Outcome == FileOutcome.Accepted), string.Join("; ", summary.Files.Select(f => $"{f.Origin}: {f.Message}")));
    }

    [TestCleanup]
    public async Task DisposePipelineAsync() => await _pipeline.DisposeAsync();

    private static readonly FiguresPeriod FiveYears = FiguresPeriod.Window(2016, 2020);

    private static (long?, long?, long?) Window(List<FigureRow> rows, UnitLevel level, string code, Title title, string? parent = null)
    {
        var row = rows.Single(r => r.Level == level && r.UnitCode == code && r.Title == title && (parent is null || r.ParentCode == parent));
        return (row.RecognizedAny, row.RecognizedEveryYear, row.Exemplary);
    }

    [TestMethod]
    public async Task Five_year_window_follows_households_through_the_merger()
    {
        var rows = await _pipeline.FiguresAsync(FiveYears);

        // A and B now in 22972/T02 (through Mã cũ), C in 22972/T01; A and C recognised all five years.
        Assert.AreEqual((3L, 2L, 2L), Window(rows, UnitLevel.Commune, "22972", Title.Family));
        Assert.AreEqual((2L, 1L, 1L), Window(rows, UnitLevel.Village, "T02", Title.Family, "22972"));
        Assert.AreEqual((1L, 1L, 1L), Window(rows, UnitLevel.Village, "T01", Title.Family, "22972"));
        // 23272 had no register in 2017: its household cannot be recognised every year.
        Assert.AreEqual((2L, 0L, 0L), Window(rows, UnitLevel.Commune, "23272", Title.Family));
        Assert.AreEqual((3L, 2L, 2L), Window(rows, UnitLevel.District, "595", Title.Family));
        Assert.AreEqual((5L, 2L, 2L), Window(rows, UnitLevel.Province, "60", Title.Family));
        Assert.IsFalse(rows.Any(r => r.UnitCode == "23002"), "the absorbed commune is not a unit of 2020");
    }

    [TestMethod]
    public async Task Window_shows_the_counts_of_its_last_year_beside()
    {
        var t02 = (await _pipeline.FiguresAsync(FiveYears)).Single(r => r.Level == UnitLevel.Village && r.ParentCode == "22972" && r.UnitCode == "T02" && r.Title == Title.Family);

        Assert.AreEqual(("2016-2020", 5L, 2L, 1L), (t02.Period, t02.Eligible, t02.Registered, t02.Recognized));
    }

    [TestMethod]
    public async Task Village_through_the_merger_keeps_its_history()
    {
        var rows = await _pipeline.FiguresAsync(FiveYears);

        Assert.AreEqual((1L, 1L, 1L), Window(rows, UnitLevel.Village, "T02", Title.Community, "22972"));
        Assert.AreEqual((0L, 0L, 0L), Window(rows, UnitLevel.Village, "T01", Title.Community, "22972"));
    }

    [TestMethod]
    public async Task Clan_recognised_four_years_of_five_is_exemplary_only_under_a_four_year_rule()
    {
        var byDefault = await _pipeline.FiguresAsync(FiveYears);
        var fourYears = await _pipeline.FiguresAsync(FiveYears, FiguresSettings.Default with { Exemplars = new ExemplarRule(4, LastYearRequired: true) });

        Assert.AreEqual((1L, 0L, 0L), Window(byDefault, UnitLevel.Commune, "22972", Title.Clan));
        Assert.AreEqual((1L, 0L, 1L), Window(fourYears, UnitLevel.Commune, "22972", Title.Clan));
    }

    [TestMethod]
    public async Task Exemplar_list_names_each_with_years_and_decisions()
    {
        var families = (await _pipeline.ExemplarsAsync(FiveYears)).Where(e => e.Title == Title.Family).ToList();

        CollectionAssert.AreEqual(new[] { "22972/10001", "23002/10001" }, families.Select(e => e.EntityKey).ToArray());
        var a = families[1];
        Assert.AreEqual(("595", "22972", "T02", "020001", "Chủ hộ 020001"), (a.DistrictCode, a.CommuneCode, a.VillageCode, a.Code, a.Name));
        CollectionAssert.AreEqual(new[] { 2016, 2017, 2018, 2019, 2020 }, a.YearsRecognized);
        Assert.HasCount(5, a.DecisionNumbers);
    }

    [TestMethod]
    public async Task Month_figures_leave_out_what_is_dated_after_the_month()
    {
        var march = (await _pipeline.FiguresAsync(FiguresPeriod.AsOfMonth(2018, 3))).Single(r => r.Level == UnitLevel.Commune && r.UnitCode == "23272" && r.Title == Title.Family);
        var year = (await _pipeline.FiguresAsync(FiguresPeriod.Year(2018))).Single(r => r.Level == UnitLevel.Commune && r.UnitCode == "23272" && r.Title == Title.Family);

        // 0003 registered 10 April; 0001 evaluated in October, recognised in December; 0004 done by 20 March.
        Assert.AreEqual(("2018-03", 10L, 3L, 1L, 1L, 1L), (march.Period, march.Eligible, march.Registered, march.Evaluated, march.Passed, march.Recognized));
        Assert.AreEqual((10L, 4L, 2L, 2L, 2L), (year.Eligible, year.Registered, year.Evaluated, year.Passed, year.Recognized));
    }

    [TestMethod]
    public async Task One_year_window_equals_the_year()
    {
        foreach (var year in new[] { 2016, 2018, 2020 })
        {
            var window = await _pipeline.FiguresAsync(FiguresPeriod.Window(year, year));
            var plain = await _pipeline.FiguresAsync(FiguresPeriod.Year(year));
            Assert.AreEqual(plain.Count, window.Count);
            foreach (var (w, y) in window.Zip(plain))
            {
                Assert.AreEqual(y with { Period = w.Period, RecognizedAny = w.RecognizedAny, RecognizedEveryYear = w.RecognizedEveryYear, Exemplary = w.Exemplary }, w);
                if (w.Title != Title.CommuneCommunity)
                    Assert.AreEqual((y.Recognized, y.Recognized, y.Recognized), (w.RecognizedAny, w.RecognizedEveryYear, w.Exemplary), $"{year} {w.Level} {w.UnitCode} {w.Title}");
            }
        }
    }

    [TestMethod]
    public async Task Completeness_tells_submitted_late_and_missing()
    {
        var year2017 = await _pipeline.CompletenessAsync(FiguresPeriod.Year(2017));
        CompletenessRow Of(List<CompletenessRow> rows, string code) => rows.Single(r => r.UnitCode == code);

        Assert.AreEqual(SubmissionStatus.Missing, Of(year2017, "23272").Status);
        Assert.AreEqual(SubmissionStatus.Submitted, Of(year2017, "22972").Status);
        Assert.AreEqual((12L, 2L, 16.7m), (Of(year2017, "595").CommunesExpected, Of(year2017, "595").CommunesSubmitted, Of(year2017, "595").ReportingRatePercent));
        Assert.AreEqual((127L, 2L, 0L), (Of(year2017, "60").CommunesExpected, Of(year2017, "60").CommunesSubmitted, Of(year2017, "60").CommunesMissing - 125));

        // As of December 2019 the 23272 register, last updated 30 June, is 184 days old: late.
        var december = Of(await _pipeline.CompletenessAsync(FiguresPeriod.AsOfMonth(2019, 12)), "23272");
        Assert.AreEqual((SubmissionStatus.Late, "Chậm", 184, new DateOnly(2019, 6, 30)), (december.Status, december.StatusVietnamese, december.DaysSinceUpdate, december.UpdatedOn));
    }

    [TestMethod]
    public async Task Every_level_sums_the_one_below_in_the_window()
    {
        var rows = await _pipeline.FiguresAsync(FiveYears);
        foreach (var parent in rows.Where(r => r.Level != UnitLevel.Village && r.Title != Title.CommuneCommunity))
        {
            var children = rows.Where(r => r.Level == parent.Level + 1 && r.ParentCode == parent.UnitCode && r.Title == parent.Title).ToList();
            if (parent.Level == UnitLevel.Commune && parent.Title == Title.LearningUnit)
                continue;
            Assert.AreEqual((parent.RecognizedAny, parent.RecognizedEveryYear, parent.Exemplary),
                (children.Sum(c => c.RecognizedAny), children.Sum(c => c.RecognizedEveryYear), children.Sum(c => c.Exemplary)),
                $"{parent.Level} {parent.UnitCode} {parent.Title}");
        }
    }

    [TestMethod]
    public async Task Targets_follow_the_terrain_and_the_gap_is_the_rate_minus_the_target()
    {
        var rows = await _pipeline.FiguresAsync(FiguresPeriod.Year(2020));
        var phuQui = rows.Single(r => r.Level == UnitLevel.District && r.UnitCode == "602" && r.Title == Title.Family);
        var tanhLinh = rows.Single(r => r.Level == UnitLevel.District && r.UnitCode == "599" && r.Title == Title.Family);

        // Phú Quí (island): 1 of 10 households recognised, general target 70%.
        Assert.AreEqual(("island", 10.0m, 70m, -60.0m), (phuQui.Terrain, phuQui.RecognizedPercent, phuQui.TargetPercent, phuQui.TargetGapPercent));
        Assert.AreEqual(("mountain", 60m, (decimal?)null), (tanhLinh.Terrain, tanhLinh.TargetPercent, tanhLinh.TargetGapPercent));
    }
}

[TestClass]
public sealed class SqliteMultiYearTests : MultiYearScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[TestClass]
public sealed class PostgresMultiYearTests : MultiYearScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}
