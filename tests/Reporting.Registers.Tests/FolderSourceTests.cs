using Reporting.Data.Model;
using Reporting.Domain.Units;
using Reporting.Registers.Pulling;
using Reporting.Registers.Pulling.Sources;
using Reporting.Registers.Reading;

namespace Reporting.Registers.Tests;

/// <summary>What a unit's folder gives a pull: every file that could be a register is read, the rest listed as ignored.</summary>
[TestClass]
public sealed class FolderSourceTests
{
    private string _root = null!;

    [TestInitialize]
    public void CreateFolder() => _root = Directory.CreateTempSubdirectory("folder-source-").FullName;

    [TestCleanup]
    public void DeleteFolder() => Directory.Delete(_root, recursive: true);

    private void Put(string relativePath)
    {
        var path = Path.Combine(_root, "communes", "22915", relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, relativePath);
    }

    private async Task<List<SourceEvent>> ReadAsync()
    {
        var source = new FolderSource("communes", UnitLevel.Commune, Path.Combine(_root, "communes"), new FileVault(Path.Combine(_root, "vault")), FileLimits.Default);
        var events = new List<SourceEvent>();
        await foreach (var happened in source.ReadAsync(new SourceQuery(PullFilter.Everything, new Dictionary<string, HttpSourceState>()), CancellationToken.None))
            events.Add(happened);
        return events;
    }

    private static string Name(string path) => Path.GetFileName(path);

    [TestMethod]
    public async Task Every_spreadsheet_format_and_a_misnamed_csv_are_read_as_registers()
    {
        foreach (var file in new[] { "22915_2019.xlsx", "22915_2018.xls", "22915_2017.ods", "22915_2016.xlsm", "22915_2019.xlsb", "22915_2019.numbers", "gia dinh.csv" })
            Put(file);

        var received = (await ReadAsync()).OfType<SourceEvent.Received>().Select(r => (r.Register.FileName, r.Register.Format)).ToList();

        CollectionAssert.AreEquivalent(new[] { "22915_2019.xlsx", "22915_2018.xls", "22915_2017.ods", "22915_2016.xlsm", "22915_2019.xlsb", "22915_2019.numbers", "gia dinh.csv" },
            received.Select(r => r.FileName).ToArray());
        Assert.IsTrue(received.All(r => r.Format == RegisterFormat.Workbook));
    }

    [TestMethod]
    public async Task Csv_sheets_named_for_their_register_are_one_register_whatever_the_sheet_is_called()
    {
        foreach (var sheet in new[] { "ThongTin", "Thon", "Gia đình", "DongHo", "DonVi" })
            Put($"22915_2019_{sheet}.csv");

        var register = (await ReadAsync()).OfType<SourceEvent.Received>().Single().Register;

        Assert.AreEqual(RegisterFormat.Csv, register.Format);
        CollectionAssert.AreEquivalent(new[] { "ThongTin", "Thon", "Gia đình", "DongHo", "DonVi" }, register.Parts.Select(p => p.Name).ToArray());
    }

    [TestMethod]
    public async Task Register_kept_in_a_subfolder_of_its_unit_is_read()
    {
        Put(Path.Combine("2018", "22915_2018.xlsx"));

        var register = (await ReadAsync()).OfType<SourceEvent.Received>().Single().Register;

        Assert.AreEqual(("22915_2018.xlsx", "22915"), (register.FileName, register.Expected.Code));
    }

    [TestMethod]
    public async Task Files_that_cannot_be_registers_are_listed_as_ignored_with_the_reason()
    {
        foreach (var file in new[] { "desktop.ini", "huong-dan.docx", "anh.png", "~$22915_2019.xlsx", ".~lock.22915_2019.xlsx#", "._22915_2019.xlsx" })
            Put(file);

        var ignored = (await ReadAsync()).Cast<SourceEvent.Ignored>().ToDictionary(i => Name(i.Origin), i => i.Reason);

        Assert.HasCount(6, ignored);
        StringAssert.Contains(ignored["desktop.ini"], "không phải sổ theo dõi");
        StringAssert.Contains(ignored["~$22915_2019.xlsx"], "tệp khoá tạm của Excel");
        StringAssert.Contains(ignored[".~lock.22915_2019.xlsx#"], "tệp khoá tạm của LibreOffice");
        StringAssert.Contains(ignored["._22915_2019.xlsx"], "máy Mac");
    }

    [TestMethod]
    public async Task Links_inside_a_unit_folder_are_listed_and_never_followed_even_in_a_loop()
    {
        Put("cu/22915_2019.xlsx");
        var unit = Path.Combine(_root, "communes", "22915");
        Directory.CreateSymbolicLink(Path.Combine(unit, "cu", "vong"), unit);
        Directory.CreateSymbolicLink(Path.Combine(unit, "goc"), "/");
        File.CreateSymbolicLink(Path.Combine(unit, "22915_2018.xlsx"), "/etc/hostname");
        File.CreateSymbolicLink(Path.Combine(unit, "22915_2017.xlsx"), Path.Combine(_root, "missing.xlsx"));

        var events = await ReadAsync();

        Assert.AreEqual("22915_2019.xlsx", events.OfType<SourceEvent.Received>().Single().Register.FileName);
        CollectionAssert.AreEquivalent(new[] { "vong", "goc", "22915_2018.xlsx", "22915_2017.xlsx" },
            events.OfType<SourceEvent.Ignored>().Select(i => Name(i.Origin)).ToArray());
        Assert.IsTrue(events.OfType<SourceEvent.Ignored>().All(i => i.Reason.Contains("liên kết", StringComparison.Ordinal)));
    }
}
