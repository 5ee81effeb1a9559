using Microsoft.EntityFrameworkCore;
using OfficeOpenXml;
using Reporting.Data.Model;
using Reporting.Domain.Registers;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;
using Reporting.IntegrationTests.Infrastructure;
using Reporting.Registers.Pulling;
using Reporting.Registers.Pulling.Sources;
using Reporting.Registers.Reading;
using Reporting.Testing;

namespace Reporting.IntegrationTests.Pulling;

/// <summary>Registers as they really arrive: faulty files, odd Unicode, HTTP servers that misbehave.</summary>
public abstract class IngestionScenarios
{
    private PipelineFixture _pipeline = null!;

    protected abstract DatabaseProvider Provider { get; }

    [TestInitialize]
    public async Task CreatePipelineAsync() => _pipeline = await PipelineFixture.CreateAsync(Provider);

    [TestCleanup]
    public async Task DisposePipelineAsync() => await _pipeline.DisposeAsync();

    private IReadOnlyList<IRegisterSource> CorpusSources() =>
        FolderSource.ForTree(RepositoryFolder.Corpus, _pipeline.FileVault, FileLimits.Default).ToList();

    private static FileOutcome OutcomeOf(CorpusCase corpusCase) => corpusCase.Outcome switch
    {
        "rejected" => FileOutcome.Rejected,
        "partly_accepted" => FileOutcome.PartlyAccepted,
        _ => FileOutcome.Accepted,
    };

    [TestMethod]
    public async Task Corpus_pull_gives_every_file_its_expected_outcome_an_error_report_and_a_place_in_the_vault()
    {
        var summary = await _pipeline.PullAsync(sources: CorpusSources());

        var registers = CorpusCase.All.Where(c => c.Outcome != "ignored").ToList();
        foreach (var corpusCase in registers)
        {
            var result = summary.Files.SingleOrDefault(f => f.Origin == corpusCase.FullPath);
            Assert.IsNotNull(result, corpusCase.RelativePath);
            Assert.AreEqual(OutcomeOf(corpusCase), result.Outcome, corpusCase.RelativePath);
            if (corpusCase.Outcome != "accepted" || corpusCase.Rule.Length > 0)
                Assert.IsTrue(File.Exists(result.ErrorReport), $"error report of {corpusCase.RelativePath}");
        }
        CollectionAssert.AreEquivalent(
            CorpusCase.All.Where(c => c.Outcome == "ignored").Select(c => c.FullPath).ToArray(),
            summary.Ignored.Select(i => i.Origin).ToArray(),
            "only the files that cannot be registers are ignored");
        await using var db = _pipeline.Database.NewContext();
        var ledger = await db.RegisterFiles.ToListAsync();
        Assert.AreEqual(registers.Count, ledger.Count);
        Assert.IsTrue(ledger.All(f => File.Exists(_pipeline.FileVault.PathOf(f.Sha256))), "every file, CSV registers by their index");
        Assert.AreEqual(0, await db.TitleEntries.CountAsync(e => e.CommuneCode == "23002"), "a rejected register stores nothing");
        Assert.AreEqual(registers.Count(c => c.Outcome == "partly_accepted" || c.Outcome == "accepted" && c.Rule is { Length: > 0 } and not "notice"),
            await db.RowIssues.Select(i => i.RegisterFileId).Distinct().CountAsync());
    }

    [TestMethod]
    public async Task Corpus_pulled_twice_writes_nothing_the_second_time()
    {
        await _pipeline.PullAsync(sources: CorpusSources());
        var before = await CountRowsAsync();

        var again = await _pipeline.PullAsync(sources: CorpusSources());

        Assert.IsTrue(again.Files.All(f => f.Outcome == FileOutcome.Unchanged));
        Assert.AreEqual(before, await CountRowsAsync());
    }

    private async Task<(int, int, int, int, int)> CountRowsAsync()
    {
        await using var db = _pipeline.Database.NewContext();
        return (await db.RegisterFiles.CountAsync(), await db.RegisterVersions.CountAsync(), await db.TitleEntries.CountAsync(),
            await db.CommuneAssessments.CountAsync(), await db.RowIssues.CountAsync());
    }

