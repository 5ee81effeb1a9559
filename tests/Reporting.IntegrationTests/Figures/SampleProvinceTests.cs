using Reporting.Data.Model;
using Reporting.Domain.Circular44;
using Reporting.Domain.Figures;
using Reporting.Domain.Registers;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;
using Reporting.Figures;
using Reporting.IntegrationTests.Infrastructure;
using Reporting.Registers.Pulling;
using Reporting.Registers.Samples;
using Reporting.Testing;

namespace Reporting.IntegrationTests.Figures;

/// <summary>
/// The demo's sample province, small, pulled into SQLite and PostgreSQL: both must give the same
/// figures, and every level must be the sum of the level below, for every count of every year.
/// </summary>
[TestClass]
[TestCategory(Categories.Slow)]
public sealed class SampleProvinceTests
{
    private static readonly ProgrammePeriod Period = ProgrammePeriod.Default;
    private static PipelineFixture? _sqlite;
    private static PipelineFixture? _postgres;
    private static SampleSummary _sample = null!;
    private static PullSummary _pulled = null!;

    [ClassInitialize]
    public static async Task PullSampleAsync(TestContext _)
    {
        _sqlite = await PipelineFixture.CreateAsync(DatabaseProvider.Sqlite);
        _sample = new SampleRegisterGenerator(UnitDirectory.Reference, Period, Circular44Scale.Default)
            .Generate(_sqlite.Source, new SampleOptions(Households: 4_000, Seed: 7));
        _pulled = await _sqlite.PullAsync();
        try
        {
            _postgres = await PipelineFixture.CreateAsync(DatabaseProvider.PostgreSql);
        }
        catch (AssertInconclusiveException)
        {
            return;
        }
        CopyFolder(_sqlite.Source, _postgres.Source);
        await _postgres.PullAsync();
    }

    [ClassCleanup]
    public static async Task DisposeAsync()
    {
        if (_sqlite is not null)
            await _sqlite.DisposeAsync();
        if (_postgres is not null)
            await _postgres.DisposeAsync();
    }

    [TestMethod]
    public async Task Sample_covers_every_commune_and_district_of_every_year()
    {
        var units = UnitDirectory.Reference;
        var expectedFiles = Period.Years.Sum(y => units.In(y, UnitLevel.Commune).Count() + units.In(y, UnitLevel.District).Count());
        Assert.AreEqual(127 * 4 + 124 + 10 * 5, expectedFiles);
        Assert.AreEqual(expectedFiles, _sample.Files);
        Assert.AreEqual(4_000, _sample.Households);
        var province2016 = (await _sqlite!.FiguresAsync(2016)).Single(r => r.Level == UnitLevel.Province && r.Title == Title.Family);
        Assert.AreEqual(4_000, province2016.Eligible);
    }

    [TestMethod]
    public void Sample_registers_give_no_warnings_not_even_for_households_new_after_a_merger()
    {
        var warned = _pulled.Files.Where(f => f.Warnings > 0).Select(f => $"{Path.GetFileName(f.Origin)}: {f.Warnings}").ToList();
        Assert.IsEmpty(warned, string.Join("; ", warned));
    }

    [TestMethod]
    public async Task Faulty_sample_rows_are_rejected_not_counted()
    {
        var rejected = 0L;
        foreach (var year in Period.Years)
            rejected += (await _sqlite!.FiguresAsync(year)).Where(r => r.Level == UnitLevel.Province).Sum(r => r.RejectedRows ?? 0);
        Assert.AreEqual(_sample.FaultyRows, rejected);
        Assert.IsGreaterThan(0, _sample.FaultyRows);
    }

    [TestMethod]
    public async Task Every_level_is_the_sum_of_the_level_below_in_every_year()
    {
        foreach (var year in Period.Years)
        {
            var rows = await _sqlite!.FiguresAsync(year);
            AssertSums(rows, UnitLevel.Province, UnitLevel.District, Enum.GetValues<Title>(), year);
            AssertSums(rows, UnitLevel.District, UnitLevel.Commune, Enum.GetValues<Title>(), year);
            AssertSums(rows, UnitLevel.Commune, UnitLevel.Village, [Title.Family, Title.Clan, Title.Community], year);
        }
    }

