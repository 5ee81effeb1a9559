using Microsoft.EntityFrameworkCore;
using Reporting.Data.Ledger;
using Reporting.Data.Loading;
using Reporting.Data.Model;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;
using Reporting.IntegrationTests.Infrastructure;
using Reporting.Registers.Pulling;
using Reporting.Testing;

namespace Reporting.IntegrationTests.Pulling;

public abstract class PullScenarios
{
    private const string Commune = "23272";
    private const int Year = 2018;
    private PipelineFixture _pipeline = null!;

    protected abstract DatabaseProvider Provider { get; }

    [TestInitialize]
    public async Task CreatePipelineAsync() => _pipeline = await PipelineFixture.CreateAsync(Provider);

    [TestCleanup]
    public async Task DisposePipelineAsync() => await _pipeline.DisposeAsync();

    /// <summary>A register with <paramref name="households"/> households of which the first <paramref name="recognised"/> are recognised.</summary>
    private static RegisterBuilder Register(DateTime updatedOn, int households, int recognised)
    {
        var builder = RegisterBuilder.Commune(Commune, Year, updatedOn).Village("T01", 100, Steps.None);
        for (var i = 1; i <= households; i++)
            builder.Household($"{i:0000}", "T01", i <= recognised ? Steps.Recognized(Year) : Steps.None);
        return builder;
    }

    private async Task<(long Listed, long Recognized)> FamilyOfCommuneAsync()
    {
        var row = (await _pipeline.FiguresAsync(Year)).Single(r => r.Level == UnitLevel.Commune && r.UnitCode == Commune && r.Title == Title.Family);
        await using var db = _pipeline.Database.NewContext();
        var listed = await db.TitleEntries.CountAsync(e => e.CommuneCode == Commune && e.Year == Year && e.Title == Title.Family);
        return (listed, row.Recognized!.Value);
    }

    [TestMethod]
    public async Task Pulling_one_unit_knows_a_file_another_unit_sent_before_without_reading_every_hash()
    {
        var sent = Register(new DateTime(2019, 4, 15), households: 3, recognised: 2).SaveUnder(_pipeline.Source);
        await _pipeline.PullAsync();
        // The neighbour's clerk forwards the very same workbook from their own folder.
        var forwarded = Path.Combine(_pipeline.Source, "communes", "23275", "23275_2018.xlsx");
        Directory.CreateDirectory(Path.GetDirectoryName(forwarded)!);
        File.Copy(sent, forwarded);

        var neighbour = await _pipeline.PullAsync(unit: "23275");

        Assert.AreEqual(FileOutcome.Unchanged, neighbour.Files.Single().Outcome, "the ledger was asked about the file the unit's own hashes did not hold");
        await using var db = _pipeline.Database.NewContext();
        Assert.AreEqual(1, await db.RegisterFiles.CountAsync());
    }

    [TestMethod]
    public async Task Pulling_one_unit_takes_its_registers_and_leaves_the_others_for_their_own_pull()
    {
        Register(new DateTime(2019, 4, 15), households: 3, recognised: 2).SaveUnder(_pipeline.Source);
        RegisterBuilder.Commune("23275", Year).Village("T01", 10, Steps.None).Household("0001", "T01", Steps.Recognized(Year)).SaveUnder(_pipeline.Source);
        RegisterBuilder.District("602", Year).Assessment(Commune, [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5], "Khá").SaveUnder(_pipeline.Source);

        var one = await _pipeline.PullAsync(unit: Commune);
        var rest = await _pipeline.PullAsync();

        Assert.AreEqual(Commune, one.Files.Single().UnitCode);
        Assert.AreEqual(FileOutcome.Accepted, one.Files.Single().Outcome);
        CollectionAssert.AreEquivalent(new[] { "23275", "602" }, rest.Files.Where(f => f.Outcome == FileOutcome.Accepted).Select(f => f.UnitCode).ToArray());
        Assert.AreEqual(1, rest.Count(FileOutcome.Unchanged));
    }

    [TestMethod]
    public async Task Pulling_the_same_tree_twice_changes_nothing()
    {
        Register(new DateTime(2019, 4, 15), households: 3, recognised: 2).SaveUnder(_pipeline.Source);
        RegisterBuilder.District("602", Year).Assessment(Commune, [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5], "Khá").SaveUnder(_pipeline.Source);
        var first = await _pipeline.PullAsync();
        var figures = await _pipeline.FiguresCsvAsync(Year);

        var second = await _pipeline.PullAsync();

        Assert.AreEqual(2, first.Count(FileOutcome.Accepted));
        Assert.IsTrue(second.Files.All(f => f.Outcome == FileOutcome.Unchanged));
        Assert.AreEqual(figures, await _pipeline.FiguresCsvAsync(Year));
        await using var db = _pipeline.Database.NewContext();
        Assert.AreEqual(2, await db.RegisterFiles.CountAsync());
    }

    [TestMethod]
    public async Task Newer_register_replaces_the_previous_one_whole()
    {
        Register(new DateTime(2019, 4, 15), households: 5, recognised: 4).SaveUnder(_pipeline.Source);
        await _pipeline.PullAsync();
        Register(new DateTime(2019, 5, 2), households: 2, recognised: 1).SaveUnder(_pipeline.Source, $"{Commune}_{Year}_v2.xlsx");

        var summary = await _pipeline.PullAsync();

        Assert.AreEqual(1, summary.Count(FileOutcome.Accepted));
        Assert.AreEqual((2L, 1L), await FamilyOfCommuneAsync());
    }

