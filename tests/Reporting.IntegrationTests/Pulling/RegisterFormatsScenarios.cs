using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Reporting.Data.Model;
using Reporting.Domain.Figures;
using Reporting.Domain.Registers;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;
using Reporting.Figures;
using Reporting.IntegrationTests.Infrastructure;
using Reporting.Registers.Schema;
using Reporting.Testing;

namespace Reporting.IntegrationTests.Pulling;

/// <summary>
/// The registers of two communes of Phan Thiết (22915, 22918) for 2018 and 2019 and the district's
/// Circular 44 register of 2019, as we write them and as LibreOffice saves them again in each format
/// a clerk may choose: the figures, the windows and the exemplars do not move by one.
/// Counted by hand for 2019 and each commune: 20 households (12 + 8), 3 registered, 2 evaluated,
/// 1 passed and recognised; the district has one commune Tốt (86 points) and one Khá (75).
/// </summary>
public abstract class RegisterFormatsScenarios
{
    private static readonly Lazy<Task<string>> Trees = new(WriteTreesAsync);

    protected abstract DatabaseProvider Provider { get; }

    private static readonly decimal[] Good = [6.5m, 6, 6, 6, 6, 6, 6, 6, 6, 6, 5.5m, 5, 5, 5, 5];
    private static readonly decimal[] Fair = [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5];

    /// <summary>The original tree, and beside it one tree per format with every workbook saved again by LibreOffice.</summary>
    private static async Task<string> WriteTreesAsync()
    {
        var root = Directory.CreateTempSubdirectory("formats-").FullName;
        var original = Path.Combine(root, "xlsx-ours");
        foreach (var year in new[] { 2018, 2019 })
        {
            foreach (var commune in new[] { "22915", "22918" })
                ClerkRegister.Of(commune, year).SaveUnder(original);
        }
        RegisterBuilder.District("593", 2019).Assessment("22915", Good, "Tốt").Assessment("22918", Fair, "Khá").SaveUnder(original);
        var workbooks = Directory.GetFiles(original, "*.xlsx", SearchOption.AllDirectories);
        foreach (var (format, filter) in Formats)
        {
            var flat = Path.Combine(root, $"{format}-flat");
            await LibreOffice.SaveAsAsync(workbooks, filter, flat);
            foreach (var workbook in workbooks)
            {
                var target = Path.Combine(root, format, Path.GetRelativePath(original, Path.GetDirectoryName(workbook)!));
                Directory.CreateDirectory(target);
                var saved = Path.ChangeExtension(Path.GetFileName(workbook), format == "xlsx-libreoffice" ? "xlsx" : format);
                File.Move(Path.Combine(flat, saved), Path.Combine(target, saved));
            }
        }
        return root;
    }

    private static readonly (string Format, string Filter)[] Formats =
        [("xls", "xls:MS Excel 97"), ("ods", "ods"), ("xlsx-libreoffice", "xlsx:Calc MS Excel 2007 XML")];

