using System.Net;
using Microsoft.EntityFrameworkCore;
using Reporting.Data.Model;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;
using Reporting.IntegrationTests.Infrastructure;
using Reporting.Registers.Reading;
using Reporting.Testing;

namespace Reporting.IntegrationTests.Web;

/// <summary>A clerk on <c>/nop-so</c>: a register checked (a dry run that keeps nothing), then handed in, listed and answered.</summary>
public abstract class SubmissionScenarios
{
    private const int Year = 2019;
    private PipelineFixture _pipeline = null!;
    private ServeFactory _factory = null!;

    protected abstract DatabaseProvider Provider { get; }

    [TestInitialize]
    public async Task StartAsync()
    {
        _pipeline = await PipelineFixture.CreateAsync(Provider);
        _factory = new ServeFactory(_pipeline, overrides: new Dictionary<string, string?> { ["Web:UploadsPerHour"] = "5", ["Pull:MaxFileBytes"] = "200000" });
    }

    [TestCleanup]
    public async Task StopAsync()
    {
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await _pipeline.DisposeAsync();
    }

    private static byte[] PartlyValidRegister(string commune = ServeFactory.ClerkUnit) => ClerkRegister.PartlyValid(commune, Year);

    private static string Text(string html) => WebUtility.HtmlDecode(html);

    private async Task<(int Files, int Entries)> StoredAsync()
    {
        await using var db = _pipeline.Database.NewContext();
        return (await db.RegisterFiles.CountAsync(), await db.TitleEntries.CountAsync());
    }

    [TestMethod]
    public async Task A_clerk_sees_what_the_pull_would_do_then_hands_the_register_in_and_finds_its_answer()
    {
        using var clerk = await _factory.Session().SignedInAsync(ServeFactory.Clerk, ServeFactory.ClerkPassword);

        using var check = await clerk.PostFileAsync("/nop-so", "/nop-so/kiem-tra", new() { ["unit"] = ServeFactory.ClerkUnit }, "So 2019.xlsx", PartlyValidRegister());
        var checkedPage = Text(await check.Content.ReadAsStringAsync());

        Assert.AreEqual(HttpStatusCode.OK, check.StatusCode, checkedPage);
        StringAssert.Contains(checkedPage, "Kết quả nếu nộp — đã nhận một phần: 3 dòng được tính, 1 dòng bị loại");
        StringAssert.Contains(checkedPage, "<td>Đăng ký</td><td>Lỗi — phải sửa: dòng không được tính</td><td>Đã công nhận nhưng chưa đăng ký.</td><td>Nếu đã đăng ký: ghi");
        // Families: nothing yet; with the register 20 households in the village (Số hộ), 2 registered and recognised (the third row is rejected): 10,0%.
        StringAssert.Contains(checkedPage, "<tr><td>Gia đình hiếu học</td>\n          <td class=\"number\">0</td><td class=\"number\">0</td><td class=\"number\">0</td><td class=\"number\">–</td>\n"
            + "          <td class=\"number\">20</td><td class=\"number\">2</td><td class=\"number\">2</td><td class=\"number\">10,0%</td></tr>");
        Assert.AreEqual((0, 0), await StoredAsync(), "a check keeps nothing of the register");

        var token = System.Text.RegularExpressions.Regex.Match(checkedPage, "name=\"token\" value=\"([^\"]+)\"").Groups[1].Value;
        using var submit = await clerk.PostFormAsync("/nop-so", "/nop-so", new() { ["token"] = token });
        var submitted = Text(await submit.Content.ReadAsStringAsync());

        Assert.AreEqual(HttpStatusCode.OK, submit.StatusCode, submitted);
        StringAssert.Contains(submitted, "Đã nộp So 2019.xlsx (Xã Ngũ Phụng): đã nhận một phần: 3 dòng được tính, 1 dòng bị loại");
        var family = (await _pipeline.FiguresAsync(Year)).Single(r => r.Level == UnitLevel.Commune && r.UnitCode == ServeFactory.ClerkUnit && r.Title == Title.Family);
        Assert.AreEqual((20L, 2L, 2L), (family.Eligible, family.Registered, family.Recognized!.Value), "what the check said it would be");
        await using (var db = _pipeline.Database.NewContext())
        {
            var run = await db.Runs.SingleAsync();
            Assert.AreEqual(("pull", $"web:{ServeFactory.Clerk}", RunStatus.WithErrors), (run.Job, run.StartedBy, run.Status));
        }
        StringAssert.Contains(submitted, "Nhận một phần");
        var report = System.Text.RegularExpressions.Regex.Match(submitted, "href=\"(/nop-so/bao-cao-loi/\\d+)\"").Groups[1].Value;
        using var download = await clerk.GetAsync(report);
        Assert.AreEqual(HttpStatusCode.OK, download.StatusCode);
        Assert.AreEqual("So_2019-loi.xlsx", download.Content.Headers.ContentDisposition!.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName);
    }

