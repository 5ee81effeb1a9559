using AngleSharp.Html.Parser;
using System.Net;
using System.Text.RegularExpressions;
using Hangfire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Reporting.Data.Model;
using Reporting.IntegrationTests.Infrastructure;
using Reporting.Testing;

namespace Reporting.IntegrationTests.Web;

/// <summary>Who may see and do what on <c>reporting serve</c>: sign-in, roles, anti-forgery, throttled logins.</summary>
[TestClass]
public sealed class ServeAccessTests
{
    private PipelineFixture _pipeline = null!;
    private ServeFactory _factory = null!;
    private DateTimeOffset _now = new(2018, 12, 5, 3, 0, 0, TimeSpan.Zero);

    [TestInitialize]
    public async Task StartAsync()
    {
        _pipeline = await PipelineFixture.CreateAsync(DatabaseProvider.Sqlite);
        _factory = new ServeFactory(_pipeline, FakeClock.Reading(() => _now));
    }

    [TestCleanup]
    public async Task StopAsync()
    {
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await _pipeline.DisposeAsync();
    }

    /// <summary>Jobs that reached the scheduler, whatever became of them.</summary>
    private long EnqueuedJobs
    {
        get
        {
            var statistics = _factory.Services.GetRequiredService<JobStorage>().GetMonitoringApi().GetStatistics();
            return statistics.Enqueued + statistics.Scheduled + statistics.Processing + statistics.Succeeded + statistics.Failed + statistics.Deleted;
        }
    }