    private async Task<PipelineFixture> PulledAsync(string tree)
    {
        var pipeline = await PipelineFixture.CreateAsync(Provider);
        CopyTree(Path.Combine(await Trees.Value, tree), pipeline.Source);
        var summary = await pipeline.PullAsync();
        Assert.AreEqual(5, summary.Files.Count, tree);
        foreach (var file in summary.Files)
        {
            Assert.AreEqual(FileOutcome.Accepted, file.Outcome, $"{file.Origin}: {file.Message}");
            Assert.AreEqual((0, 0), (file.Warnings, file.Notices.Count), $"{file.Origin}: {string.Join(" | ", file.Notices)}");
        }
        return pipeline;
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [TestMethod]
    [DataRow("xls")]
    [DataRow("ods")]
    [DataRow("xlsx-libreoffice")]
    public async Task Registers_saved_again_by_LibreOffice_give_the_figures_of_the_originals(string format)
    {
        await using var original = await PulledAsync("xlsx-ours");
        await using var resaved = await PulledAsync(format);

        var year = await original.FiguresAsync(2019);
        var family = year.Single(r => r.Level == UnitLevel.Commune && r.UnitCode == "22915" && r.Title == Title.Family);
        Assert.AreEqual((20L, 3L, 2L, 1L, 1L), (family.Eligible, family.Registered, family.Evaluated, family.Passed, family.Recognized));
        var district = year.Single(r => r.Level == UnitLevel.District && r.UnitCode == "593" && r.Title == Title.CommuneCommunity);
        Assert.AreEqual((1L, 1L), (district.Good, district.Fair));

        Assert.AreEqual(await original.FiguresCsvAsync(2019), await resaved.FiguresCsvAsync(2019));
        Assert.AreEqual(await original.FiguresCsvAsync(2018), await resaved.FiguresCsvAsync(2018));
        var window = FiguresPeriod.Window(2018, 2019);
        CollectionAssert.AreEqual((await original.FiguresAsync(window)).ToArray(), (await resaved.FiguresAsync(window)).ToArray());
        var exemplars = (await original.ExemplarsAsync(window)).Select(Describe).ToArray();
        Assert.IsNotEmpty(exemplars);
        CollectionAssert.AreEqual(exemplars, (await resaved.ExemplarsAsync(window)).Select(Describe).ToArray());
    }

    private static string Describe(Exemplar e) =>
        $"{e.Title} {e.EntityKey} {e.CommuneCode} {e.VillageCode} {e.Code} {e.Name} {string.Join(';', e.YearsRecognized)} {string.Join(';', e.DecisionNumbers)}";

    [TestMethod]
    public async Task Household_whose_code_lost_its_zeros_in_one_year_stays_one_household_in_the_window()
    {
        await using var pipeline = await PipelineFixture.CreateAsync(Provider);
        ClerkRegister.Of("22915", 2018).SaveUnder(pipeline.Source);
        var path = ClerkRegister.Of("22915", 2019).SaveUnder(pipeline.Source);
        using (var package = new OfficeOpenXml.ExcelPackage(new FileInfo(path)))
        {
            package.Workbook.Worksheets[RegisterSchema.FamilySheet].Cells[3, 1].Value = 1d;
            package.Save();
        }

        var summary = await pipeline.PullAsync();

        Assert.AreEqual(1, summary.Files.Single(f => f.Year == 2019).Warnings, "the numeric code is warned about");
        var family = (await pipeline.FiguresAsync(FiguresPeriod.Window(2018, 2019)))
            .Single(r => r.Level == UnitLevel.Commune && r.UnitCode == "22915" && r.Title == Title.Family);
        Assert.AreEqual((1L, 1L), (family.RecognizedAny, family.RecognizedEveryYear), "0001 of 2018 and 1 of 2019 are one household");
        var exemplar = (await pipeline.ExemplarsAsync(FiguresPeriod.Window(2018, 2019))).Single(e => e.Title == Title.Family);
        CollectionAssert.AreEqual(new[] { 2018, 2019 }, exemplar.YearsRecognized);
    }

    [TestMethod]
    public async Task Households_stored_with_their_zeros_before_the_upgrade_join_their_later_years()
    {
        await using var pipeline = await PipelineFixture.CreateAsync(Provider);
        ClerkRegister.Of("22915", 2018).SaveUnder(pipeline.Source);
        await pipeline.PullAsync(year: 2018);
        await using (var db = pipeline.Database.NewContext())
        {
            // The keys as the reader gave them before all-digit codes lost their zeros (23272/0001),
            // and the database as it was before the migration that mends them.
            await db.Database.ExecuteSqlRawAsync("UPDATE title_entries SET entity_key = commune_code || '/' || code");
            var migrations = db.Database.GetMigrations().ToList();
            await db.GetService<IMigrator>().MigrateAsync(migrations[migrations.FindIndex(m => m.EndsWith("_CanonicalEntityKeys", StringComparison.Ordinal)) - 1]);
            Assert.IsTrue(await db.TitleEntries.AnyAsync(e => e.EntityKey == "22915/0001"));
            await db.MigrateAsync();
        }
        var path = ClerkRegister.Of("22915", 2019).SaveUnder(pipeline.Source);
        using (var package = new OfficeOpenXml.ExcelPackage(new FileInfo(path)))
        {
            package.Workbook.Worksheets[RegisterSchema.FamilySheet].Cells[3, 1].Value = 1d;
            package.Save();
        }

        await pipeline.PullAsync(year: 2019);

        var family = (await pipeline.FiguresAsync(FiguresPeriod.Window(2018, 2019)))
            .Single(r => r.Level == UnitLevel.Commune && r.UnitCode == "22915" && r.Title == Title.Family);
        Assert.AreEqual((1L, 1L), (family.RecognizedAny, family.RecognizedEveryYear), "0001 stored before the upgrade and 1 of 2019 are one household");
    }
}

[TestClass]
[TestCategory(Categories.Slow)]
public sealed class SqliteRegisterFormatsTests : RegisterFormatsScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[TestClass]
[TestCategory(Categories.Slow)]
public sealed class PostgresRegisterFormatsTests : RegisterFormatsScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}