    [TestMethod]
    public async Task A_register_handed_in_again_changes_nothing_and_says_so()
    {
        using var clerk = await _factory.Session().SignedInAsync(ServeFactory.Clerk, ServeFactory.ClerkPassword);
        var register = PartlyValidRegister();
        for (var time = 0; time < 2; time++)
        {
            using var check = await clerk.PostFileAsync("/nop-so", "/nop-so/kiem-tra", new() { ["unit"] = ServeFactory.ClerkUnit }, "23272_2019.xlsx", register);
            var page = Text(await check.Content.ReadAsStringAsync());
            if (time == 1)
            {
                StringAssert.Contains(page, "nộp lại không thay đổi gì");
                Assert.DoesNotContain("id=\"submit\"", page, "nothing to hand in");
                break;
            }
            var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"token\" value=\"([^\"]+)\"").Groups[1].Value;
            using var submit = await clerk.PostFormAsync("/nop-so", "/nop-so", new() { ["token"] = token });
            Assert.AreEqual(HttpStatusCode.OK, submit.StatusCode);
        }
        Assert.AreEqual(1, (await StoredAsync()).Files);
    }

    [TestMethod]
    public async Task A_register_naming_another_unit_is_refused_at_the_check_and_cannot_be_handed_in()
    {
        using var clerk = await _factory.Session().SignedInAsync(ServeFactory.Clerk, ServeFactory.ClerkPassword);

        using var check = await clerk.PostFileAsync("/nop-so", "/nop-so/kiem-tra", new() { ["unit"] = ServeFactory.ClerkUnit }, "23275_2019.xlsx",
            PartlyValidRegister(ServeFactory.OtherUnit));
        var page = Text(await check.Content.ReadAsStringAsync());

        StringAssert.Contains(page, "bị từ chối, không dòng nào được tính: Sổ ghi mã đơn vị 23275 nhưng được gửi từ nơi của đơn vị 23272.");
        Assert.DoesNotContain("id=\"submit\"", page);
        Assert.AreEqual((0, 0), await StoredAsync());
    }

    [TestMethod]
    public async Task A_clerk_downloads_their_units_register_prefilled_from_last_year_and_no_other()
    {
        ClerkRegister.Of(ServeFactory.ClerkUnit, 2019).SaveUnder(_pipeline.Source);
        ClerkRegister.Of(ServeFactory.OtherUnit, 2019).SaveUnder(_pipeline.Source);
        await _pipeline.PullAsync();
        using var clerk = await _factory.Session().SignedInAsync(ServeFactory.Clerk, ServeFactory.ClerkPassword);

        StringAssert.Contains(await clerk.Client.GetStringAsync("/nop-so"), $"href=\"/nop-so/mau/{ServeFactory.ClerkUnit}/2020\"");
        using var download = await clerk.GetAsync($"/nop-so/mau/{ServeFactory.ClerkUnit}/2020");
        Assert.AreEqual(HttpStatusCode.OK, download.StatusCode);
        var register = new RegisterReader(RegisterReadingContext.Default).ReadWorkbook(await download.Content.ReadAsByteArrayAsync());
        Assert.AreEqual((ServeFactory.ClerkUnit, 2020), (register.Header.UnitCode, register.Header.Year));
        CollectionAssert.AreEqual(ClerkRegister.HouseholdNames.ToArray(),
            register.Entries.Where(e => e.Title == Title.Family).Select(e => e.Name).ToArray());
        using (var other = await clerk.GetAsync($"/nop-so/mau/{ServeFactory.OtherUnit}/2020"))
            Assert.AreEqual(HttpStatusCode.NotFound, other.StatusCode, "another unit's register names its households");
        using (var outside = await clerk.GetAsync($"/nop-so/mau/{ServeFactory.ClerkUnit}/2021"))
            Assert.AreEqual(HttpStatusCode.NotFound, outside.StatusCode);
    }

    [TestMethod]
    public async Task Checks_without_the_form_token_over_the_size_limit_or_too_many_are_refused()
    {
        using var clerk = await _factory.Session().SignedInAsync(ServeFactory.Clerk, ServeFactory.ClerkPassword);
        var fields = new Dictionary<string, string> { ["unit"] = ServeFactory.ClerkUnit };

        using (var forged = await clerk.PostFileAsync("/nop-so", "/nop-so/kiem-tra", fields, "23272_2019.xlsx", PartlyValidRegister(), withToken: false))
            Assert.AreEqual(HttpStatusCode.BadRequest, forged.StatusCode, "no anti-forgery token");
        using (var large = await clerk.PostFileAsync("/nop-so", "/nop-so/kiem-tra", fields, "23272_2019.xlsx", new byte[200_001]))
        {
            Assert.AreEqual(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
            StringAssert.Contains(Text(await large.Content.ReadAsStringAsync()), "tối đa 195 KB");
        }
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var check = await clerk.PostFileAsync("/nop-so", "/nop-so/kiem-tra", fields, "23272_2019.xlsx", PartlyValidRegister());
            statuses.Add(check.StatusCode);
        }
        CollectionAssert.AreEqual(new[] { HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests },
            statuses, "five an hour, the refused and the too large counted");
    }
}

[TestClass]
public sealed class SqliteSubmissionTests : SubmissionScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

/// <summary>On PostgreSQL the dry run writes with COPY inside the transaction it rolls back.</summary>
[TestClass]
public sealed class PostgresSubmissionTests : SubmissionScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}
