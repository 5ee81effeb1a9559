using Microsoft.EntityFrameworkCore;
using Reporting.Data.Approval;
using Reporting.Data.Model;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;
using Reporting.IntegrationTests.Infrastructure;
using Reporting.Testing;

namespace Reporting.IntegrationTests.Approval;

/// <summary>
/// The approval cycle of one year on a province cut down to district 602 (Phú Quí) and its three
/// communes, counted by hand: submit, approve, send back, close, a late register, figures
/// unchanged, reopen, figures changed, and every step in the audit trail.
/// </summary>
public abstract class ClosingCycleScenarios
{
    private const int Year = 2018;
    private const string District = "602";
    private static readonly UnitDirectory PhuQui = new([.. UnitDirectory.Reference.Versions
        .Where(u => u.Level == UnitLevel.Province || u.Code == District || u.ParentCode == District)]);

    private PipelineFixture _pipeline = null!;

    protected abstract DatabaseProvider Provider { get; }

    [TestInitialize]
    public async Task CreatePipelineAsync()
    {
        _pipeline = await PipelineFixture.CreateAsync(Provider);
        // 23272: 3 households, 2 recognised. 23275: 1 recognised. 23278: 1 registered. The district assesses all three.
        RegisterBuilder.Commune("23272", Year)
            .Village("T01", 10, Steps.Recognized(Year))
            .Household("0001", "T01", Steps.Recognized(Year))
            .Household("0002", "T01", Steps.Recognized(Year))
            .Household("0003", "T01", Steps.Registered(Year))
            .SaveUnder(_pipeline.Source);
        RegisterBuilder.Commune("23275", Year)
            .Village("T01", 3, Steps.None)
            .Household("0001", "T01", Steps.Recognized(Year))
            .SaveUnder(_pipeline.Source);
        RegisterBuilder.Commune("23278", Year)
            .Village("T01", 4, Steps.None)
            .Household("0001", "T01", Steps.Registered(Year))
            .SaveUnder(_pipeline.Source);
        RegisterBuilder.District(District, Year)
            .Assessment("23272", [7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 6, 6, 6, 6, 5], "Tốt")
            .Assessment("23275", [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5], "Khá")
            .Assessment("23278", [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5], "Khá")
            .SaveUnder(_pipeline.Source);
        await _pipeline.PullAsync();
    }

    [TestCleanup]
    public async Task DisposePipelineAsync() => await _pipeline.DisposeAsync();

    private async Task<T> WithLedgerAsync<T>(Func<ApprovalLedger, Task<T>> use)
    {
        await using var db = _pipeline.Database.NewContext();
        return await use(new ApprovalLedger(db, PhuQui, TimeProvider.System));
    }

    private Task<YearApproval> StatusAsync() => WithLedgerAsync(l => l.StatusAsync(Year, CancellationToken.None));

    private async Task<ApprovalState> StateOfAsync(string unit) => (await StatusAsync()).Units.Single(u => u.Unit.Code == unit).State;

    private async Task<long?> RecognizedFamiliesAsync(string code, UnitLevel level) =>
        (await _pipeline.FiguresAsync(Year)).Single(r => r.Level == level && r.UnitCode == code && r.Title == Title.Family).Recognized;

    private async Task ApproveAllAsync(params string[] units)
    {
        foreach (var unit in units)
            await WithLedgerAsync(l => l.ApproveAsync(Year, unit, "web:duyet-602", CancellationToken.None));
    }

