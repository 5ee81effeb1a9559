using System.Net;
using Microsoft.EntityFrameworkCore;
using Reporting.Data.Model;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;
using Reporting.IntegrationTests.Infrastructure;
using Reporting.Testing;

namespace Reporting.IntegrationTests.Web;

/// <summary>
/// The approval page, <c>/duyet-so</c>, as each role uses it: a district approver deciding on their
/// communes, the province closing and reopening a year with a register received in between, and
/// every action refused to those it is not given to.
/// </summary>
[TestClass]
public sealed class ApprovalPageScenarios
{
    private const int Year = 2019;
    private const string Page = "/duyet-so?year=2019";
    private const string Neighbour = "22969"; // Thị trấn Liên Hương, district 595
    private PipelineFixture _pipeline = null!;
    private ServeFactory _factory = null!;

    [TestInitialize]
    public async Task StartAsync()
    {
        _pipeline = await PipelineFixture.CreateAsync(DatabaseProvider.Sqlite);
        _factory = new ServeFactory(_pipeline);
        // 23272: 10 households, 2 recognised; 23275 and 22969: one recognised each.
        RegisterBuilder.Commune(ServeFactory.ClerkUnit, Year).Village("01", 10, Steps.None)
            .Household("0001", "01", Steps.Recognized(Year)).Household("0002", "01", Steps.Recognized(Year)).Household("0003", "01", Steps.Registered(Year))
            .SaveUnder(_pipeline.Source);
        foreach (var commune in new[] { ServeFactory.OtherUnit, Neighbour })
            RegisterBuilder.Commune(commune, Year).Village("01", 5, Steps.None).Household("0001", "01", Steps.Recognized(Year)).SaveUnder(_pipeline.Source);
        await _pipeline.PullAsync();
    }

    [TestCleanup]
    public async Task StopAsync()
    {
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await _pipeline.DisposeAsync();
    }

    private static string Text(string html) => WebUtility.HtmlDecode(html);

    private static async Task<string> TextOf(HttpResponseMessage response) => Text(await response.Content.ReadAsStringAsync());

    private Task<WebSession> SignInAsync(string name, string password) => _factory.Session().SignedInAsync(name, password);

    private static Task<HttpResponseMessage> PostAsync(WebSession session, string action, Dictionary<string, string> fields) =>
        session.PostFormAsync(Page, action, fields);

    private async Task<List<ApprovalStep>> StepsAsync(params ApprovalAction[] actions)
    {
        await using var db = _pipeline.Database.NewContext();
        return await db.ApprovalSteps.Where(s => actions.Contains(s.Action)).OrderBy(s => s.Id).ToListAsync();
    }

    private async Task<long?> RecognizedFamiliesAsync(string code, UnitLevel level) =>
        (await _pipeline.FiguresAsync(Year)).Single(r => r.Level == level && r.UnitCode == code && r.Title == Title.Family).Recognized;