    [TestMethod]
    public async Task Older_register_received_later_is_kept_but_does_not_count()
    {
        Register(new DateTime(2019, 5, 2), households: 2, recognised: 1).SaveUnder(_pipeline.Source, "a_newer.xlsx");
        await _pipeline.PullAsync();
        Register(new DateTime(2019, 4, 15), households: 5, recognised: 4).SaveUnder(_pipeline.Source, "b_older.xlsx");

        var summary = await _pipeline.PullAsync();

        Assert.AreEqual(FileOutcome.Superseded, summary.Files.Single(f => f.Origin.EndsWith("b_older.xlsx")).Outcome);
        Assert.AreEqual((2L, 1L), await FamilyOfCommuneAsync());
        await using var db = _pipeline.Database.NewContext();
        Assert.AreEqual(2, await db.RegisterFiles.CountAsync(f => f.UnitCode == Commune));
    }

    [TestMethod]
    public async Task Import_failing_midway_leaves_the_previous_register_intact()
    {
        Register(new DateTime(2019, 4, 15), households: 5, recognised: 4).SaveUnder(_pipeline.Source);
        await _pipeline.PullAsync();
        var before = await _pipeline.FiguresCsvAsync(Year);
        Register(new DateTime(2019, 5, 2), households: 40, recognised: 30).SaveUnder(_pipeline.Source, $"{Commune}_{Year}_v2.xlsx");

        await using (var db = _pipeline.Database.NewContext())
        {
            var failing = new FailingWriter(ITitleEntryWriter.For(Provider), failAfterRows: 20);
            await Assert.ThrowsExactlyAsync<IOException>(() => _pipeline.PullAsync(store: new RegisterStore(db, TimeProvider.System, RegisterWording.Instance, failing)));
        }

        Assert.AreEqual(before, await _pipeline.FiguresCsvAsync(Year));
        Assert.AreEqual((5L, 4L), await FamilyOfCommuneAsync());
        // The interrupted file was not recorded, so the next pull takes it.
        var retry = await _pipeline.PullAsync();
        Assert.AreEqual(1, retry.Count(FileOutcome.Accepted));
        Assert.AreEqual((40L, 30L), await FamilyOfCommuneAsync());
    }

    [TestMethod]
    public async Task Rejected_file_is_recorded_and_kept_and_changes_no_figure()
    {
        Register(new DateTime(2019, 4, 15), households: 3, recognised: 1).SaveUnder(_pipeline.Source);
        await _pipeline.PullAsync();
        var before = await _pipeline.FiguresCsvAsync(Year);
        // A register of another commune dropped into this commune's folder.
        var misplaced = RegisterBuilder.Commune("23275", Year).Village("T01", 10, Steps.Recognized(Year))
            .SaveUnder(_pipeline.Source, "23275_2018.xlsx");
        File.Move(misplaced, Path.Combine(_pipeline.Source, "communes", Commune, "23275_2018.xlsx"));

        var summary = await _pipeline.PullAsync();

        var rejected = summary.Files.Single(f => f.Outcome == FileOutcome.Rejected);
        StringAssert.Contains(rejected.Message, "23275");
        Assert.AreEqual(before, await _pipeline.FiguresCsvAsync(Year));
        await using var db = _pipeline.Database.NewContext();
        var ledger = await db.RegisterFiles.SingleAsync(f => f.Outcome == FileOutcome.Rejected);
        Assert.IsTrue(File.Exists(new FileVault(_pipeline.Vault).PathOf(ledger.Sha256)));
    }

    [TestMethod]
    public async Task Stray_files_in_the_tree_are_reported_and_ignored()
    {
        Register(new DateTime(2019, 4, 15), households: 1, recognised: 1).SaveUnder(_pipeline.Source);
        await File.WriteAllTextAsync(Path.Combine(_pipeline.Source, "communes", Commune, "desktop.ini"), "[.ShellClassInfo]");

        var summary = await _pipeline.PullAsync();

        Assert.AreEqual(1, summary.Files.Count);
        StringAssert.EndsWith(summary.Ignored.Single().Origin, "desktop.ini");
    }

    [TestMethod]
    public async Task Merged_commune_register_keeps_the_old_codes()
    {
        RegisterBuilder.Commune("22972", 2020)
            .Village("T01", 10, Steps.Recognized(2020))
            .Village("T05", 4, Steps.None, oldCode: "23002/T01")
            .Household("050001", "T05", Steps.Recognized(2020), oldCode: "23002/010001")
            .SaveUnder(_pipeline.Source);

        var summary = await _pipeline.PullAsync();

        Assert.AreEqual(FileOutcome.Accepted, summary.Files.Single().Outcome);
        await using var db = _pipeline.Database.NewContext();
        var household = await db.TitleEntries.SingleAsync(e => e.Title == Title.Family);
        Assert.AreEqual(("050001", "23002/010001"), (household.Code, household.OldCode));
    }

    /// <summary>Writes some rows for real, then fails as a lost connection or a full disk would.</summary>
    private sealed class FailingWriter(ITitleEntryWriter inner, int failAfterRows) : ITitleEntryWriter
    {
        public Task ReplaceAsync(ReportingDbContext db, string communeCode, int year, IEnumerable<TitleEntryRow> rows, CancellationToken cancellationToken) =>
            inner.ReplaceAsync(db, communeCode, year, rows.Select((row, i) => i < failAfterRows ? row : throw new IOException("Injected failure")), cancellationToken);
    }
}

[TestClass]
public sealed class SqlitePullTests : PullScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[TestClass]
public sealed class PostgresPullTests : PullScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}
