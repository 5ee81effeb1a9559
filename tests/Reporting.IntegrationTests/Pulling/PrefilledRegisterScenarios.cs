using Microsoft.EntityFrameworkCore;
using Reporting.Data.Loading;
using Reporting.Data.Model;
using Reporting.Domain.Circular44;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;
using Reporting.IntegrationTests.Infrastructure;
using Reporting.Registers.Pulling.Sources;
using Reporting.Registers.Reading;
using Reporting.Registers.Templates;
using Reporting.Testing;

namespace Reporting.IntegrationTests.Pulling;

/// <summary>Registers of a year written in advance from the accepted registers of the year before, and pulled back.</summary>
[TestClass]
public sealed class PrefilledRegisterScenarios
{
    private const string Commune = "23272";
    private PipelineFixture _pipeline = null!;

    [TestInitialize]
    public async Task CreatePipelineAsync() => _pipeline = await PipelineFixture.CreateAsync(DatabaseProvider.Sqlite);

    [TestCleanup]
    public async Task DisposePipelineAsync() => await _pipeline.DisposeAsync();

    private async Task<string> PrefillAsync(int year)
    {
        var folder = Path.Combine(_pipeline.Folder, "prefilled");
        await using var db = _pipeline.Database.NewContext();
        await new PrefilledRegisters(db, UnitDirectory.Reference, Circular44Scale.Default).WriteAllAsync(folder, year, CancellationToken.None);
        return folder;
    }

    private async Task<List<TitleEntryRow>> EntriesAsync(string commune, int year)
    {
        await using var db = _pipeline.Database.NewContext();
        return await db.TitleEntries.AsNoTracking().Where(e => e.CommuneCode == commune && e.Year == year && e.Title != Title.CommuneCommunity)
            .OrderBy(e => e.Title).ThenBy(e => e.Code).ToListAsync();
    }

    [TestMethod]
    public async Task Registers_prefilled_from_last_year_and_pulled_back_unchanged_list_last_years_entities_without_an_error()
    {
        ClerkRegister.Of(Commune, 2019).SaveUnder(_pipeline.Source);
        await _pipeline.PullAsync();

        var folder = await PrefillAsync(2020);
        var pulled = await _pipeline.PullAsync(sources: FolderSource.ForTree(folder, _pipeline.FileVault, FileLimits.Default).ToList());

        Assert.AreEqual(UnitDirectory.Reference.In(2020, UnitLevel.Commune).Count() + UnitDirectory.Reference.In(2020, UnitLevel.District).Count(), pulled.Files.Count);
        Assert.IsTrue(pulled.Files.All(f => f.Outcome == FileOutcome.Accepted && f.RowsRejected == 0 && f.Warnings == 0),
            string.Join("; ", pulled.Files.Where(f => f.Outcome != FileOutcome.Accepted || f.Warnings > 0).Select(f => $"{f.Origin}: {f.Outcome} {f.Message}")));
        // ClerkRegister's 2019 register: villages 01 (12 households) and 02 (8), households 0001–0004, clan DH01, unit DV01.
        var entries = await EntriesAsync(Commune, 2020);
        CollectionAssert.AreEqual(
            new[] { "Family 0001 Nguyễn Văn An 01", "Family 0002 Trần Thị Bích 01", "Family 0003 Lê Văn Cường 02", "Family 0004 Phạm Thị Dung 02",
                "Clan DH01 Dòng họ DH01 01", "Community 01 Thôn Phú Hòa 12", "Community 02 Xóm Mới 8", "LearningUnit DV01 Đơn vị DV01 " },
            entries.Select(e => $"{e.Title} {e.Code} {e.Name} {(e.Title == Title.Community ? e.HouseholdCount : e.VillageCode)}").ToArray());
        Assert.IsTrue(entries.All(e => !e.Registered && !e.Recognized && e.Result is null), "the workflow columns are left to the clerk");
        var lastYear = (await EntriesAsync(Commune, 2019)).ToDictionary(e => (e.Title, e.Code), e => e.EntityKey);
        Assert.IsTrue(entries.All(e => lastYear[(e.Title, e.Code)] == e.EntityKey), "each entity is the one of last year");
    }

    [TestMethod]
    public async Task A_commune_created_by_a_merger_is_prefilled_with_the_entities_it_absorbed_and_their_old_codes()
    {
        // From 2020 Xã Hòa Phú (23002) is part of Thị trấn Phan Rí Cửa (22972).
        ClerkRegister.Of("22972", 2019).SaveUnder(_pipeline.Source);
        ClerkRegister.Of("23002", 2019).SaveUnder(_pipeline.Source);
        await _pipeline.PullAsync();

        var folder = await PrefillAsync(2020);
        var pulled = await _pipeline.PullAsync(sources: FolderSource.ForTree(folder, _pipeline.FileVault, FileLimits.Default).ToList(), unit: "22972");

        var file = pulled.Files.Single();
        Assert.AreEqual((FileOutcome.Accepted, 0, 0), (file.Outcome, file.RowsRejected, file.Warnings), file.Message);
        Assert.IsFalse(Directory.Exists(Path.Combine(folder, "communes", "23002")), "a commune that no longer exists gets no register");
        var entries = await EntriesAsync("22972", 2020);
        var absorbed = entries.Single(e => e.Title == Title.Family && e.Code == "23002-0001");
        Assert.AreEqual(("23002/0001", "23002-01", "Nguyễn Văn An"), (absorbed.OldCode, absorbed.VillageCode, absorbed.Name));
        var before = (await EntriesAsync("23002", 2019)).Single(e => e.Title == Title.Family && e.Code == "0001");
        Assert.AreEqual(before.EntityKey, absorbed.EntityKey, "the absorbed household keeps its history");
        Assert.AreEqual(2 * 8, entries.Count, "the commune's own eight entities and the eight it absorbed");
    }
}