    [TestMethod]
    public async Task A_district_approver_approves_and_sends_back_their_own_communes_and_the_clerk_reads_why()
    {
        using var approver = await SignInAsync(ServeFactory.DistrictApprover, ServeFactory.DistrictApproverPassword);

        var page = Text(await approver.Client.GetStringAsync(Page));
        StringAssert.Contains(page, "Huyện Phú Quí");
        Assert.DoesNotContain("Huyện Tuy Phong", page, "another district's units are not shown");
        Assert.DoesNotContain(Neighbour, page);
        StringAssert.Contains(page, "Số liệu năm 2019 chưa chốt.");
        // The district and its three communes: 23278 and the district's own register missing, the clerks' two waiting.
        StringAssert.Contains(page, "0/4 đơn vị đã duyệt; còn 2 chưa nộp sổ, 2 chờ duyệt.");
        Assert.DoesNotContain("action=\"/duyet-so/chot\"", page, "closing is the province's");

        using (var approve = await PostAsync(approver, "/duyet-so/duyet", new() { ["year"] = "2019", ["unit"] = ServeFactory.ClerkUnit }))
        {
            var answer = await TextOf(approve);
            Assert.AreEqual(HttpStatusCode.OK, approve.StatusCode, answer);
            StringAssert.Contains(answer, "Đã duyệt sổ năm 2019 của Xã Ngũ Phụng.");
            StringAssert.Contains(answer, "1/4 đơn vị đã duyệt; còn 2 chưa nộp sổ, 1 chờ duyệt.");
        }
        using (var noReason = await PostAsync(approver, "/duyet-so/tra-lai", new() { ["year"] = "2019", ["unit"] = ServeFactory.OtherUnit, ["reason"] = "  " }))
        {
            Assert.AreEqual(HttpStatusCode.Conflict, noReason.StatusCode);
            StringAssert.Contains(await TextOf(noReason), "Trả lại sổ cần ghi lý do, để đơn vị biết phải sửa gì.");
        }
        using (var sendBack = await PostAsync(approver, "/duyet-so/tra-lai", new() { ["year"] = "2019", ["unit"] = ServeFactory.OtherUnit, ["reason"] = "Thiếu số hộ thôn 02" }))
            StringAssert.Contains(await TextOf(sendBack), "Đã trả lại sổ năm 2019 của Xã Long Hải, lý do: Thiếu số hộ thôn 02.");

        page = Text(await approver.Client.GetStringAsync(Page));
        StringAssert.Contains(page, "<td class=\"succeeded\">Đã duyệt</td>");
        StringAssert.Contains(page, "<td class=\"failed\">Trả lại</td>");
        StringAssert.Contains(page, "Lý do: Thiếu số hộ thôn 02");
        StringAssert.Contains(page, $"<td>Duyệt</td><td>web:{ServeFactory.DistrictApprover}</td>", "the audit trail names who approved");
        var decided = await StepsAsync(ApprovalAction.Approved, ApprovalAction.SentBack);
        CollectionAssert.AreEqual(
            new[] { $"{ServeFactory.ClerkUnit} Approved web:{ServeFactory.DistrictApprover} ", $"{ServeFactory.OtherUnit} SentBack web:{ServeFactory.DistrictApprover} Thiếu số hộ thôn 02" },
            decided.Select(s => $"{s.UnitCode} {s.Action} {s.Actor} {s.Reason}").ToList());

        using var clerk = await SignInAsync(ServeFactory.OtherClerk, ServeFactory.ClerkPassword);
        var clerkPage = Text(await clerk.Client.GetStringAsync("/nop-so"));
        StringAssert.Contains(clerkPage, "<td>Xã Long Hải</td><td>2019</td><td class=\"failed\">Trả lại</td>");
        StringAssert.Contains(clerkPage, "<strong>Lý do: Thiếu số hộ thôn 02</strong>");
    }

