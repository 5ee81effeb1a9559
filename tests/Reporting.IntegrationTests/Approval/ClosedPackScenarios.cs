using Reporting.Data.Approval;
using Reporting.Data.Model;
using Reporting.Domain.Units;
using Reporting.IntegrationTests.Infrastructure;
using Reporting.Reports.Conference;
using Reporting.Testing;

namespace Reporting.IntegrationTests.Approval;

/// <summary>
/// A conference pack built from closed figures is the same bytes when it is built again, even
/// after a register of a closed year has arrived; once the year is reopened, the register counts
/// and the pack changes. Word, PDF (LibreOffice), annex, charts and report page alike; only the
/// manifest, which records the run that wrote the pack, differs between runs.
/// </summary>
[TestClass]
public sealed class ClosedPackScenarios
{
    private const string District = "602";
    private PipelineFixture _pipeline = null!;

    [TestInitialize]
    public async Task CreatePipelineAsync()
    {
        LibreOffice.Require();
        _pipeline = await PipelineFixture.CreateAsync(DatabaseProvider.Sqlite);
        foreach (var year in new[] { 2016, 2017, 2018 })
        {
            RegisterBuilder.Commune("23272", year)
                .Village("T01", 10, Steps.Recognized(year))
                .Household("0001", "T01", Steps.Recognized(year))
                .Household("0002", "T01", Steps.Registered(year))
                .SaveUnder(_pipeline.Source);
        }
        await _pipeline.PullAsync();
        await using var db = _pipeline.Database.NewContext();
        var approvals = new ApprovalLedger(db, UnitDirectory.Reference, TimeProvider.System);
        foreach (var year in new[] { 2016, 2017, 2018 })
            await approvals.CloseAsync(year, "cli:test", "Hội nghị sơ kết", CancellationToken.None);
    }

    [TestCleanup]
    public async Task DisposePipelineAsync() => await _pipeline.DisposeAsync();

    private async Task<Dictionary<string, string>> PackAsync()
    {
        await ConferenceRun.RunAsync(_pipeline, 2018, District, new ConferenceOptions { Pdf = PdfRendering.Required });
        var folder = Path.Combine(_pipeline.Output, "conference", "2018", District);
        return Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "manifest.json")
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
    }

    private static string Differences(Dictionary<string, string> before, Dictionary<string, string> after) =>
        string.Join(", ", before.Keys.Union(after.Keys).Where(k => before.GetValueOrDefault(k) != after.GetValueOrDefault(k)).Order());

    [TestMethod]
    public async Task Pack_of_closed_years_is_the_same_bytes_after_a_late_register_and_changes_once_reopened()
    {
        var closed = await PackAsync();
        CollectionAssert.IsSubsetOf(new[] { ConferencePackJob.WordFile, ConferencePackJob.PdfFile, ConferencePackJob.AnnexFile, ConferencePackJob.ReportFile }, closed.Keys);
        var page = await File.ReadAllTextAsync(Path.Combine(_pipeline.Output, "conference", "2018", District, ConferencePackJob.ReportFile));
        StringAssert.Contains(page, "Số liệu đã chốt (năm 2016 ngày");

        RegisterBuilder.Commune("23272", 2018, new DateTime(2019, 5, 2))
            .Village("T01", 10, Steps.Recognized(2018))
            .Household("0001", "T01", Steps.Recognized(2018))
            .Household("0002", "T01", Steps.Recognized(2018))
            .SaveUnder(_pipeline.Source, "23272_2018_bo_sung.xlsx");
        var summary = await _pipeline.PullAsync();
        Assert.AreEqual(1, summary.Count(FileOutcome.Accepted));
        var late = await PackAsync();
        Assert.AreEqual("", Differences(closed, late), "files that changed while the year stayed closed");

        await using (var db = _pipeline.Database.NewContext())
            await new ApprovalLedger(db, UnitDirectory.Reference, TimeProvider.System).ReopenAsync(2018, "cli:test", "Xã bổ sung sổ", CancellationToken.None);
        Assert.AreEqual(1, await _pipeline.CountHeldAsync("cli:test"));
        var reopened = await PackAsync();
        var changed = Differences(late, reopened);
        foreach (var file in new[] { ConferencePackJob.WordFile, ConferencePackJob.PdfFile, ConferencePackJob.AnnexFile, ConferencePackJob.ReportFile })
            StringAssert.Contains(changed, file);
        page = await File.ReadAllTextAsync(Path.Combine(_pipeline.Output, "conference", "2018", District, ConferencePackJob.ReportFile));
        StringAssert.Contains(page, "Số liệu năm 2018 chưa chốt");
    }
}
