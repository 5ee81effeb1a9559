using System.Net;
using PuppeteerSharp;
using Reporting.App.Web.Security;
using Reporting.Data.Model;
using Reporting.IntegrationTests.Infrastructure;
using Reporting.IntegrationTests.Web;
using Reporting.Testing;

namespace Reporting.IntegrationTests.Browser;

/// <summary>
/// The pages as a person uses them, in headless Chromium against a real <c>reporting serve</c>:
/// sign in, compute a year's figures from the admin page, find a district's families and its
/// communes below target, download a run's workbook, and the same pages on a 390 px phone.
/// Screenshots of each step are kept with the test results.
/// </summary>
[TestClass]
[TestCategory(Categories.Slow)]
public sealed class BrowserScenarios
{
    private const string TanhLinh = "599";
    private PipelineFixture _pipeline = null!;
    private ServeProcess _serve = null!;
    private IBrowser _browser = null!;

    public TestContext TestContext { get; set; } = null!;

    [TestInitialize]
    public async Task StartAsync()
    {
        _pipeline = await PipelineFixture.CreateAsync(DatabaseProvider.Sqlite);
        var mountain = RegisterBuilder.Commune("23152", 2018).Village("T01", 10, Steps.Recognized(2018));
        for (var h = 1; h <= 7; h++)
            mountain = mountain.Household($"000{h}", "T01", Steps.Recognized(2018));
        mountain.SaveUnder(_pipeline.Source);
        var town = RegisterBuilder.Commune("23149", 2018).Village("K01", 10, Steps.Registered(2018));
        for (var h = 1; h <= 3; h++)
            town = town.Household($"000{h}", "K01", Steps.Recognized(2018));
        town.SaveUnder(_pipeline.Source);
        Assert.IsFalse((await _pipeline.PullAsync()).AnythingRejected);
        var settings = AppSettings.ForServer(_pipeline);
        settings["Web:Users:1:Name"] = ServeFactory.Viewer;
        settings["Web:Users:1:PasswordHash"] = UserDirectory.Hash(ServeFactory.ViewerPassword);
        settings["Web:Users:1:Role"] = Roles.Viewer;
        settings["Web:Users:2:Name"] = ServeFactory.DistrictApprover;
        settings["Web:Users:2:PasswordHash"] = UserDirectory.Hash(ServeFactory.DistrictApproverPassword);
        settings["Web:Users:2:Role"] = Roles.District;
        settings["Web:Users:2:Units:0"] = TanhLinh;
        _serve = await ServeProcess.StartAsync(_pipeline.Folder, settings);
        _browser = await Chromium.LaunchAsync();
    }

    [TestCleanup]
    public async Task StopAsync()
    {
        await _browser.DisposeAsync();
        await _serve.DisposeAsync();
        await _pipeline.DisposeAsync();
    }

    [TestMethod]
    public async Task An_admin_computes_the_figures_and_a_viewer_finds_the_district_s_families_and_communes_below_target()
    {
        await using (var admin = await SignedInAsync(ServeFactory.Admin, ServeFactory.AdminPassword))
        {
            await admin.SelectAsync("#form-figures select[name=period]", "2018");
            await SubmitAsync(admin, "#form-figures button");
            StringAssert.Contains(await admin.TextOfAsync("#message"), "Đã đưa vào hàng đợi: Tính số liệu năm 2018.");
            await WaitForRowAsync(admin, "Tính số liệu năm 2018", "Thành công");
            await ShotAsync(admin, "1-admin-run-list");
        }

        await using var viewer = await SignedInAsync(ServeFactory.Viewer, ServeFactory.ViewerPassword);
        await GoAsync(viewer, "/so-lieu?period=2018&title=family");
        await ShotAsync(viewer, "2-province-by-district");
        await ClickAndWaitAsync(viewer, "xpath///table[@id='figures']//a[text()='Huyện Tánh Linh']");

        var district = await viewer.EvaluateFunctionAsync<string[][]>(
            "() => [...document.querySelectorAll('#figures tr')].slice(1).map(r => [...r.cells].map(c => c.textContent.trim()))");
        var total = district[^1];
        Assert.AreEqual(("Huyện Tánh Linh", "20", "10"), (total[0], total[1], total[4]), "families recognised in Huyện Tánh Linh in 2018");
        var below = await viewer.EvaluateFunctionAsync<string[]>("() => [...document.querySelectorAll('#below-target li')].map(li => li.textContent)");
        Assert.HasCount(1, below);
        StringAssert.StartsWith(below[0], "Thị trấn Lạc Tánh");
        Assert.IsTrue(await viewer.EvaluateFunctionAsync<bool>("() => [...document.querySelectorAll('section.chart img')].every(i => i.complete && i.naturalWidth > 0)"),
            "the charts render");
        await ShotAsync(viewer, "3-district-communes");

        await ClickAndWaitAsync(viewer, "xpath///table[@id='figures']//a[text()='Xã Bắc Ruộng']");
        StringAssert.Contains(await viewer.TextOfAsync("#figures"), "Thôn T01");
    }