    [TestMethod]
    public async Task A_register_received_while_the_year_is_closed_is_shown_held_and_counted_only_once_the_year_is_reopened()
    {
        using var admin = await SignInAsync(ServeFactory.Admin, ServeFactory.AdminPassword);
        using (var early = await PostAsync(admin, "/duyet-so/chot", new() { ["year"] = "2019", ["reason"] = "" }))
        {
            Assert.AreEqual(HttpStatusCode.Conflict, early.StatusCode);
            // 127 communes and 10 districts in 2019, none approved; three have registers.
            StringAssert.Contains(await TextOf(early), "Chưa thể chốt số liệu năm 2019: còn 137 đơn vị chưa được duyệt (134 chưa nộp sổ, 3 chờ duyệt).");
        }
        using (var close = await PostAsync(admin, "/duyet-so/chot", new() { ["year"] = "2019", ["reason"] = "Kịp hội nghị sơ kết" }))
        {
            var answer = await TextOf(close);
            StringAssert.Contains(answer, "Đã chốt số liệu năm 2019 khi còn 137 đơn vị chưa được duyệt, lý do: Kịp hội nghị sơ kết.");
            StringAssert.Contains(answer, "Số liệu năm 2019 đã chốt lúc");
            StringAssert.Contains(answer, "id=\"reopen\"");
        }
        using (var approver = await SignInAsync(ServeFactory.DistrictApprover, ServeFactory.DistrictApproverPassword))
        {
            var page = Text(await approver.Client.GetStringAsync(Page));
            Assert.DoesNotContain("action=\"/duyet-so/duyet\"", page, "nothing to approve in a closed year");
            using var late = await PostAsync(approver, "/duyet-so/duyet", new() { ["year"] = "2019", ["unit"] = ServeFactory.ClerkUnit });
            Assert.AreEqual(HttpStatusCode.Conflict, late.StatusCode);
            StringAssert.Contains(await TextOf(late), "Số liệu năm 2019 đã chốt ngày");
        }

        // 23272 sends a newer register: its third household recognised too.
        RegisterBuilder.Commune(ServeFactory.ClerkUnit, Year, new DateTime(Year + 1, 5, 2)).Village("01", 10, Steps.None)
            .Household("0001", "01", Steps.Recognized(Year)).Household("0002", "01", Steps.Recognized(Year)).Household("0003", "01", Steps.Recognized(Year))
            .SaveUnder(_pipeline.Source, "23272_2019_bo_sung.xlsx");
        await _pipeline.PullAsync();
        Assert.AreEqual(2L, await RecognizedFamiliesAsync(ServeFactory.ClerkUnit, UnitLevel.Commune), "the closed figures stand");

        var held = Text(await admin.Client.GetStringAsync(Page));
        StringAssert.Contains(held, "Sổ nhận sau khi chốt (1)");
        StringAssert.Contains(held, "<td>Xã Ngũ Phụng</td><td>23272_2019_bo_sung.xlsx</td>");
        StringAssert.Contains(held, "Gia đình hiếu học: công nhận 2 → 3");
        var figures = Text(await admin.Client.GetStringAsync("/so-lieu?period=2019"));
        StringAssert.Contains(figures, "Số liệu năm 2019 đã chốt ngày");
        StringAssert.Contains(figures, "1 sổ nhận sau khi chốt</a> chưa được tính.");
        StringAssert.Contains(Text(await admin.Client.GetStringAsync("/")), "<td>2019</td><td class=\"succeeded\">Đã chốt lúc");

        using (var viewer = await SignInAsync(ServeFactory.Viewer, ServeFactory.ViewerPassword))
        {
            var page = Text(await viewer.Client.GetStringAsync(Page));
            StringAssert.Contains(page, "Sổ nhận sau khi chốt (1)", "the staff read the page");
            Assert.DoesNotContain("action=\"/duyet-so/", page, "but act on nothing");
        }

        using (var noReason = await PostAsync(admin, "/duyet-so/mo-lai", new() { ["year"] = "2019", ["reason"] = "" }))
        {
            Assert.AreEqual(HttpStatusCode.Conflict, noReason.StatusCode);
            StringAssert.Contains(await TextOf(noReason), "Mở lại số liệu đã chốt cần ghi lý do.");
        }
        using (var reopen = await PostAsync(admin, "/duyet-so/mo-lai", new() { ["year"] = "2019", ["reason"] = "Xã Ngũ Phụng bổ sung sổ" }))
        {
            var answer = await TextOf(reopen);
            StringAssert.Contains(answer, "Đã mở lại số liệu năm 2019; 1 sổ nhận sau khi chốt đã được tính vào số liệu.");
            StringAssert.Contains(answer, "Sổ nhận sau khi chốt (0)");
            StringAssert.Contains(answer, "Số liệu năm 2019 chưa chốt.");
        }
        Assert.AreEqual(3L, await RecognizedFamiliesAsync(ServeFactory.ClerkUnit, UnitLevel.Commune));
        Assert.AreEqual(5L, await RecognizedFamiliesAsync("60", UnitLevel.Province), "3 + 1 + 1");
        CollectionAssert.AreEqual(
            new[] { "Closed Kịp hội nghị sơ kết", "ReceivedAfterClosing ", "Reopened Xã Ngũ Phụng bổ sung sổ", "AppliedAfterReopening " },
            (await StepsAsync(ApprovalAction.Closed, ApprovalAction.ReceivedAfterClosing, ApprovalAction.Reopened, ApprovalAction.AppliedAfterReopening))
                .Select(s => $"{s.Action} {s.Reason}").ToList());
    }

