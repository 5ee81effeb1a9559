using Reporting.Data.Model;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;
using Reporting.Figures;
using Reporting.Figures.Queries;
using Reporting.IntegrationTests.Infrastructure;
using Reporting.Testing;

namespace Reporting.IntegrationTests.Figures;

/// <summary>
/// Year figures of a small hand-made province corner, counted by hand. District 602 (Phú Quí) has
/// three communes: 23272 and 23275 send registers, 23278 sends none; the district assesses two of
/// them and, by mistake, a commune of La Gi.
/// </summary>
public abstract class YearFiguresScenarios
{
    private const int Year = 2018;
    private PipelineFixture _pipeline = null!;

    protected abstract DatabaseProvider Provider { get; }

    [TestInitialize]
    public async Task CreatePipelineAsync()
    {
        _pipeline = await PipelineFixture.CreateAsync(Provider);
        RegisterBuilder.Commune("23272", Year)
            .Village("T01", 10, Steps.Recognized(Year))
            .Village("T02", 5, Steps.Evaluated(Year, passed: false))
            .Household("0001", "T01", Steps.Recognized(Year))
            .Household("0002", "T01", Steps.Evaluated(Year, passed: true))
            .Household("0003", "T01", Steps.Evaluated(Year, passed: false))
            .Household("0004", "T01", Steps.None)
            .Household("0005", "T02", Steps.Registered(Year))
            .Household("0006", "T02", Steps.RecognizedWithoutRegistration(Year))
            .Clan("DH01", "T01", Steps.Recognized(Year))
            .Clan("DH02", "T02", Steps.None)
            .Unit("DV01", Steps.Recognized(Year))
            .Unit("DV02", Steps.Evaluated(Year, passed: false))
            .Unit("DV03", Steps.None)
            .SaveUnder(_pipeline.Source);
        RegisterBuilder.Commune("23275", Year)
            .Village("T01", 3, Steps.None)
            .Household("0001", "T01", Steps.Recognized(Year))
            .Household("0002", "T01", Steps.Recognized(Year))
            .Unit("DV01", Steps.Registered(Year))
            .SaveUnder(_pipeline.Source);
        RegisterBuilder.District("602", Year)
            .Assessment("23272", [7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 6, 6, 6, 6, 5], "Tốt")
            .Assessment("23275", [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5], "Khá")
            .Assessment("23231", [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5], "Khá")
            .SaveUnder(_pipeline.Source);
        await _pipeline.PullAsync();
    }

    [TestCleanup]
    public async Task DisposePipelineAsync() => await _pipeline.DisposeAsync();

    private static (long, long, long, long?, long?) Counts(FigureRow row) =>
        (row.Eligible, row.Registered, row.Evaluated, row.Passed, row.Recognized);

    private async Task<FigureRow> FigureAsync(UnitLevel level, string code, Title title, string? parent = null) =>
        (await _pipeline.FiguresAsync(Year)).Single(r => r.Level == level && r.UnitCode == code && r.Title == title && (parent is null || r.ParentCode == parent));

    [TestMethod]
    public async Task Village_counts_its_households_clans_and_itself()
    {
        // T01 of 23272: 10 households; 0001 recognised, 0002 passed, 0003 failed, 0004 blank.
        Assert.AreEqual((10L, 3L, 3L, 2L, 1L), Counts(await FigureAsync(UnitLevel.Village, "T01", Title.Family, "23272")));
        Assert.AreEqual((1L, 1L, 1L, 1L, 1L), Counts(await FigureAsync(UnitLevel.Village, "T01", Title.Clan, "23272")));
        Assert.AreEqual((1L, 1L, 1L, 1L, 1L), Counts(await FigureAsync(UnitLevel.Village, "T01", Title.Community, "23272")));
        // T02 of 23272: 5 households; 0005 registered only, 0006 rejected (rule 1).
        Assert.AreEqual((5L, 1L, 0L, 0L, 0L), Counts(await FigureAsync(UnitLevel.Village, "T02", Title.Family, "23272")));
        Assert.AreEqual((1L, 1L, 1L, 0L, 0L), Counts(await FigureAsync(UnitLevel.Village, "T02", Title.Community, "23272")));
        Assert.IsNull((await FigureAsync(UnitLevel.Village, "T02", Title.Family, "23272")).RejectedRows);
    }

    [TestMethod]
    public async Task Commune_counts_every_title_and_its_rejected_rows()
    {
        var family = await FigureAsync(UnitLevel.Commune, "23272", Title.Family);
        Assert.AreEqual((15L, 4L, 3L, 2L, 1L), Counts(family));
        Assert.AreEqual(1L, family.RejectedRows);
        Assert.AreEqual((2L, 1L, 1L, 1L, 1L), Counts(await FigureAsync(UnitLevel.Commune, "23272", Title.Clan)));
        Assert.AreEqual((2L, 2L, 2L, 1L, 1L), Counts(await FigureAsync(UnitLevel.Commune, "23272", Title.Community)));
        Assert.AreEqual((3L, 2L, 2L, 1L, 1L), Counts(await FigureAsync(UnitLevel.Commune, "23272", Title.LearningUnit)));
        Assert.AreEqual((3L, 2L, 2L, 2L, 2L), Counts(await FigureAsync(UnitLevel.Commune, "23275", Title.Family)));
        Assert.AreEqual((1L, 1L, 0L, 0L, 0L), Counts(await FigureAsync(UnitLevel.Commune, "23275", Title.LearningUnit)));
    }