    [TestMethod]
    public async Task Absorbed_communes_are_gone_in_2020_and_their_households_counted_in_the_new_commune()
    {
        var rows2019 = await _sqlite!.FiguresAsync(2019);
        var rows2020 = await _sqlite.FiguresAsync(2020);
        long Family(List<FigureRow> rows, string code) =>
            rows.SingleOrDefault(r => r.Level == UnitLevel.Commune && r.UnitCode == code && r.Title == Title.Family)?.Eligible ?? -1;

        Assert.AreEqual(-1, Family(rows2020, "23002"));
        Assert.IsGreaterThan(Family(rows2019, "22972") + Family(rows2019, "23002"), Family(rows2020, "22972") + 1);
        Assert.AreEqual("Xã Măng Tố", rows2020.Single(r => r.Level == UnitLevel.Commune && r.UnitCode == "23167" && r.Title == Title.Family).UnitName);
    }

    [TestMethod]
    public async Task PostgreSQL_gives_the_same_figures_as_SQLite()
    {
        if (_postgres is null)
            Assert.Inconclusive("PostgreSQL is not available.");
        foreach (var year in Period.Years)
            Assert.AreEqual(await _sqlite!.FiguresCsvAsync(year), await _postgres.FiguresCsvAsync(year), $"figures of {year}");
        foreach (var period in new[] { FiguresPeriod.Window(2016, 2020), FiguresPeriod.Window(2016, 2018), FiguresPeriod.AsOfMonth(2019, 6) })
            CollectionAssert.AreEqual(await _sqlite!.FiguresAsync(period), await _postgres.FiguresAsync(period), $"figures of {period}");
        CollectionAssert.AreEqual(
            (await _sqlite!.ExemplarsAsync(FiguresPeriod.Window(2016, 2020))).Select(e => $"{e.EntityKey} {e.CommuneCode} {string.Join(';', e.YearsRecognized)} {string.Join(';', e.DecisionNumbers)}").ToList(),
            (await _postgres.ExemplarsAsync(FiguresPeriod.Window(2016, 2020))).Select(e => $"{e.EntityKey} {e.CommuneCode} {string.Join(';', e.YearsRecognized)} {string.Join(';', e.DecisionNumbers)}").ToList());
        CollectionAssert.AreEqual(
            (await _sqlite.CompletenessAsync(FiguresPeriod.Year(2018))).Select(r => r with { ReceivedAt = null }).ToList(),
            (await _postgres.CompletenessAsync(FiguresPeriod.Year(2018))).Select(r => r with { ReceivedAt = null }).ToList());
    }

    [TestMethod]
    public async Task Every_level_is_the_sum_of_the_level_below_in_the_five_year_window()
    {
        var rows = await _sqlite!.FiguresAsync(FiguresPeriod.Window(2016, 2020));
        AssertSums(rows, UnitLevel.Province, UnitLevel.District, Enum.GetValues<Title>(), 2020);
        AssertSums(rows, UnitLevel.District, UnitLevel.Commune, Enum.GetValues<Title>(), 2020);
        AssertSums(rows, UnitLevel.Commune, UnitLevel.Village, [Title.Family, Title.Clan, Title.Community], 2020);
    }

    [TestMethod]
    public async Task One_year_windows_equal_their_years()
    {
        foreach (var year in Period.Years)
        {
            var window = await _sqlite!.FiguresAsync(FiguresPeriod.Window(year, year));
            var plain = await _sqlite.FiguresAsync(FiguresPeriod.Year(year));
            CollectionAssert.AreEqual(plain, window.Select(w => w with { Period = plain[0].Period, RecognizedAny = null, RecognizedEveryYear = null, Exemplary = null }).ToList(), $"{year}");
            Assert.IsTrue(window.Where(w => w.Title != Title.CommuneCommunity).All(w => w.RecognizedAny == w.Recognized && w.Exemplary == w.Recognized), $"{year}");
        }
    }

    [TestMethod]
    public async Task A_month_never_counts_more_than_its_year_and_December_misses_only_later_recognitions()
    {
        var year = await _sqlite!.FiguresAsync(FiguresPeriod.Year(2018));
        var june = await _sqlite.FiguresAsync(FiguresPeriod.AsOfMonth(2018, 6));
        var december = await _sqlite.FiguresAsync(FiguresPeriod.AsOfMonth(2018, 12));
        foreach (var (y, m, d) in year.Zip(june, december))
        {
            Assert.AreEqual((y.Eligible, y.Eligible), (m.Eligible, d.Eligible));
            Assert.IsTrue(m.Registered <= d.Registered && d.Registered <= y.Registered && (m.Recognized ?? 0) <= (d.Recognized ?? 0) && (d.Recognized ?? 0) <= (y.Recognized ?? 0));
            // Registration and evaluation fall in the year; only recognition may come in January to March.
            Assert.AreEqual((y.Registered, y.Evaluated, y.Passed), (d.Registered, d.Evaluated, d.Passed));
        }
        var province = (FigureRow r) => r.Level == UnitLevel.Province && r.Title == Title.Family;
        Assert.IsLessThan(year.Single(province).Recognized!.Value, december.Single(province).Recognized!.Value, "the sample recognises some households after New Year");
    }