    [TestMethod]
    public async Task Every_approval_action_is_refused_to_those_it_is_not_given_to_and_changes_nothing()
    {
        var approve = ("/duyet-so/duyet", new Dictionary<string, string> { ["year"] = "2019", ["unit"] = ServeFactory.ClerkUnit });
        var sendBack = ("/duyet-so/tra-lai", new Dictionary<string, string> { ["year"] = "2019", ["unit"] = ServeFactory.ClerkUnit, ["reason"] = "Sai" });
        var approveNeighbour = ("/duyet-so/duyet", new Dictionary<string, string> { ["year"] = "2019", ["unit"] = Neighbour });
        var approveDistrict = ("/duyet-so/duyet", new Dictionary<string, string> { ["year"] = "2019", ["unit"] = ServeFactory.District });
        var close = ("/duyet-so/chot", new Dictionary<string, string> { ["year"] = "2019", ["reason"] = "Chốt" });
        var reopen = ("/duyet-so/mo-lai", new Dictionary<string, string> { ["year"] = "2019", ["reason"] = "Mở" });
        var refused = new (string User, string Password, (string Action, Dictionary<string, string> Fields)[] Actions)[]
        {
            (ServeFactory.Viewer, ServeFactory.ViewerPassword, [approve, sendBack, close, reopen]),
            (ServeFactory.Clerk, ServeFactory.ClerkPassword, [approve, sendBack, close, reopen]),
            // A district approver decides on the communes of their districts: not another district's, not their district's own register, not the year.
            (ServeFactory.DistrictApprover, ServeFactory.DistrictApproverPassword, [approveNeighbour, approveDistrict, close, reopen]),
            (ServeFactory.OtherDistrictApprover, ServeFactory.DistrictApproverPassword, [approve, sendBack, close, reopen]),
        };
        var count = 0;
        foreach (var (user, password, actions) in refused)
        {
            using var session = await SignInAsync(user, password);
            // A clerk has no approval page to take a token from; their own page's token is as good as any.
            var formPage = user == ServeFactory.Clerk ? "/nop-so" : Page;
            foreach (var (action, fields) in actions)
            {
                using var response = await session.PostFormAsync(formPage, action, fields);
                Assert.AreEqual(HttpStatusCode.Forbidden, response.StatusCode, $"{user}: POST {action} {string.Join(",", fields.Values)}");
                count++;
            }
        }
        using (var clerk = await SignInAsync(ServeFactory.Clerk, ServeFactory.ClerkPassword))
        using (var page = await clerk.GetAsync(Page))
            Assert.AreEqual(HttpStatusCode.Forbidden, page.StatusCode, "the approval page is not the clerks'");
        Assert.IsEmpty(await StepsAsync(ApprovalAction.Approved, ApprovalAction.SentBack, ApprovalAction.Closed, ApprovalAction.Reopened));
        ReliabilityLog.Write($"approval: {count + 1} approval requests of users not given them refused");

        // What the province alone may do: decide on a district's own register.
        RegisterBuilder.District(ServeFactory.District, Year).Assessment(ServeFactory.ClerkUnit, [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5], "Khá").SaveUnder(_pipeline.Source);
        await _pipeline.PullAsync();
        using var admin = await SignInAsync(ServeFactory.Admin, ServeFactory.AdminPassword);
        using var approved = await admin.PostFormAsync(Page, approveDistrict.Item1, approveDistrict.Item2);
        StringAssert.Contains(await TextOf(approved), "Đã duyệt sổ năm 2019 của Huyện Phú Quí.");
    }
}
