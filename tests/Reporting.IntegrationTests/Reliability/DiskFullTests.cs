using Reporting.IntegrationTests.Infrastructure;
using Reporting.Testing;

namespace Reporting.IntegrationTests.Reliability;

/// <summary>
/// The output folder on a filesystem of its own that fills up while reports are written: each run
/// fails saying so, leaves no partial file, and the reports already there stay as they were.
/// </summary>
[TestClass]
[TestCategory(Categories.Slow)]
public sealed class DiskFullTests
{
    private const string DiskFullMessage = "Hết chỗ trên đĩa";

    private string _folder = null!;
    private Tmpfs? _output;

    [TestInitialize]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("disk-full-").FullName;

    [TestCleanup]
    public void DeleteFolder()
    {
        _output?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private string Output => Path.Combine(_folder, "reports-output");

    private async Task<Cli.Result> RunAsync(params string[] arguments) =>
        await Cli.RunAsync(_folder, [.. arguments, "--db", $"Data Source={Path.Combine(_folder, "test.db")}"]);

    [TestMethod]
    public async Task Reports_that_fill_the_disk_fail_clearly_and_leave_the_previous_ones_untouched()
    {
        _output = Tmpfs.Mount(Output, 32L * 1024 * 1024);
        var source = Path.Combine(_folder, "source");
        RegisterBuilder.Commune("23272", 2018)
            .Village("T01", 6, Steps.Recognized(2018))
            .Household("0001", "T01", Steps.Recognized(2018))
            .SaveUnder(source);
        Assert.AreEqual(0, (await RunAsync("pull", "--source", source)).ExitCode);
        var first = new[] { await RunAsync("monthly", "--month", "2018-12"), await RunAsync("conference", "--year", "2018") };
        foreach (var run in first)
            Assert.AreEqual(0, run.ExitCode, run.Error);
        var before = OutputTree.Hashes(Output);
        var workbook = new FileInfo(Path.Combine(Output, "monthly", "2018-12", "tong-hop-thang-2018-12.xlsx"));

        _output.FillLeaving(workbook.Length / 2);
        var monthly = await RunAsync("monthly", "--month", "2018-12");
        var conference = await RunAsync("conference", "--year", "2018");

        foreach (var (name, run) in new[] { ("monthly", monthly), ("conference", conference) })
        {
            Assert.AreEqual(1, run.ExitCode, $"{name}: {run.Output}{run.Error}");
            StringAssert.Contains(run.Error, DiskFullMessage, name);
        }
        Assert.IsEmpty(OutputTree.Temporaries(Output), "nothing half-written is left");
        var after = OutputTree.Hashes(Output);
        after.Remove("filler.bin");
        CollectionAssert.AreEqual(before, after, "the reports written before the disk filled are as they were");
        ReliabilityLog.Write($"disk full: 2 report runs on a full tmpfs failed with \"{DiskFullMessage}\", {before.Count} earlier files untouched, 0 partial files");
    }
}