    [TestMethod]
    public async Task Register_typed_with_NFD_eth_and_invisible_characters_is_stored_as_if_typed_cleanly()
    {
        await _pipeline.PullAsync(sources: CorpusSources());

        await using var db = _pipeline.Database.NewContext();
        var household = await db.TitleEntries.SingleAsync(e => e.CommuneCode == "23278" && e.Year == 2019 && e.Title == Title.Family);
        Assert.AreEqual(("0001", "T01", "Nguyễn Thị Ánh"), (household.Code, household.VillageCode, household.Name));
        Assert.IsTrue(household.Name.IsNormalized(System.Text.NormalizationForm.FormC));
        var village = await db.TitleEntries.SingleAsync(e => e.CommuneCode == "23278" && e.Year == 2019 && e.Title == Title.Community);
        Assert.AreEqual(("Thôn Tam Thanh", true), (village.Name, village.Registered));
    }

    [TestMethod]
    public async Task Error_report_marks_the_cell_to_change_and_says_how_to_mend_the_row_and_whether_it_counts()
    {
        RegisterBuilder.Commune("23272", 2018)
            .Village("T01", 10, Steps.None)
            .Household("0001", "T01", Steps.Recognized(2018))
            .Household("=HYPERLINK(\"x\")", "T01", Steps.RecognizedWithoutRegistration(2018))
            .SaveUnder(_pipeline.Source);

        var result = (await _pipeline.PullAsync()).Files.Single();

        Assert.AreEqual(Path.Combine(_pipeline.Output, "errors", "2018", "23272", "23272_2018-loi.xlsx"), result.ErrorReport);
        using var report = new ExcelPackage(new FileInfo(result.ErrorReport!));
        var summary = report.Workbook.Worksheets["Tóm tắt"];
        Assert.AreEqual(("Xã Ngũ Phụng (mã 23272)", "2018"), (summary.Cells[3, 2].Text, summary.Cells[4, 2].Text));
        StringAssert.Contains(string.Join("\n", Enumerable.Range(1, summary.Dimension.End.Row).Select(r => summary.Cells[r, 2].Text)), "Sửa trên sổ gốc");
        var sheet = report.Workbook.Worksheets["GiaDinh"];
        StringAssert.Contains(sheet.Cells[1, 1].Text, "Xã Ngũ Phụng (mã 23272) — năm 2018");
        int Column(string header) => Enumerable.Range(1, sheet.Dimension.End.Column).Single(c => sheet.Cells[3, c].Text == header);
        Assert.AreEqual(4d, sheet.Cells[4, 1].Value);
        Assert.AreEqual("=HYPERLINK(\"x\")", sheet.Cells[4, 2].Value, "typed text stays text");
        Assert.IsTrue(string.IsNullOrEmpty(sheet.Cells[4, 2].Formula));
        Assert.AreEqual(OfficeOpenXml.Style.ExcelFillStyle.Solid, sheet.Cells[4, Column(WorkflowColumns.Registered)].Style.Fill.PatternType,
            "recognised but not registered: the empty Đăng ký is the cell to change");
        Assert.AreEqual(OfficeOpenXml.Style.ExcelFillStyle.None, sheet.Cells[4, Column(WorkflowColumns.Recognized)].Style.Fill.PatternType);
        Assert.AreEqual("Lỗi — phải sửa: dòng không được tính", sheet.Cells[4, Column("Mức")].Text);
        StringAssert.Contains(sheet.Cells[4, Column("Lý do")].Text, "Đã công nhận nhưng chưa đăng ký");
        StringAssert.Contains(sheet.Cells[4, Column("Cách sửa")].Text, "ghi \"x\" ở cột \"Đăng ký\"");
        StringAssert.Contains(sheet.Cells[4, Column("Reason")].Text, "Recognised but not registered");
        Assert.AreEqual((OfficeOpenXml.ePaperSize.A4, "'GiaDinh'!$3:$3"), (sheet.PrinterSettings.PaperSize, sheet.PrinterSettings.RepeatRows.Address));
    }