    /// <summary>Every endpoint the app maps, each with the methods it answers: a new one is in this list without anyone adding it.</summary>
    private List<(string Method, string Path, bool Anonymous)> Endpoints()
    {
        _ = _factory.Server;
        var endpoints = _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.IsGreaterThan(4, endpoints.Count, "the endpoints were found");
        return endpoints.SelectMany(e =>
            (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"]).Select(method => (
                method,
                Regex.Replace(e.RoutePattern.RawText!, @"\{([^}:]+)(:[^}]*)?\}", m => m.Groups[1].Value switch
                {
                    "runId" => Guid.NewGuid().ToString(),
                    "outputId" or "fileId" => "1",
                    "unitCode" => ServeFactory.ClerkUnit,
                    "year" => "2019",
                    "**path" => "jobs/enqueued",
                    var name => throw new AssertFailedException($"no sample value for route parameter {name}"),
                }),
                e.Metadata.GetMetadata<IAllowAnonymous>() is not null))).ToList();
    }

    [TestMethod]
    public async Task Anonymous_requests_are_sent_to_the_login_page_everywhere_but_health_and_login()
    {
        var endpoints = Endpoints();
        CollectionAssert.AreEquivalent(
            new[] { "GET /health", "HEAD /health", "GET /login", "POST /login" },
            endpoints.Where(e => e.Anonymous).Select(e => $"{e.Method} {e.Path}").ToList(),
            "only these answer anyone");

        using var anonymous = _factory.Session();
        foreach (var (method, path, _) in endpoints.Where(e => !e.Anonymous).Append(("GET", "/no-such-page", false)))
        {
            using var response = await anonymous.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
            var toLogin = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.AbsolutePath == "/login";
            Assert.IsTrue(toLogin || response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} answered {(int)response.StatusCode} to an anonymous request");
        }
        ReliabilityLog.Write($"access: {endpoints.Count(e => !e.Anonymous) + 1} anonymous requests (every mapped endpoint and method but /health and /login, and an unknown page) refused");
        using var health = await anonymous.GetAsync("/health");
        Assert.AreEqual(HttpStatusCode.OK, health.StatusCode);
        Assert.AreEqual("""{"status":"Healthy","checks":{"database":"Healthy","storage":"Healthy"}}""", await health.Content.ReadAsStringAsync());
    }

    [TestMethod]
    public async Task Viewer_reads_the_run_list_and_dashboard_but_cannot_trigger_a_run()
    {
        using var viewer = await _factory.Session().SignedInAsync(ServeFactory.Viewer, ServeFactory.ViewerPassword);

        var page = await viewer.Client.GetStringAsync("/");
        StringAssert.Contains(page, "Nhật ký chạy");
        Assert.DoesNotContain("action=\"/runs\"", page, "no run-now forms for a viewer");
        using (var dashboard = await viewer.GetAsync("/hangfire"))
            Assert.AreEqual(HttpStatusCode.OK, dashboard.StatusCode);

        using var run = await viewer.PostFormAsync("/", "/runs", new() { ["job"] = "monthly", ["month"] = "2018-12" });
        Assert.AreEqual(HttpStatusCode.Forbidden, run.StatusCode);
        using var trigger = await viewer.PostFormAsync("/hangfire/recurring", "/hangfire/recurring/trigger", new() { ["jobs[]"] = "monthly-summary" });
        Assert.IsTrue(trigger.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized, $"dashboard trigger answered {(int)trigger.StatusCode}");
        Assert.AreEqual(0L, EnqueuedJobs, "nothing was enqueued");
    }

    [TestMethod]
    public async Task A_viewer_is_refused_every_action_that_changes_something()
    {
        using var viewer = await _factory.Session().SignedInAsync(ServeFactory.Viewer, ServeFactory.ViewerPassword);
        string[] dashboardCommands =
        [
            "/hangfire/recurring/trigger", "/hangfire/recurring/remove", "/hangfire/jobs/enqueued/delete", "/hangfire/jobs/enqueued/requeue",
            "/hangfire/jobs/scheduled/enqueue", "/hangfire/jobs/scheduled/delete", "/hangfire/jobs/processing/delete", "/hangfire/jobs/failed/requeue",
            "/hangfire/jobs/failed/delete", "/hangfire/jobs/succeeded/requeue", "/hangfire/jobs/deleted/requeue", "/hangfire/jobs/actions/requeue/1",
            "/hangfire/jobs/actions/delete/1",
        ];
        var actions = Endpoints().Where(e => e is { Method: "POST", Anonymous: false } && e.Path is not "/logout" && !e.Path.StartsWith("/hangfire", StringComparison.Ordinal))
            .Select(e => e.Path).Concat(dashboardCommands).ToList();

        foreach (var action in actions)
        {
            var fields = new Dictionary<string, string> { ["job"] = "costs", ["year"] = "2019", ["jobs[]"] = "monthly-summary" };
            // The upload page's forms carry a file: they take multipart/form-data only, and anything else never reaches them (415).
            using var response = action.StartsWith("/hangfire", StringComparison.Ordinal) ? await viewer.PostFormAsync("/hangfire/recurring", action, fields)
                : action == "/nop-so/kiem-tra" ? await viewer.PostMultipartAsync("/", action, fields)
                : await viewer.PostFormAsync("/", action, fields);
            Assert.IsTrue(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized, $"POST {action} answered {(int)response.StatusCode} to a viewer");
        }
        Assert.AreEqual(0L, EnqueuedJobs, "nothing was enqueued");
        ReliabilityLog.Write($"access: {actions.Count} actions that change something (our forms and Hangfire's dashboard commands) refused to a viewer");
    }

    [TestMethod]
    public async Task A_clerk_reaches_only_the_upload_page_and_nothing_of_another_unit()
    {
        RegisterBuilder.Commune(ServeFactory.OtherUnit, 2019).Village("01", 10, Steps.None)
            .Household("0001", "01", Steps.RecognizedWithoutRegistration(2019)).SaveUnder(_pipeline.Source);
        await _pipeline.PullAsync();
        await using (var db = _pipeline.Database.NewContext())
            Assert.AreEqual(ServeFactory.OtherUnit, (await db.RegisterFiles.SingleAsync()).UnitCode, "the neighbour's register, with an error report");
        var otherFile = await OtherUnitFileIdAsync();
        Assert.IsTrue(File.Exists(Path.Combine(_pipeline.Output, Reporting.Output.ErrorReportLocation.RelativePath(2019, ServeFactory.OtherUnit, "23275_2019.xlsx"))));
        using var clerk = await _factory.Session().SignedInAsync(ServeFactory.Clerk, ServeFactory.ClerkPassword);

        var refused = Endpoints().Where(e => !e.Anonymous && e.Path != "/logout" && !e.Path.StartsWith("/nop-so", StringComparison.Ordinal)).ToList();
        foreach (var (method, path, _) in refused)
        {
            using var response = await clerk.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
            Assert.IsTrue(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized, $"{method} {path} answered {(int)response.StatusCode} to a clerk");
        }
        using (var report = await clerk.GetAsync($"/nop-so/bao-cao-loi/{otherFile}"))
            Assert.AreEqual(HttpStatusCode.NotFound, report.StatusCode, "another unit's error report");
        var page = await clerk.Client.GetStringAsync("/nop-so");
        Assert.DoesNotContain(ServeFactory.OtherUnit, page, "another unit is neither offered nor listed");
        using (var check = await clerk.PostFileAsync("/nop-so", "/nop-so/kiem-tra", new() { ["unit"] = ServeFactory.OtherUnit }, "23275_2019.xlsx", [1, 2, 3]))
            Assert.AreEqual(HttpStatusCode.BadRequest, check.StatusCode, "checking for another unit");
        using (var submit = await clerk.PostFormAsync("/nop-so", "/nop-so", new() { ["token"] = "forged" }))
            Assert.AreEqual(HttpStatusCode.BadRequest, submit.StatusCode, "handing in what was not checked");
        await using (var db = _pipeline.Database.NewContext())
            Assert.AreEqual(1, await db.RegisterFiles.CountAsync(), "nothing was handed in");
        ReliabilityLog.Write($"access: {refused.Count + 3} requests of a clerk for pages not theirs or another unit's data refused");

        using var admin = await _factory.Session().SignedInAsync(ServeFactory.Admin, ServeFactory.AdminPassword);
        using var staff = await admin.GetAsync("/nop-so");
        Assert.AreEqual(HttpStatusCode.Forbidden, staff.StatusCode, "the upload page is the clerks'");
    }

    [TestMethod]
    public async Task A_district_approver_reaches_only_the_approval_page_and_starts_there()
    {
        using var approver = _factory.Session();
        using (var login = await approver.LoginAsync(ServeFactory.DistrictApprover, ServeFactory.DistrictApproverPassword))
            Assert.AreEqual("/duyet-so", login.Headers.Location!.OriginalString);

        var refused = Endpoints().Where(e => !e.Anonymous && e.Path != "/logout" && !e.Path.StartsWith("/duyet-so", StringComparison.Ordinal)).ToList();
        foreach (var (method, path, _) in refused)
        {
            using var response = await approver.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
            Assert.IsTrue(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized, $"{method} {path} answered {(int)response.StatusCode} to a district approver");
        }
        var page = await approver.Client.GetStringAsync("/duyet-so?year=2019");
        Assert.DoesNotContain("href=\"/so-lieu\"", page, "the menu offers only their page");
        ReliabilityLog.Write($"access: {refused.Count} requests of a district approver for pages not theirs refused");
    }

    private async Task<long> OtherUnitFileIdAsync()
    {
        await using var db = _pipeline.Database.NewContext();
        return (await db.RegisterFiles.SingleAsync(f => f.UnitCode == ServeFactory.OtherUnit)).Id;
    }

    [TestMethod]
    public async Task Admin_triggers_a_run_from_the_admin_page()
    {
        using var admin = await _factory.Session().SignedInAsync(ServeFactory.Admin, ServeFactory.AdminPassword);

        using var run = await admin.PostFormAsync("/", "/runs", new() { ["job"] = "costs", ["year"] = "2019" });

        Assert.AreEqual(HttpStatusCode.Redirect, run.StatusCode, await run.Content.ReadAsStringAsync());
        Assert.AreEqual(1L, EnqueuedJobs);
        StringAssert.Contains(await admin.Client.GetStringAsync(run.Headers.Location), "Đã đưa vào hàng đợi: Dự toán kinh phí năm 2019.");
    }

    [TestMethod]
    public async Task A_failed_run_says_its_cause_in_vietnamese_with_the_detail_folded_and_runs_again_from_its_row()
    {
        var failure = new UnauthorizedAccessException("Access to the path '/tmp/reporting-x/output/costs' is denied.");
        var id = Guid.NewGuid();
        await using (var db = _pipeline.Database.NewContext())
        {
            db.Runs.Add(new RunRecord
            {
                Id = id, Job = "costs", Parameters = "year=2019", StartedBy = "lịch", StartedAt = _now.UtcDateTime.AddMinutes(-5),
                FinishedAt = _now.UtcDateTime.AddMinutes(-4), Status = RunStatus.Failed, Error = Reporting.Data.Runs.RunFailure.Describe(failure),
            });
            await db.SaveChangesAsync();
        }
        using var admin = await _factory.Session().SignedInAsync(ServeFactory.Admin, ServeFactory.AdminPassword);

        var row = new HtmlParser().ParseDocument(await admin.Client.GetStringAsync("/")).QuerySelector($"tr[data-run='{id}']")!;

        StringAssert.Contains(row.QuerySelector(".status")!.TextContent, "Lỗi");
        StringAssert.Contains(row.TextContent, "Dự toán kinh phí năm 2019");
        StringAssert.Contains(row.QuerySelector(".run-error")!.TextContent, "không có quyền đọc hoặc ghi");
        Assert.DoesNotContain("/tmp/", row.QuerySelector(".run-error")!.TextContent, "the path is technical detail");
        StringAssert.Contains(row.QuerySelector("details.detail")!.TextContent, "/tmp/reporting-x/output/costs");
        Assert.IsNull(row.QuerySelector(".retry"), "a permission problem is not retried");
        using var rerun = await admin.PostFormAsync("/", $"/runs/{id}/rerun", []);
        Assert.AreEqual(HttpStatusCode.Redirect, rerun.StatusCode, await rerun.Content.ReadAsStringAsync());
        Assert.AreEqual(1L, EnqueuedJobs);
        StringAssert.Contains(await admin.Client.GetStringAsync(rerun.Headers.Location), "Đã đưa vào hàng đợi: Dự toán kinh phí năm 2019.");
    }

    [TestMethod]
    public async Task A_running_row_shows_its_step_and_a_failed_one_the_time_of_its_retry()
    {
        var (running, failed) = (Guid.NewGuid(), Guid.NewGuid());
        await using (var db = _pipeline.Database.NewContext())
        {
            db.Runs.Add(new RunRecord
            {
                Id = running, Job = "conference", Parameters = "year=2018", StartedBy = "lịch", StartedAt = _now.UtcDateTime.AddMinutes(-2),
                Status = RunStatus.Running, Outcome = "Đang làm hồ sơ 3/11: Huyện Tuy Phong",
            });
            db.Runs.Add(new RunRecord
            {
                Id = failed, Job = "costs", Parameters = "year=2019", StartedBy = "lịch", StartedAt = _now.UtcDateTime.AddMinutes(-3),
                FinishedAt = _now.UtcDateTime.AddMinutes(-3), Status = RunStatus.Failed, Error = Reporting.Data.Runs.RunFailure.Describe(new TimeoutException("no answer")),
            });
            await db.SaveChangesAsync();
        }
        // The scheduler keeps real time: a retry due in an hour stays waiting while the page is read.
        var due = DateTimeOffset.UtcNow.AddHours(1);
        new BackgroundJobClient(_factory.Services.GetRequiredService<JobStorage>())
            .Create(new Reporting.Scheduling.Running.JobCall("costs", new Dictionary<string, string?> { ["year"] = "2019" }).ToHangfireJob("lịch"),
                new Hangfire.States.ScheduledState(due.UtcDateTime));
        using var admin = await _factory.Session().SignedInAsync(ServeFactory.Admin, ServeFactory.AdminPassword);

        var page = new HtmlParser().ParseDocument(await admin.Client.GetStringAsync("/"));
        using var state = await admin.GetAsync($"/runs/{running}/state");

        Assert.AreEqual("Đang làm hồ sơ 3/11: Huyện Tuy Phong", page.QuerySelector($"tr[data-run='{running}'] .step")!.TextContent);
        Assert.AreEqual("true", page.QuerySelector($"tr[data-run='{running}']")!.GetAttribute("data-running"), "the page's script refreshes it");
        using var json = System.Text.Json.JsonDocument.Parse(await state.Content.ReadAsStringAsync());
        Assert.AreEqual("Đang làm hồ sơ 3/11: Huyện Tuy Phong", json.RootElement.GetProperty("step").GetString());
        var retry = Reporting.Domain.Calendar.VietnamTime.Of(due.UtcDateTime).ToString("HH:mm dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        Assert.AreEqual($"Sẽ thử lại lúc {retry}.", page.QuerySelector($"tr[data-run='{failed}'] .retry")!.TextContent);
        using var again = await admin.PostFormAsync("/", $"/runs/{failed}/rerun", []);
        Assert.AreEqual(HttpStatusCode.Conflict, again.StatusCode, "its retry is already waiting");
    }

    [TestMethod]
    public async Task Pages_that_cannot_be_shown_answer_in_vietnamese_with_a_way_back()
    {
        using var admin = await _factory.Session().SignedInAsync(ServeFactory.Admin, ServeFactory.AdminPassword);
        using var clerk = await _factory.Session().SignedInAsync(ServeFactory.Clerk, ServeFactory.ClerkPassword);

        using var missing = await admin.GetAsync("/khong-co-trang-nay");
        using var forbidden = await clerk.GetAsync("/so-lieu");
        using var noOutput = await admin.GetAsync($"/runs/{Guid.NewGuid()}/outputs/1");

        foreach (var (response, status, words, home) in new[]
        {
            (missing, HttpStatusCode.NotFound, "Không có trang này", "/"),
            (forbidden, HttpStatusCode.Forbidden, "Bạn không có quyền xem trang này", "/nop-so"),
            (noOutput, HttpStatusCode.NotFound, "Lần chạy này không có tệp kết quả đó", "/"),
        })
        {
            Assert.AreEqual(status, response.StatusCode);
            var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            StringAssert.Contains(page.QuerySelector("#error-page")!.TextContent, words);
            Assert.AreEqual(home, page.QuerySelector("#error-page a")!.GetAttribute("href"));
        }
    }

    [TestMethod]
    public async Task The_dashboard_names_a_job_in_vietnamese_with_its_parameters()
    {
        using var admin = await _factory.Session().SignedInAsync(ServeFactory.Admin, ServeFactory.AdminPassword);
        using var run = await admin.PostFormAsync("/", "/runs", new() { ["job"] = "conference", ["year"] = "2018", ["unit"] = "599" });
        var id = run.Headers.Location!.OriginalString.Split("queued=")[1];

        var details = WebUtility.HtmlDecode(await admin.Client.GetStringAsync($"/hangfire/jobs/details/{id}"));

        StringAssert.Contains(details, "Hồ sơ hội nghị năm 2018, Huyện Tánh Linh");
        Assert.DoesNotContain("ReportingJobs.ReportAsync", details);
    }

    [TestMethod]
    public async Task The_queued_message_is_shown_only_for_a_job_the_scheduler_holds()
    {
        using var admin = await _factory.Session().SignedInAsync(ServeFactory.Admin, ServeFactory.AdminPassword);

        var page = await admin.Client.GetStringAsync("/?queued=" + Uri.EscapeDataString("Dự toán kinh phí năm 2019"));

        Assert.DoesNotContain("Đã đưa vào hàng đợi", page);
    }

    [TestMethod]
    public async Task The_same_request_sent_twice_is_queued_once_and_the_second_is_told_it_is_on_its_way()
    {
        using var admin = await _factory.Session().SignedInAsync(ServeFactory.Admin, ServeFactory.AdminPassword);

        using var first = await admin.PostFormAsync("/", "/runs", new() { ["job"] = "monthly", ["month"] = "2018-03" });
        using var second = await admin.PostFormAsync("/", "/runs", new() { ["job"] = "monthly", ["month"] = "2018-03" });
        using var other = await admin.PostFormAsync("/", "/runs", new() { ["job"] = "monthly", ["month"] = "2018-04" });

        Assert.AreEqual(HttpStatusCode.Redirect, first.StatusCode);
        Assert.AreEqual(HttpStatusCode.Conflict, second.StatusCode);
        StringAssert.Contains(WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync()), "Báo cáo tháng 03/2018: đang chạy hoặc đang chờ chạy");
        Assert.AreEqual(HttpStatusCode.Redirect, other.StatusCode, "another month is another request");
        Assert.AreEqual(2L, EnqueuedJobs);
    }

    [TestMethod]
    public async Task A_refused_form_keeps_its_values_and_says_what_is_wrong_beside_the_field()
    {
        using var admin = await _factory.Session().SignedInAsync(ServeFactory.Admin, ServeFactory.AdminPassword);

        using var run = await admin.PostFormAsync("/", "/runs", new() { ["job"] = "pull", ["year"] = "2018", ["unit"] = "Xã Không Có" });

        Assert.AreEqual(HttpStatusCode.BadRequest, run.StatusCode);
        var form = new HtmlParser().ParseDocument(await run.Content.ReadAsStringAsync()).QuerySelector("#form-pull")!;
        Assert.AreEqual("Xã Không Có", form.QuerySelector("input[name=unit]")!.GetAttribute("value"));
        Assert.AreEqual("2018", form.QuerySelector("select[name=year] option[selected]")!.TextContent);
        var unitLabel = form.QuerySelector("input[name=unit]")!.ParentElement!;
        StringAssert.Contains(unitLabel.QuerySelector(".field-error")!.TextContent, "Mã đơn vị 'Xã Không Có' không phải là một xã hay một huyện");
    }

    [TestMethod]
    public async Task A_commune_chosen_by_its_name_runs_for_its_code()
    {
        using var admin = await _factory.Session().SignedInAsync(ServeFactory.Admin, ServeFactory.AdminPassword);
        var page = new HtmlParser().ParseDocument(await admin.Client.GetStringAsync("/"));
        var choice = page.QuerySelectorAll("#unit-choices option").Select(o => o.GetAttribute("value")!).Single(v => v.Contains("(23272)", StringComparison.Ordinal));

        using var byLabel = await admin.PostFormAsync("/", "/runs", new() { ["job"] = "pull", ["year"] = "2018", ["unit"] = choice });
        using var byName = await admin.PostFormAsync("/", "/runs", new() { ["job"] = "pull", ["year"] = "2019", ["unit"] = "xã ngũ phụng" });

        Assert.AreEqual("Xã Ngũ Phụng — Huyện Phú Quí (23272)", choice);
        Assert.AreEqual(HttpStatusCode.Redirect, byLabel.StatusCode);
        Assert.AreEqual(HttpStatusCode.Redirect, byName.StatusCode);
        using var storage = _factory.Services.GetRequiredService<JobStorage>().GetConnection();
        var calls = new[] { byLabel, byName }
            .Select(r => storage.GetJobData(r.Headers.Location!.OriginalString.Split("queued=")[1])!.Job)
            .Select(j => $"{j.Method.Name}({string.Join(",", j.Args.Take(2))})").ToList();
        CollectionAssert.AreEqual(new[] { "PullUnitAsync(23272,2018)", "PullUnitAsync(23272,2019)" }, calls);
    }

    [TestMethod]
    [DataRow("monthly", "month", "2018-13", "Tháng '2018-13' không hợp lệ")]
    [DataRow("monthly", "month", "2021-01", "Tháng phải thuộc các năm 2016–2020")]
    [DataRow("conference", "year", "2017", "Năm 2017 không có hội nghị")]
    [DataRow("figures", "period", "2016-2030", "Kỳ số liệu phải nằm trong 2016–2020")]
    [DataRow("costs", "year", "hai nghìn", "Năm 'hai nghìn' không hợp lệ")]
    [DataRow("drop-tables", "year", "2018", "Chưa chọn công việc")]
    [DataRow("pull", "unit", "602/../23272", "Mã đơn vị '602/../23272' không phải là một xã hay một huyện")]
    public async Task Run_request_with_bad_parameters_is_refused_with_what_to_correct(string job, string field, string value, string message)
    {
        using var admin = await _factory.Session().SignedInAsync(ServeFactory.Admin, ServeFactory.AdminPassword);

        using var run = await admin.PostFormAsync("/", "/runs", new() { ["job"] = job, [field] = value });

        Assert.AreEqual(HttpStatusCode.BadRequest, run.StatusCode);
        StringAssert.Contains(WebUtility.HtmlDecode(await run.Content.ReadAsStringAsync()), message);
        Assert.AreEqual(0L, EnqueuedJobs);
    }

    [TestMethod]
    public async Task Conference_unit_that_is_not_a_district_is_refused()
    {
        using var admin = await _factory.Session().SignedInAsync(ServeFactory.Admin, ServeFactory.AdminPassword);

        using var commune = await admin.PostFormAsync("/", "/runs", new() { ["job"] = "conference", ["year"] = "2018", ["unit"] = "23272" });
        using var district = await admin.PostFormAsync("/", "/runs", new() { ["job"] = "conference", ["year"] = "2018", ["unit"] = "593" });

        Assert.AreEqual(HttpStatusCode.BadRequest, commune.StatusCode);
        Assert.AreEqual(HttpStatusCode.Redirect, district.StatusCode);
        Assert.AreEqual(1L, EnqueuedJobs);
    }

    [TestMethod]
    public async Task Forms_posted_without_the_anti_forgery_field_are_refused()
    {
        using var admin = await _factory.Session().SignedInAsync(ServeFactory.Admin, ServeFactory.AdminPassword);

        using var run = await admin.PostWithoutTokenAsync("/runs", new() { ["job"] = "costs", ["year"] = "2019" });
        using var trigger = await admin.PostWithoutTokenAsync("/hangfire/recurring/trigger", new() { ["jobs[]"] = "monthly-summary" });
        using var logout = await admin.PostWithoutTokenAsync("/logout", []);
        using var anonymous = _factory.Session();
        using var login = await anonymous.PostWithoutTokenAsync("/login", new() { ["userName"] = ServeFactory.Admin, ["password"] = ServeFactory.AdminPassword });

        Assert.AreEqual(HttpStatusCode.BadRequest, run.StatusCode);
        Assert.AreEqual(HttpStatusCode.Forbidden, trigger.StatusCode);
        Assert.AreEqual(HttpStatusCode.BadRequest, logout.StatusCode);
        Assert.AreEqual(HttpStatusCode.BadRequest, login.StatusCode);
        Assert.AreEqual(0L, EnqueuedJobs);
        using var stillSignedIn = await admin.GetAsync("/");
        Assert.AreEqual(HttpStatusCode.OK, stillSignedIn.StatusCode, "the forged logout did not sign the admin out");
    }

    [TestMethod]
    public async Task Repeated_failed_logins_are_refused_for_a_while_even_with_the_right_password()
    {
        using var session = _factory.Session();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var wrong = await session.LoginAsync(ServeFactory.Admin, "doan-mo-" + attempt);
            Assert.AreEqual(HttpStatusCode.Unauthorized, wrong.StatusCode, $"attempt {attempt}");
        }

        using var throttled = await session.LoginAsync(ServeFactory.Admin, ServeFactory.AdminPassword);
        Assert.AreEqual(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.AreEqual(TimeSpan.FromMinutes(15), throttled.Headers.RetryAfter!.Delta);
        using (var stillOut = await session.GetAsync("/"))
            Assert.AreEqual(HttpStatusCode.Redirect, stillOut.StatusCode);

        _now += TimeSpan.FromMinutes(15);
        using var later = await session.LoginAsync(ServeFactory.Admin, ServeFactory.AdminPassword);
        Assert.AreEqual(HttpStatusCode.Redirect, later.StatusCode, "the window has passed");
    }

    [TestMethod]
    public async Task One_person_locked_out_leaves_the_others_behind_the_same_address_free_but_an_address_trying_many_names_is_stopped()
    {
        using (var session = _factory.Session())
        {
            for (var attempt = 1; attempt <= 5; attempt++)
                (await session.LoginAsync(ServeFactory.Admin, "doan-mo-" + attempt)).Dispose();
            using var locked = await session.LoginAsync(ServeFactory.Admin, ServeFactory.AdminPassword);
            Assert.AreEqual(HttpStatusCode.TooManyRequests, locked.StatusCode);
        }
        using (var colleague = _factory.Session())
        {
            using var signedIn = await colleague.LoginAsync(ServeFactory.Viewer, ServeFactory.ViewerPassword);
            Assert.AreEqual(HttpStatusCode.Redirect, signedIn.StatusCode, "the viewer at the same address is not locked out by the admin's mistakes");
        }

        using var guesser = _factory.Session();
        for (var name = 1; name <= 45; name++)
            (await guesser.LoginAsync($"ten-{name}", "doan-mo")).Dispose();
        using var stopped = await guesser.LoginAsync("ten-cuoi", "doan-mo");
        Assert.AreEqual(HttpStatusCode.TooManyRequests, stopped.StatusCode, "fifty attempts from one address, whatever the names");
    }

    [TestMethod]
    public async Task Failed_logins_sent_all_at_once_are_counted_before_any_is_checked()
    {
        var attempts = Enumerable.Range(1, 12).Select(async attempt =>
        {
            using var session = _factory.Session();
            using var response = await session.LoginAsync(ServeFactory.Admin, "doan-mo-" + attempt);
            return response.StatusCode;
        });

        var answers = await Task.WhenAll(attempts);

        Assert.AreEqual(5, answers.Count(a => a == HttpStatusCode.Unauthorized), string.Join(", ", answers));
        Assert.AreEqual(7, answers.Count(a => a == HttpStatusCode.TooManyRequests));
    }

    [TestMethod]
    [DataRow("//evil.example/phish")]
    [DataRow("/\\evil.example")]
    [DataRow("/\t/evil.example")]
    [DataRow("https://evil.example/")]
    public async Task Login_never_redirects_off_site(string returnUrl)
    {
        using var session = _factory.Session();

        using var login = await session.LoginAsync(ServeFactory.Admin, ServeFactory.AdminPassword, returnUrl);

        Assert.AreEqual("/", login.Headers.Location!.OriginalString);
    }

    [TestMethod]
    public async Task Session_of_a_user_since_removed_or_demoted_ends()
    {
        using var admin = await _factory.Session().SignedInAsync(ServeFactory.Admin, ServeFactory.AdminPassword);
        using var viewer = await _factory.Session().SignedInAsync(ServeFactory.Viewer, ServeFactory.ViewerPassword);
        await using var restarted = new ServeFactory(_pipeline, FakeClock.Reading(() => _now), new Dictionary<string, string?> { ["Web:Users:0:Role"] = "viewer" });

        using var demoted = await SendWithCookiesOfAsync(restarted, admin);
        using var unchanged = await SendWithCookiesOfAsync(restarted, viewer);

        Assert.AreEqual(HttpStatusCode.Redirect, demoted.StatusCode, "the admin's session ended when the admin became a viewer");
        Assert.AreEqual(HttpStatusCode.OK, unchanged.StatusCode, "the viewer's session carries over the restart (the keys are kept)");
    }

    private static async Task<HttpResponseMessage> SendWithCookiesOfAsync(ServeFactory server, WebSession session)
    {
        var cookies = session.Cookies;
        using var client = server.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", cookies);
        return await client.SendAsync(request);
    }

    [TestMethod]
    [DataRow("http://localhost", false)]
    [DataRow("https://localhost", true)]
    public async Task Cookies_are_http_only_same_site_strict_and_secure_when_served_over_https(string address, bool secure)
    {
        using var session = _factory.Session(new Uri(address));

        using var loginPage = await session.GetAsync("/login");
        using var login = await session.LoginAsync(ServeFactory.Admin, ServeFactory.AdminPassword);

        var cookies = loginPage.Headers.GetValues("Set-Cookie").Concat(login.Headers.GetValues("Set-Cookie")).ToList();
        foreach (var name in new[] { "reporting.session=", "reporting.antiforgery=" })
        {
            var cookie = cookies.First(c => c.StartsWith(name, StringComparison.Ordinal));
            StringAssert.Contains(cookie, "httponly", name);
            StringAssert.Contains(cookie, "samesite=strict", name);
            Assert.AreEqual(secure, cookie.Contains("secure", StringComparison.Ordinal), $"{name} over {address}: {cookie}");
        }
    }

    [TestMethod]
    [DataRow("127.0.0.1", null, true, DisplayName = "a proxy on this machine")]
    [DataRow("203.0.113.9", null, false, DisplayName = "a client that only claims https")]
    [DataRow("203.0.113.9", "203.0.113.9", true, DisplayName = "a proxy listed in Web:TrustedProxies")]
    public async Task Behind_a_proxy_ending_tls_cookies_are_secure_when_the_proxy_is_trusted(string client, string? trusted, bool secure)
    {
        var overrides = new Dictionary<string, string?>();
        if (trusted is not null)
            overrides["Web:TrustedProxies:0"] = trusted;
        await using var factory = new ServeFactory(_pipeline, FakeClock.Reading(() => _now), overrides, IPAddress.Parse(client));
        using var session = factory.Session();
        session.Client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        using var loginPage = await session.GetAsync("/login");

        var cookie = loginPage.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("reporting.antiforgery=", StringComparison.Ordinal));
        Assert.AreEqual(secure, cookie.Contains("secure", StringComparison.Ordinal), cookie);
    }

    [TestMethod]
    public async Task Unknown_user_and_wrong_password_get_the_same_answer()
    {
        using var session = _factory.Session();

        using var unknown = await session.LoginAsync("khong-co", "mat-khau-bat-ky");
        using var wrong = await session.LoginAsync(ServeFactory.Viewer, "mat-khau-sai");

        Assert.AreEqual(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.AreEqual(HttpStatusCode.Unauthorized, wrong.StatusCode);
        StringAssert.Contains(await unknown.Content.ReadAsStringAsync(), "Tên đăng nhập hoặc mật khẩu không đúng.");
        StringAssert.Contains(await wrong.Content.ReadAsStringAsync(), "Tên đăng nhập hoặc mật khẩu không đúng.");
    }
}