    [TestMethod]
    public async Task A_run_started_in_the_browser_shows_its_outcome_and_its_workbook_downloads()
    {
        await using var admin = await SignedInAsync(ServeFactory.Admin, ServeFactory.AdminPassword);

        await admin.SelectAsync("#form-monthly select[name=month]", "2018-12");
        await SubmitAsync(admin, "#form-monthly button");
        var row = await WaitForRowAsync(admin, "Báo cáo tháng 12/2018", "Thành công");
        await ShotAsync(admin, "4-monthly-done");

        var href = await admin.EvaluateFunctionAsync<string>(
            "id => [...document.querySelector(`tr[data-run='${id}']`).querySelectorAll('a')].find(a => a.textContent.endsWith('.xlsx')).href", row);
        var download = await admin.EvaluateFunctionAsync<int[]>(
            "async href => { const r = await fetch(href); const b = await r.arrayBuffer(); return [r.status, b.byteLength]; }", href);
        Assert.AreEqual(200, download[0]);
        Assert.IsGreaterThan(5_000, download[1], "a workbook, not an error page");
    }

    [TestMethod]
    public async Task A_district_approves_one_commune_sends_the_other_back_and_the_province_closes_the_year()
    {
        await using (var approver = await SignedInAsync(ServeFactory.DistrictApprover, ServeFactory.DistrictApproverPassword))
        {
            Assert.AreEqual("/duyet-so", new Uri(approver.Url).AbsolutePath, "a district approver starts on their page");
            await approver.SelectAsync("#year", "2018");
            await ClickAndWaitAsync(approver, "#closing form[method=get] button");
            StringAssert.Contains(await approver.TextOfAsync("#summary"), "0/15 đơn vị đã duyệt; còn 13 chưa nộp sổ, 2 chờ duyệt.");
            await ClickAndWaitAsync(approver, "#unit-23152 form[action='/duyet-so/duyet'] button");
            StringAssert.Contains(await approver.TextOfAsync("#message"), "Đã duyệt sổ năm 2018 của Xã Bắc Ruộng.");
            await approver.TypeAsync("#unit-23149 input[name=reason]", "Thôn K01 thiếu ngày công nhận");
            await ClickAndWaitAsync(approver, "#unit-23149 form[action='/duyet-so/tra-lai'] button");
            StringAssert.Contains(await approver.TextOfAsync("#unit-23149"), "Lý do: Thôn K01 thiếu ngày công nhận");
            await ShotAsync(approver, "8-district-approval");
        }

        await using var admin = await SignedInAsync(ServeFactory.Admin, ServeFactory.AdminPassword);
        await GoAsync(admin, "/duyet-so?year=2018");
        await admin.TypeAsync("#close input[name=reason]", "Kịp hội nghị sơ kết");
        await ClickAndWaitAsync(admin, "#close button");
        StringAssert.Contains(await admin.TextOfAsync("#closed-state"), "Số liệu năm 2018 đã chốt lúc");
        StringAssert.Contains(await admin.TextOfAsync("#trail"), "Kịp hội nghị sơ kết");
        await ShotAsync(admin, "9-province-closed");
    }