    [TestMethod]
    public async Task Old_code_naming_no_known_entity_is_a_warning_and_the_row_still_counts()
    {
        RegisterBuilder.Commune("23002", 2019).Village("T01", 5, Steps.None).Household("010001", "T01", Steps.Recognized(2019)).SaveUnder(_pipeline.Source);
        RegisterBuilder.Commune("22972", 2020)
            .Village("T01", 5, Steps.None, oldCode: "23002/T01")
            .Household("010001", "T01", Steps.Recognized(2020), oldCode: "23002/010001")
            .Household("010002", "T01", Steps.Recognized(2020), oldCode: "23002/999999")
            .SaveUnder(_pipeline.Source);

        var summary = await _pipeline.PullAsync();

        var merged = summary.Files.Single(f => f.UnitCode == "22972");
        Assert.AreEqual((FileOutcome.Accepted, 1), (merged.Outcome, merged.Warnings));
        await using var db = _pipeline.Database.NewContext();
        var warning = await db.RowIssues.SingleAsync();
        Assert.AreEqual((IssueSeverity.Warning, "old-code-unknown", 4), (warning.Severity, warning.Rule, warning.RowNumber));
        var family = (await _pipeline.FiguresAsync(2020)).Single(r => r.Level == UnitLevel.Commune && r.UnitCode == "22972" && r.Title == Title.Family);
        Assert.AreEqual((2L, 0L), (family.Recognized!.Value, family.RejectedRows!.Value));
    }

    [TestMethod]
    public async Task File_over_the_size_limit_is_rejected_unopened_and_kept()
    {
        var path = RegisterBuilder.Commune("23272", 2018).Village("T01", 10, Steps.None).SaveUnder(_pipeline.Source);
        var small = RegisterReadingContext.Default with { Limits = FileLimits.Default with { MaxFileBytes = 1_000 } };

        var result = (await _pipeline.PullAsync(sources: FolderSource.ForTree(_pipeline.Source, _pipeline.FileVault, small.Limits).ToList(), context: small)).Files.Single();

        Assert.AreEqual(FileOutcome.Rejected, result.Outcome);
        StringAssert.Contains(result.Message, "Tệp quá lớn");
        Assert.IsTrue(File.Exists(_pipeline.FileVault.PathOf(FileVault.HashOf(File.ReadAllBytes(path)))));
    }

    [TestMethod]
    public async Task File_named_at_the_filesystems_length_limit_is_rejected_with_its_error_report()
    {
        var folder = Path.Combine(_pipeline.Source, "communes", "23272");
        Directory.CreateDirectory(folder);
        var name = "23272_2018_" + new string('a', 239) + ".xlsx";
        await File.WriteAllBytesAsync(Path.Combine(folder, name), []);

        var result = (await _pipeline.PullAsync()).Files.Single();

        Assert.AreEqual(FileOutcome.Rejected, result.Outcome);
        Assert.IsTrue(File.Exists(result.ErrorReport), "the error report was written under a name the filesystem takes");
        StringAssert.StartsWith(result.ErrorReport!, Path.Combine(_pipeline.Output, "errors", "2018", "23272"));
    }

    [TestMethod]
    public async Task File_still_being_read_after_the_time_limit_is_rejected_and_the_pull_goes_on()
    {
        RegisterBuilder.Commune("23272", 2018).Village("T01", 10, Steps.None).SaveUnder(_pipeline.Source);
        // No time at all: the reading, just queued, cannot have finished when the limit is checked.
        var hasty = RegisterReadingContext.Default with { Limits = FileLimits.Default with { ReadTimeoutSeconds = 0 } };

        var result = (await _pipeline.PullAsync(sources: FolderSource.ForTree(_pipeline.Source, _pipeline.FileVault, hasty.Limits).ToList(), context: hasty)).Files.Single();

        Assert.AreEqual(FileOutcome.Rejected, result.Outcome);
        StringAssert.Contains(result.Message, "Đọc tệp quá 0 giây");
    }