    [TestMethod]
    public async Task Registers_counted_are_submitted_and_units_without_one_are_missing()
    {
        var status = await StatusAsync();
        Assert.AreEqual(4, status.Units.Count);
        Assert.IsTrue(status.Units.All(u => u.State == ApprovalState.Submitted), string.Join(", ", status.Units.Select(u => $"{u.Unit.Code}:{u.State}")));
        var trail = await WithLedgerAsync(l => l.TrailAsync(Year, null, CancellationToken.None));
        Assert.AreEqual(4, trail.Count(s => s.Action == ApprovalAction.Submitted));
        Assert.IsFalse(status.IsClosed);

        await using var db = _pipeline.Database.NewContext();
        db.RegisterVersions.Remove(await db.RegisterVersions.SingleAsync(v => v.UnitCode == "23278"));
        await db.SaveChangesAsync();
        Assert.AreEqual(ApprovalState.Missing, await StateOfAsync("23278"));
        var refused = await Assert.ThrowsExactlyAsync<ApprovalRefusedException>(() => ApproveAllAsync("23278"));
        StringAssert.Contains(refused.Message, "chưa có sổ năm 2018");
    }

    [TestMethod]
    public async Task The_whole_cycle_keeps_the_closed_figures_until_the_year_is_reopened()
    {
        await ApproveAllAsync("23272");
        Assert.AreEqual(ApprovalState.Approved, await StateOfAsync("23272"));
        await Assert.ThrowsExactlyAsync<ApprovalRefusedException>(() => WithLedgerAsync(l => l.SendBackAsync(Year, "23278", "web:duyet-602", " ", CancellationToken.None)));
        await WithLedgerAsync(l => l.SendBackAsync(Year, "23278", "web:duyet-602", "Thiếu thôn T02", CancellationToken.None));
        Assert.AreEqual(ApprovalState.SentBack, await StateOfAsync("23278"));

        // Closing without a reason waits for every unit: 23275 and the district wait, 23278 was sent back.
        var early = await Assert.ThrowsExactlyAsync<ApprovalRefusedException>(() => WithLedgerAsync(l => l.CloseAsync(Year, "web:admin", null, CancellationToken.None)));
        StringAssert.Contains(early.Message, "còn 3 đơn vị chưa được duyệt (2 chờ duyệt, 1 trả lại)");

        // The corrected register submits 23278 again; the district approves the rest, the province closes.
        RegisterBuilder.Commune("23278", Year, new DateTime(Year + 1, 4, 20))
            .Village("T01", 4, Steps.None)
            .Village("T02", 2, Steps.None)
            .Household("0001", "T01", Steps.Registered(Year))
            .SaveUnder(_pipeline.Source, "23278_2018_sua.xlsx");
        await _pipeline.PullAsync();
        Assert.AreEqual(ApprovalState.Submitted, await StateOfAsync("23278"));
        await ApproveAllAsync("23275", "23278", District);
        var closing = await WithLedgerAsync(l => l.CloseAsync(Year, "web:admin", null, CancellationToken.None));
        Assert.AreEqual((0, (string?)null), (closing.UnapprovedUnits, closing.Reason));
        Assert.AreEqual(2L, await RecognizedFamiliesAsync("23272", UnitLevel.Commune));
        Assert.AreEqual(3L, await RecognizedFamiliesAsync("60", UnitLevel.Province));
        await Assert.ThrowsExactlyAsync<ApprovalRefusedException>(() => WithLedgerAsync(l => l.SendBackAsync(Year, "23272", "web:duyet-602", "Sai", CancellationToken.None)));

        // 23272 sends a newer register: every household recognised and one more. Kept, checked, held.
        RegisterBuilder.Commune("23272", Year, new DateTime(Year + 1, 5, 2))
            .Village("T01", 10, Steps.Recognized(Year))
            .Household("0001", "T01", Steps.Recognized(Year))
            .Household("0002", "T01", Steps.Recognized(Year))
            .Household("0003", "T01", Steps.Recognized(Year))
            .Household("0004", "T01", Steps.Recognized(Year))
            .SaveUnder(_pipeline.Source, "23272_2018_bo_sung.xlsx");
        var late = (await _pipeline.PullAsync()).Files.Single(f => f.Outcome != FileOutcome.Unchanged);
        Assert.AreEqual(FileOutcome.Accepted, late.Outcome);
        StringAssert.Contains(late.Message, "Nhận sau khi chốt số liệu năm 2018");
        StringAssert.Contains(late.Message, "Gia đình hiếu học: số hộ 3 → 4; Gia đình hiếu học: đăng ký 3 → 4; Gia đình hiếu học: công nhận 2 → 4");
        Assert.AreEqual(2L, await RecognizedFamiliesAsync("23272", UnitLevel.Commune));
        Assert.AreEqual(3L, await RecognizedFamiliesAsync("60", UnitLevel.Province));
        Assert.AreEqual(ApprovalState.Approved, await StateOfAsync("23272"));

        await Assert.ThrowsExactlyAsync<ApprovalRefusedException>(() => WithLedgerAsync(l => l.ReopenAsync(Year, "web:admin", "", CancellationToken.None)));
        await WithLedgerAsync(l => l.ReopenAsync(Year, "web:admin", "Xã Tam Thanh bổ sung sổ", CancellationToken.None));
        Assert.AreEqual(1, await _pipeline.CountHeldAsync("web:admin"));
        Assert.AreEqual(4L, await RecognizedFamiliesAsync("23272", UnitLevel.Commune));
        Assert.AreEqual(5L, await RecognizedFamiliesAsync("60", UnitLevel.Province));
        Assert.AreEqual(ApprovalState.Submitted, await StateOfAsync("23272"));
        Assert.AreEqual(0, await _pipeline.CountHeldAsync("web:admin"));

        // Closing again without approving the new register needs a reason, and records it.
        var again = await WithLedgerAsync(l => l.CloseAsync(Year, "web:admin", "Huyện duyệt sau", CancellationToken.None));
        Assert.AreEqual((1, "Huyện duyệt sau"), (again.UnapprovedUnits, again.Reason));

        var trail = (await WithLedgerAsync(l => l.TrailAsync(Year, null, CancellationToken.None))).Reverse().Select(s => (s.UnitCode, s.Action)).ToList();
        CollectionAssert.IsSubsetOf(new[]
        {
            ("23272", ApprovalAction.Approved), ("23278", ApprovalAction.SentBack), ("60", ApprovalAction.Closed),
            ("23272", ApprovalAction.ReceivedAfterClosing), ("60", ApprovalAction.Reopened), ("23272", ApprovalAction.AppliedAfterReopening),
        }, trail);
        Assert.AreEqual(2, trail.Count(s => s == ("60", ApprovalAction.Closed)));
        var sentBack = (await WithLedgerAsync(l => l.TrailAsync(Year, "23278", CancellationToken.None))).Single(s => s.Action == ApprovalAction.SentBack);
        Assert.AreEqual(("web:duyet-602", "Thiếu thôn T02"), (sentBack.Actor, sentBack.Reason));
    }

    [TestMethod]
    public async Task Two_admins_closing_at_once_close_the_year_once()
    {
        var attempts = await Task.WhenAll(Enumerable.Range(0, 2).Select(i => Task.Run(async () =>
        {
            try
            {
                await WithLedgerAsync(l => l.CloseAsync(Year, $"web:admin{i}", "Họp chốt số liệu", CancellationToken.None));
                return null;
            }
            catch (ApprovalRefusedException refused)
            {
                return refused.Message;
            }
        })));
        Assert.AreEqual(1, attempts.Count(a => a is null), string.Join(" | ", attempts));
        StringAssert.Contains(attempts.Single(a => a is not null), "đã được chốt lúc");
        await using var db = _pipeline.Database.NewContext();
        Assert.AreEqual(1, await db.YearClosings.CountAsync(c => c.Year == Year));
        Assert.AreEqual(1, await db.ApprovalSteps.CountAsync(s => s.Action == ApprovalAction.Closed));
    }
}

[TestClass]
public sealed class SqliteClosingCycleTests : ClosingCycleScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[TestClass]
public sealed class PostgresClosingCycleTests : ClosingCycleScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}