    [TestMethod]
    public async Task A_years_month_ends_in_one_pass_count_each_step_dated_by_that_month_end_on_both_engines()
    {
        var months = Enumerable.Range(1, 12).Select(m => FiguresPeriod.AsOfMonth(2018, m)).ToList();
        var entries = await _sqlite!.TitleEntriesAsync(2018);
        var households = entries.Where(e => e.Title == Title.Community).GroupBy(e => e.CommuneCode).ToDictionary(g => g.Key, g => (long)g.Sum(e => e.HouseholdCount ?? 0));
        foreach (var fixture in _postgres is null ? [_sqlite] : new[] { _sqlite, _postgres })
        {
            var rows = await fixture.FiguresAsync(months);
            foreach (var month in months)
            {
                var asOf = month.AsOf;
                var communes = rows.Where(r => r.Period == month.ToString() && r.Level == UnitLevel.Commune && r.Title != Title.CommuneCommunity).ToList();
                Assert.HasCount(127 * 4, communes, $"{month}");
                foreach (var row in communes)
                {
                    var own = entries.Where(e => e.CommuneCode == row.UnitCode && e.Title == row.Title).ToList();
                    var expected = (
                        Eligible: row.Title == Title.Family ? households.GetValueOrDefault(row.UnitCode) : own.Count,
                        Registered: own.Count(e => e.Registered && e.RegisteredOn <= asOf),
                        Evaluated: own.Count(e => e.Result is not null && e.EvaluatedOn <= asOf),
                        Passed: own.Count(e => e.Result == EvaluationResult.Passed && e.EvaluatedOn <= asOf),
                        Recognized: own.Count(e => e.Recognized && e.RecognizedOn <= asOf));
                    Assert.AreEqual(expected, (row.Eligible, (int)row.Registered, (int)row.Evaluated, (int)row.Passed!, (int)row.Recognized!),
                        $"{month} {row.UnitCode} {row.Title.Key()}");
                }
            }
            // Some steps fall in each part of the year, so the months do differ.
            Assert.IsLessThan(rows.Single(r => r.Period == "2018-12" && r.Level == UnitLevel.Province && r.Title == Title.Family).Registered,
                rows.Single(r => r.Period == "2018-01" && r.Level == UnitLevel.Province && r.Title == Title.Family).Registered);
        }
    }

    private static void AssertSums(List<FigureRow> rows, UnitLevel level, UnitLevel below, Title[] titles, int year)
    {
        foreach (var parent in rows.Where(r => r.Level == level && titles.Contains(r.Title)))
        {
            if (below == UnitLevel.Village && parent.Title == Title.LearningUnit)
                continue;
            var children = rows.Where(r => r.Level == below && r.ParentCode == parent.UnitCode && r.Title == parent.Title).ToList();
            long Sum(Func<FigureRow, long?> count) => children.Sum(c => count(c) ?? 0);
            var where = $"{year} {level} {parent.UnitCode} {parent.Title.Key()}";
            Assert.AreEqual(parent.Eligible, Sum(r => r.Eligible), $"eligible, {where}");
            Assert.AreEqual(parent.Registered, Sum(r => r.Registered), $"registered, {where}");
            Assert.AreEqual(parent.Evaluated, Sum(r => r.Evaluated), $"evaluated, {where}");
            Assert.AreEqual(parent.Passed ?? 0, Sum(r => r.Passed), $"passed, {where}");
            Assert.AreEqual(parent.Recognized ?? 0, Sum(r => r.Recognized), $"recognized, {where}");
            Assert.AreEqual(parent.Good ?? 0, Sum(r => r.Good), $"good, {where}");
            Assert.AreEqual(parent.Fair ?? 0, Sum(r => r.Fair), $"fair, {where}");
            Assert.AreEqual(parent.Average ?? 0, Sum(r => r.Average), $"average, {where}");
            Assert.AreEqual(parent.Unclassified ?? 0, Sum(r => r.Unclassified), $"unclassified, {where}");
            Assert.AreEqual(parent.RecognizedAny ?? 0, Sum(r => r.RecognizedAny), $"recognized any, {where}");
            Assert.AreEqual(parent.RecognizedEveryYear ?? 0, Sum(r => r.RecognizedEveryYear), $"recognized every year, {where}");
            Assert.AreEqual(parent.Exemplary ?? 0, Sum(r => r.Exemplary), $"exemplary, {where}");
            if (below != UnitLevel.Village)
                Assert.AreEqual(parent.RejectedRows, Sum(r => r.RejectedRows), $"rejected rows, {where}");
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