    [TestMethod]
    public async Task Commune_without_a_register_is_listed_with_zeros()
    {
        Assert.AreEqual((0L, 0L, 0L, 0L, 0L), Counts(await FigureAsync(UnitLevel.Commune, "23278", Title.Family)));
        var communeLevel = await FigureAsync(UnitLevel.Commune, "23278", Title.CommuneCommunity);
        Assert.AreEqual((1L, 0L, 0L), (communeLevel.Eligible, communeLevel.Registered, communeLevel.Evaluated));
    }

    [TestMethod]
    public async Task District_sums_its_communes()
    {
        var family = await FigureAsync(UnitLevel.District, "602", Title.Family);
        Assert.AreEqual((18L, 6L, 5L, 4L, 3L), Counts(family));
        Assert.AreEqual(1L, family.RejectedRows);
        Assert.AreEqual((2L, 1L, 1L, 1L, 1L), Counts(await FigureAsync(UnitLevel.District, "602", Title.Clan)));
        Assert.AreEqual((3L, 2L, 2L, 1L, 1L), Counts(await FigureAsync(UnitLevel.District, "602", Title.Community)));
        Assert.AreEqual((4L, 3L, 2L, 1L, 1L), Counts(await FigureAsync(UnitLevel.District, "602", Title.LearningUnit)));
    }

    [TestMethod]
    public async Task Circular44_classes_replace_passed_and_recognised()
    {
        // 23272: 99 points (Tốt); 23275: 75 (Khá); the La Gi commune's row is rejected and counted nowhere.
        var district = await FigureAsync(UnitLevel.District, "602", Title.CommuneCommunity);
        Assert.AreEqual((3L, 2L, 2L, (long?)null, (long?)null), Counts(district));
        Assert.AreEqual((1L, 1L, 0L, 0L), (district.Good, district.Fair, district.Average, district.Unclassified));
        Assert.AreEqual(0L, district.RejectedRows);
        var laGi = await FigureAsync(UnitLevel.District, "594", Title.CommuneCommunity);
        Assert.AreEqual((9L, 0L, 0L, 0L), (laGi.Eligible, laGi.Registered, laGi.Fair, laGi.RejectedRows));
    }

    [TestMethod]
    public async Task Province_counts_every_commune_of_the_year_for_the_commune_level_title()
    {
        var province = await FigureAsync(UnitLevel.Province, "60", Title.CommuneCommunity);
        Assert.AreEqual((127L, 2L), (province.Eligible, province.Registered));
        Assert.AreEqual((18L, 6L, 5L, 4L, 3L), Counts(await FigureAsync(UnitLevel.Province, "60", Title.Family)));
    }

    [TestMethod]
    public async Task Rates_have_one_decimal_and_are_blank_without_a_denominator()
    {
        var family = await FigureAsync(UnitLevel.District, "602", Title.Family);
        Assert.AreEqual((33.3m, 50.0m, 16.7m), (family.RegisteredPercent, family.RecognizedOfRegisteredPercent, family.RecognizedPercent));
        var empty = await FigureAsync(UnitLevel.Commune, "23278", Title.Clan);
        Assert.AreEqual((null, null, null), (empty.RegisteredPercent, empty.RecognizedOfRegisteredPercent, empty.RecognizedPercent));
    }

    [TestMethod]
    public async Task Export_has_the_documented_columns_and_blank_rates()
    {
        var lines = (await _pipeline.FiguresCsvAsync(Year)).Split('\n');
        Assert.AreEqual("period,level,unit_code,unit_name,parent_code,title,eligible,registered,evaluated,passed,recognized,good,fair,average,unclassified,rejected_rows,registered_pct,recognized_of_registered_pct,recognized_pct,terrain,recognized_any,recognized_every_year,exemplary,target_pct,target_gap_pct", lines[0]);
        CollectionAssert.Contains(lines, "2018,district,602,Huyện Phú Quí,60,family,18,6,5,4,3,,,,,1,33.3,50.0,16.7,island,,,,70.0,-53.3");
        CollectionAssert.Contains(lines, "2018,commune,23278,Xã Tam Thanh,602,clan,0,0,0,0,0,,,,,0,,,,island,,,,50.0,");
    }

    [TestMethod]
    public async Task Rejected_rows_are_counted_per_unit_file_sheet_and_rule()
    {
        await using var db = _pipeline.Database.NewContext();
        var rejected = await RejectedRowsQuery.RunAsync(db, Year).ToListAsync();

        // Household 0006 of 23272 is recognised and evaluated without registering (rules 1 and 2);
        // the district assessed 23231, a commune of La Gi.
        CollectionAssert.AreEqual(new[]
        {
            ("23272", "23272_2018.xlsx", "GiaDinh", "rule-1", 1L),
            ("23272", "23272_2018.xlsx", "GiaDinh", "rule-2", 1L),
            ("602", "602_2018.xlsx", "CDHT_Xa", "commune-outside-district", 1L),
        }, rejected.Select(r => (r.UnitCode, r.FileName, r.Sheet, r.Rule, r.Rows!.Value)).ToArray());
        Assert.AreEqual(Path.Combine("errors", "2018", "23272", "23272_2018-loi.xlsx"), rejected[0].ErrorReport);
    }
}

[TestClass]
public sealed class SqliteYearFiguresTests : YearFiguresScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[TestClass]
public sealed class PostgresYearFiguresTests : YearFiguresScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}