    [TestMethod]
    public async Task On_a_390_pixel_phone_the_pages_fit_the_screen()
    {
        await using var admin = await SignedInAsync(ServeFactory.Admin, ServeFactory.AdminPassword);
        await admin.SetViewportAsync(new ViewPortOptions { Width = 390, Height = 844, DeviceScaleFactor = 2, IsMobile = true, HasTouch = true });

        foreach (var (path, shot) in new[] { ("/", "5-phone-admin"), ("/so-lieu?period=2018&unit=599&title=family", "6-phone-figures"), ("/khong-co", "7-phone-404"), ("/duyet-so?year=2018", "7-phone-approval") })
        {
            await GoAsync(admin, path, expectOk: path != "/khong-co");
            var width = await admin.EvaluateExpressionAsync<int>("document.documentElement.scrollWidth");
            await ShotAsync(admin, shot);
            Assert.IsLessThanOrEqualTo(390, width, $"{path} is {width} px wide on a 390 px screen");
        }
    }

    private async Task<IPage> SignedInAsync(string user, string password)
    {
        var page = await _browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = 1280, Height = 900 });
        await GoAsync(page, "/login");
        await page.TypeAsync("input[name=userName]", user);
        await page.TypeAsync("input[name=password]", password);
        await ClickAndWaitAsync(page, "form[action='/login'] button");
        Assert.AreNotEqual("/login", new Uri(page.Url).AbsolutePath, $"{user} did not get past the sign-in page");
        return page;
    }

    private async Task GoAsync(IPage page, string path, bool expectOk = true)
    {
        var response = await page.GoToAsync(new Uri(_serve.Address, path).ToString(), WaitUntilNavigation.Load);
        if (expectOk)
            Assert.AreEqual(HttpStatusCode.OK, response.Status, path);
    }

    private static async Task ClickAndWaitAsync(IPage page, string selector)
    {
        var element = await page.WaitForSelectorAsync(selector, new WaitForSelectorOptions { Timeout = 10_000 });
        await Task.WhenAll(page.WaitForNavigationAsync(), element.ClickAsync());
    }

    private static Task SubmitAsync(IPage page, string button) => ClickAndWaitAsync(page, button);

    /// <summary>Waits for the newest run list row of the job to reach the status, as the page's own refresh shows it; returns the run's id.</summary>
    private static async Task<string> WaitForRowAsync(IPage page, string title, string status)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            try
            {
                var found = await page.EvaluateFunctionAsync<string?>(
                    "(title, status) => { const row = [...document.querySelectorAll('tr.run')].find(r => r.cells[1].textContent === title); "
                    + "return row && row.querySelector('.status').textContent === status ? row.dataset.run : null; }", title, status);
                if (found is not null)
                    return found;
                // A row not yet listed appears when the page is loaded again; a running one refreshes itself.
                if (await page.EvaluateFunctionAsync<bool>("title => ![...document.querySelectorAll('tr.run')].some(r => r.cells[1].textContent === title)", title))
                    await page.ReloadAsync();
            }
            catch (PuppeteerException)
            {
                // The page reloaded itself (a run ended) while it was asked.
            }
            if (DateTime.UtcNow > deadline)
                throw new AssertFailedException($"'{title}' did not reach '{status}':\n{await page.EvaluateExpressionAsync<string>("document.querySelector('#run-list').innerText")}");
            await Task.Delay(500);
        }
    }

    private async Task ShotAsync(IPage page, string name)
    {
        var folder = Path.Combine(TestContext.TestResultsDirectory ?? Path.GetTempPath(), "screenshots");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, name + ".png");
        await page.ScreenshotAsync(file, new ScreenshotOptions { FullPage = true });
        TestContext.AddResultFile(file);
    }
}

internal static class PageText
{
    public static Task<string> TextOfAsync(this IPage page, string selector) =>
        page.EvaluateFunctionAsync<string>("s => document.querySelector(s).textContent", selector);
}
