using Microsoft.EntityFrameworkCore;
using Reporting.Data.Model;
using Reporting.Domain.Figures;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;
using Reporting.Figures;
using Reporting.Figures.Snapshots;
using Reporting.IntegrationTests.Infrastructure;
using Reporting.Testing;

namespace Reporting.IntegrationTests.Figures;

/// <summary>
/// A stored window is read back while nothing it counts from has changed, and computed again the
/// moment a register or a setting does. Xã Phú Quí's commune 22915: household 0001 recognised in
/// 2018 and 2019, household 0002 registered in 2019 and, in the register's second version, recognised.
/// </summary>
public abstract class SnapshotReuseScenarios
{
    private static readonly FiguresPeriod Window = FiguresPeriod.Window(2018, 2019);

    protected abstract DatabaseProvider Provider { get; }

    [TestMethod]
    public async Task A_window_is_read_back_while_its_basis_holds_and_computed_again_when_a_register_or_a_setting_changes()
    {
        await using var pipeline = await PipelineFixture.CreateAsync(Provider);
        RegisterBuilder.Commune("22915", 2018).Village("T01", 5, Steps.None).Household("0001", "T01", Steps.Recognized(2018)).SaveUnder(pipeline.Source);
        Register2019(new DateTime(2020, 1, 10), Steps.Registered(2019)).SaveUnder(pipeline.Source, "22915_2019.xlsx");
        await pipeline.PullAsync();

        var first = await RunAsync(pipeline, FiguresSettings.Default);
        var again = await RunAsync(pipeline, FiguresSettings.Default);

        CollectionAssert.AreEqual(first.Snapshots, again.Snapshots, "the same snapshots, read back");
        Assert.AreEqual(2, first.Snapshots.Count);
        CollectionAssert.AreEqual(Fresh(await pipeline.FiguresAsync(Window)), again.Figures, "read back, row for row as computed");
        Assert.AreEqual((1L, 1L), Family(again.Figures), "0001 recognised both years; 0002 not yet");
        CollectionAssert.AreEqual(new[] { "0001" }, again.Exemplars);

        Register2019(new DateTime(2020, 2, 1), Steps.Recognized(2019)).SaveUnder(pipeline.Source, "22915_2019_v2.xlsx");
        await pipeline.PullAsync(year: 2019);
        var changed = await RunAsync(pipeline, FiguresSettings.Default);

        Assert.IsFalse(changed.Snapshots.Intersect(first.Snapshots).Any(), "a new register version: computed again");
        Assert.AreEqual((2L, 1L), Family(changed.Figures), "0002 now recognised in 2019");
        CollectionAssert.AreEqual(Fresh(await pipeline.FiguresAsync(Window)), changed.Figures);

        var oneYearEnough = FiguresSettings.Default with { Exemplars = new ExemplarRule(1, LastYearRequired: false) };
        var relaxed = await RunAsync(pipeline, oneYearEnough);

        Assert.IsFalse(relaxed.Snapshots.Intersect(changed.Snapshots).Any(), "another exemplar rule: computed again");
        CollectionAssert.AreEqual(new[] { "0001", "0002" }, relaxed.Exemplars);

        await using (var db = pipeline.Database.NewContext())
            await db.TitleEntries.ExecuteDeleteAsync();
        var readBack = await RunAsync(pipeline, oneYearEnough);
        CollectionAssert.AreEqual(relaxed.Exemplars, readBack.Exemplars,
            "read back, not computed: rows removed behind the register versions' back do not show (only storing a register changes them)");
        Assert.AreEqual((2L, 1L), Family(readBack.Figures));
    }

    private static RegisterBuilder Register2019(DateTime updatedOn, object?[] second) =>
        RegisterBuilder.Commune("22915", 2019, updatedOn).Village("T01", 5, Steps.None)
            .Household("0001", "T01", Steps.Recognized(2019)).Household("0002", "T01", second);

    private static async Task<(List<long> Snapshots, List<FigureRow> Figures, List<string> Exemplars)> RunAsync(PipelineFixture pipeline, FiguresSettings settings)
    {
        await using var db = pipeline.Database.NewContext();
        var run = new FigureSnapshots(db, TimeProvider.System, settings).ForRun();
        var figures = await run.FiguresAsync(Window, CancellationToken.None);
        var exemplars = await run.ExemplarsAsync(Window, CancellationToken.None);
        return (run.Stored.Select(s => s.Id).ToList(), figures.ToList(),
            exemplars.Where(e => e.Title == Title.Family).Select(e => e.Code).Order(StringComparer.Ordinal).ToList());
    }

    private static List<FigureRow> Fresh(IEnumerable<FigureRow> rows) => rows.Where(r => r.Level != UnitLevel.Village).ToList();

    private static (long? Any, long? EveryYear) Family(IEnumerable<FigureRow> figures) =>
        figures.Where(r => r.Level == UnitLevel.Commune && r.UnitCode == "22915" && r.Title == Title.Family).Select(r => (r.RecognizedAny, r.RecognizedEveryYear)).Single();
}

[TestClass]
public sealed class SqliteSnapshotReuseTests : SnapshotReuseScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[TestClass]
public sealed class PostgresSnapshotReuseTests : SnapshotReuseScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}