    [TestMethod]
    public async Task Http_response_over_the_size_limit_is_cut_off_and_rejected()
    {
        var sent = 0L;
        await using var server = new RegisterHttpServer(async context =>
        {
            // No Content-Length: the size shows only as the body arrives.
            context.Response.SendChunked = true;
            var chunk = new byte[64 * 1024];
            try
            {
                for (var i = 0; i < 1_000; i++)
                {
                    await context.Response.OutputStream.WriteAsync(chunk);
                    Interlocked.Add(ref sent, chunk.Length);
                }
            }
            catch (Exception e) when (e is IOException or System.Net.HttpListenerException or ObjectDisposedException)
            {
                // The client stopped reading, as it should.
            }
        });

        var summary = await _pipeline.PullAsync(year: 2018, sources: [DistrictServer(server.BaseUrl, limits: FileLimits.Default with { MaxFileBytes = 200_000 })]);

        var result = summary.Files.First();
        Assert.AreEqual(FileOutcome.Rejected, result.Outcome);
        StringAssert.Contains(result.Message, "Tệp quá lớn");
        Assert.IsLessThan(64L * 1024 * 1_000, Interlocked.Read(ref sent), "the client hung up long before the 64 MB body ended");
    }

    private HttpSource DistrictServer(string baseUrl, double timeoutSeconds = 5, FileLimits? limits = null) =>
        new(new HttpSourceSettings("tinh", UnitLevel.District, baseUrl + "registers/{unit}/{year}.xlsx", TimeSpan.FromSeconds(timeoutSeconds)),
            new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }), UnitDirectory.Reference, ProgrammePeriod.Default, limits ?? FileLimits.Default);

    private static byte[] PhuQuiDistrictRegister()
    {
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.xlsx");
        RegisterBuilder.District("602", 2018).Assessment("23272", [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5], "Khá").SaveAs(path);
        var bytes = File.ReadAllBytes(path);
        File.Delete(path);
        return bytes;
    }

    [TestMethod]
    public async Task Http_source_asks_conditionally_and_an_unchanged_register_costs_one_304()
    {
        var register = PhuQuiDistrictRegister();
        await using var server = new RegisterHttpServer(async context =>
        {
            if (context.Request.Url!.AbsolutePath != "/registers/602/2018.xlsx")
            {
                context.Response.StatusCode = 404;
                return;
            }
            if (context.Request.Headers["If-None-Match"] == "\"v1\"")
            {
                context.Response.StatusCode = 304;
                return;
            }
            context.Response.Headers["ETag"] = "\"v1\"";
            await context.Response.OutputStream.WriteAsync(register);
        });

        var first = await _pipeline.PullAsync(year: 2018, sources: [DistrictServer(server.BaseUrl)]);
        var second = await _pipeline.PullAsync(year: 2018, sources: [DistrictServer(server.BaseUrl)]);

        Assert.AreEqual(FileOutcome.Accepted, first.Files.Single().Outcome);
        Assert.AreEqual(FileOutcome.Unchanged, second.Files.Single().Outcome);
        Assert.IsEmpty(first.SourceFailures);
        Assert.Contains("/registers/602/2018.xlsx \"v1\"", server.Requests);
        Assert.AreEqual(20, server.Requests.Count, "ten districts asked twice");
        await using var db = _pipeline.Database.NewContext();
        Assert.AreEqual(1, await db.RegisterFiles.CountAsync());
        Assert.AreEqual(1, await db.CommuneAssessments.CountAsync());
    }

    [TestMethod]
    public async Task Server_error_fails_that_source_and_the_other_sources_go_on()
    {
        await using var server = new RegisterHttpServer(context =>
        {
            context.Response.StatusCode = 500;
            return Task.CompletedTask;
        });
        RegisterBuilder.Commune("23272", 2018).Village("T01", 10, Steps.Recognized(2018)).SaveUnder(_pipeline.Source);
        var folder = FolderSource.ForTree(_pipeline.Source, _pipeline.FileVault, FileLimits.Default);

        var summary = await _pipeline.PullAsync(year: 2018, sources: [DistrictServer(server.BaseUrl), .. folder]);

        var failure = summary.SourceFailures.Single();
        Assert.AreEqual("tinh", failure.Source);
        StringAssert.Contains(failure.Message, "500");
        Assert.AreEqual(1, server.Requests.Count, "a failed source is not asked again in the same pull");
        Assert.AreEqual(FileOutcome.Accepted, summary.Files.Single().Outcome);
    }

    [TestMethod]
    public async Task Server_that_does_not_answer_in_time_fails_its_source_cleanly()
    {
        await using var server = new RegisterHttpServer(async _ => await Task.Delay(TimeSpan.FromSeconds(10)));

        var summary = await _pipeline.PullAsync(year: 2018, sources: [DistrictServer(server.BaseUrl, timeoutSeconds: 0.5)]);

        StringAssert.Contains(summary.SourceFailures.Single().Message, "quá thời gian chờ");
        Assert.IsEmpty(summary.Files);
    }

    [TestMethod]
    public async Task Redirect_is_refused()
    {
        await using var server = new RegisterHttpServer(context =>
        {
            context.Response.StatusCode = 302;
            context.Response.Headers["Location"] = "https://example.invalid/elsewhere.xlsx";
            return Task.CompletedTask;
        });

        var summary = await _pipeline.PullAsync(year: 2018, sources: [DistrictServer(server.BaseUrl)]);

        StringAssert.Contains(summary.SourceFailures.Single().Message, "chuyển hướng");
    }

    [TestMethod]
    public async Task Connection_dropped_mid_download_fails_its_source_and_stores_nothing()
    {
        await using var server = new RegisterHttpServer(async context =>
        {
            context.Response.ContentLength64 = 100_000;
            await context.Response.OutputStream.WriteAsync(new byte[1_000]);
            await context.Response.OutputStream.FlushAsync();
            context.Response.Abort();
        });

        var summary = await _pipeline.PullAsync(year: 2018, sources: [DistrictServer(server.BaseUrl)]);

        StringAssert.Contains(summary.SourceFailures.Single().Message, "bị ngắt");
        Assert.IsEmpty(summary.Files);
        await using var db = _pipeline.Database.NewContext();
        Assert.AreEqual(0, await db.RegisterFiles.CountAsync());
    }

    [TestMethod]
    public async Task Excel_lock_file_beside_a_register_is_ignored_and_the_register_is_read()
    {
        var path = RegisterBuilder.Commune("23272", 2018).Village("T01", 10, Steps.Recognized(2018)).SaveUnder(_pipeline.Source);
        File.WriteAllBytes(Path.Combine(Path.GetDirectoryName(path)!, "~$23272_2018.xlsx"), [0x4C, 0x4F, 0x43, 0x4B]);

        var summary = await _pipeline.PullAsync();

        Assert.AreEqual(FileOutcome.Accepted, summary.Files.Single().Outcome);
        StringAssert.Contains(summary.Ignored.Single().Reason, "tệp khoá tạm");
    }

    [TestMethod]
    public async Task Links_leading_out_of_the_source_folder_are_not_followed()
    {
        var elsewhere = Path.Combine(_pipeline.Folder, "elsewhere");
        var register = RegisterBuilder.Commune("23272", 2018).Village("T01", 10, Steps.Recognized(2018)).SaveUnder(elsewhere);
        RegisterBuilder.Commune("23275", 2018).Village("T01", 10, Steps.Recognized(2018)).SaveUnder(elsewhere);
        var communes = Path.Combine(_pipeline.Source, "communes");
        Directory.CreateDirectory(Path.Combine(communes, "23272"));
        File.CreateSymbolicLink(Path.Combine(communes, "23272", "23272_2018.xlsx"), register);
        Directory.CreateSymbolicLink(Path.Combine(communes, "23275"), Path.Combine(elsewhere, "communes", "23275"));

        var summary = await _pipeline.PullAsync();

        Assert.IsEmpty(summary.Files, "nothing was read through a link");
        Assert.HasCount(2, summary.Ignored);
        Assert.IsTrue(summary.Ignored.All(i => i.Reason.Contains("liên kết (symlink)", StringComparison.Ordinal)), string.Join("; ", summary.Ignored));
        Assert.IsFalse(Directory.Exists(_pipeline.Vault) && Directory.EnumerateFiles(_pipeline.Vault, "*", SearchOption.AllDirectories).Any(), "nothing was kept");
    }

    [TestMethod]
    public async Task Unreachable_server_fails_its_source()
    {
        var summary = await _pipeline.PullAsync(year: 2018, sources: [DistrictServer("http://127.0.0.1:9/")]);

        StringAssert.Contains(summary.SourceFailures.Single().Message, "không kết nối được");
    }
}

[TestClass]
public sealed class SqliteIngestionTests : IngestionScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[TestClass]
public sealed class PostgresIngestionTests : IngestionScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}
