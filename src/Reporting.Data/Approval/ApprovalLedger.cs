using Microsoft.EntityFrameworkCore;
using Reporting.Data.Model;
using Reporting.Domain.Calendar;
using Reporting.Domain.Units;

namespace Reporting.Data.Approval;

/// <summary>
/// Approval by level and closing of a year, as DHIS2's data approval: a unit's register is
/// submitted when it is counted, the level above approves it or sends it back, and the province
/// closes the year. Every step goes to the audit trail. Who may take a step is the caller's
/// question (the web's roles, the command line's operator); whether the year allows it is this one's.
/// </summary>
public sealed class ApprovalLedger(ReportingDbContext db, UnitDirectory units, TimeProvider clock)
{
    private static readonly ApprovalAction[] StateSteps = [ApprovalAction.Submitted, ApprovalAction.Approved, ApprovalAction.SentBack];

    public Task<YearClosing?> ClosingAsync(int year, CancellationToken cancellationToken) =>
        db.YearClosings.AsNoTracking().FirstOrDefaultAsync(c => c.Year == year && c.ReopenedAt == null, cancellationToken);

    /// <summary>The closings in force, by year.</summary>
    public async Task<IReadOnlyDictionary<int, YearClosing>> ClosingsAsync(CancellationToken cancellationToken) =>
        await db.YearClosings.AsNoTracking().Where(c => c.ReopenedAt == null).ToDictionaryAsync(c => c.Year, cancellationToken);

    /// <summary>Every commune and district that keeps a register in the year, with where its register stands.</summary>
    public async Task<YearApproval> StatusAsync(int year, CancellationToken cancellationToken)
    {
        var versions = await db.RegisterVersions.AsNoTracking().Where(v => v.Year == year)
            .ToDictionaryAsync(v => v.UnitCode, v => v.RegisterFileId, StringComparer.Ordinal, cancellationToken);
        var steps = await db.ApprovalSteps.AsNoTracking().Where(s => s.Year == year && StateSteps.Contains(s.Action))
            .OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var last = new Dictionary<string, ApprovalStep>(StringComparer.Ordinal);
        foreach (var step in steps)
            last[step.UnitCode] = step;
        var approvals = units.In(year, UnitLevel.District).Concat(units.In(year, UnitLevel.Commune))
            .OrderBy(u => u.Level == UnitLevel.District ? u.Code : u.ParentCode, StringComparer.Ordinal)
            .ThenBy(u => u.Level).ThenBy(u => u.Code, StringComparer.Ordinal)
            .Select(unit =>
            {
                var fileId = versions.TryGetValue(unit.Code, out var id) ? id : (long?)null;
                var step = last.GetValueOrDefault(unit.Code);
                var state = fileId is null ? ApprovalState.Missing : step?.Action switch
                {
                    ApprovalAction.Approved => ApprovalState.Approved,
                    ApprovalAction.SentBack => ApprovalState.SentBack,
                    _ => ApprovalState.Submitted,
                };
                return new UnitApproval(unit, state, step, fileId);
            })
            .ToList();
        return new YearApproval(year, approvals, await ClosingAsync(year, cancellationToken));
    }

    /// <summary>The year's audit trail, newest first: every step of every unit, and the closings.</summary>
    public async Task<IReadOnlyList<ApprovalStep>> TrailAsync(int year, string? unitCode, CancellationToken cancellationToken) =>
        await db.ApprovalSteps.AsNoTracking()
            .Where(s => s.Year == year && (unitCode == null || s.UnitCode == unitCode))
            .OrderByDescending(s => s.Id).ToListAsync(cancellationToken);

    public Task<ApprovalStep> ApproveAsync(int year, string unitCode, string actor, CancellationToken cancellationToken) =>
        DecideAsync(year, unitCode, actor, ApprovalAction.Approved, null, cancellationToken);

    public Task<ApprovalStep> SendBackAsync(int year, string unitCode, string actor, string reason, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(reason)
            ? throw new ApprovalRefusedException("Trả lại sổ cần ghi lý do, để đơn vị biết phải sửa gì.")
            : DecideAsync(year, unitCode, actor, ApprovalAction.SentBack, reason.Trim(), cancellationToken);

    private async Task<ApprovalStep> DecideAsync(int year, string unitCode, string actor, ApprovalAction action, string? reason, CancellationToken cancellationToken)
    {
        var unit = units.Find(unitCode, year) is { Level: UnitLevel.Commune or UnitLevel.District } found
            ? found
            : throw new ApprovalRefusedException($"Mã {unitCode} không phải xã hay huyện nào trong năm {year}.");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await ClosingLock.TakeAsync(db, year, cancellationToken);
        if (await ClosingLock.InForceAsync(db, year, cancellationToken) is { } closing)
            throw new ApprovalRefusedException($"Số liệu năm {year} đã chốt ngày {Day(closing.ClosedAt)}: muốn duyệt hay trả lại sổ, tỉnh cần mở lại năm này.");
        var current = (await StatusAsync(year, cancellationToken)).Units.Single(u => u.Unit.Code == unit.Code);
        if (current.State == ApprovalState.Missing)
            throw new ApprovalRefusedException($"{unit.Name} chưa có sổ năm {year} được tính: chưa có gì để duyệt.");
        if (action == ApprovalAction.Approved && current.State == ApprovalState.Approved)
            throw new ApprovalRefusedException($"Sổ năm {year} của {unit.Name} đã được duyệt ({Who(current.LastStep!)}).");
        var step = Step(year, unit.Code, action, actor, reason, current.RegisterFileId);
        db.ApprovalSteps.Add(step);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return step;
    }

    /// <summary>
    /// Closes the year: from now on a register of it is kept and checked but not counted. Every
    /// unit approved, or a reason for closing without them (their current registers are closed as
    /// they stand). Refused when the year is closed already, also when another admin closed it a
    /// moment ago.
    /// </summary>
    public async Task<YearClosing> CloseAsync(int year, string actor, string? reason, CancellationToken cancellationToken)
    {
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await ClosingLock.TakeAsync(db, year, cancellationToken);
        if (await ClosingLock.InForceAsync(db, year, cancellationToken) is { } closed)
            throw AlreadyClosed(year, closed);
        var status = await StatusAsync(year, cancellationToken);
        var notApproved = status.NotApproved;
        if (notApproved.Count > 0 && reason is null)
            throw new ApprovalRefusedException(
                $"Chưa thể chốt số liệu năm {year}: còn {notApproved.Count} đơn vị chưa được duyệt ({status.NotApprovedInWords}). " +
                "Duyệt hết, hoặc ghi lý do để chốt khi chưa duyệt hết.");
        var closing = new YearClosing
        {
            Year = year, ClosedAt = Now, ClosedBy = actor, Reason = reason, UnapprovedUnits = notApproved.Count,
        };
        db.YearClosings.Add(closing);
        db.ApprovalSteps.Add(Step(year, ProvinceCode(year), ApprovalAction.Closed, actor, reason, null));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique index on the year's closing in force: another admin closed it first.
            db.ChangeTracker.Clear();
            throw await ClosedMeanwhileAsync(year) is { } other ? AlreadyClosed(year, other) : new ApprovalRefusedException($"Chưa chốt được số liệu năm {year}; hãy thử lại.");
        }
        db.ChangeTracker.Clear();
        return closing;
    }

    /// <summary>Reopens a closed year with a reason; the registers held meanwhile are then counted by the pull stage.</summary>
    public async Task<YearClosing> ReopenAsync(int year, string actor, string reason, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new ApprovalRefusedException("Mở lại số liệu đã chốt cần ghi lý do.");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await ClosingLock.TakeAsync(db, year, cancellationToken);
        var closing = await ClosingLock.InForceAsync(db, year, cancellationToken)
            ?? throw new ApprovalRefusedException($"Số liệu năm {year} chưa chốt: không có gì để mở lại.");
        closing.ReopenedAt = Now;
        closing.ReopenedBy = actor;
        closing.ReopenReason = reason.Trim();
        db.ApprovalSteps.Add(Step(year, ProvinceCode(year), ApprovalAction.Reopened, actor, closing.ReopenReason, null));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return closing;
    }

    /// <summary>"15/03/2019 09:30, web:an".</summary>
    public static string Who(ApprovalStep step) => $"{At(step.At)}, {step.Actor}";

    public static string Day(DateTime utc) => VietnamTime.Of(utc).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    public static string At(DateTime utc) => VietnamTime.Of(utc).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private string ProvinceCode(int year) => units.In(year, UnitLevel.Province).First().Code;

    private ApprovalStep Step(int year, string unitCode, ApprovalAction action, string actor, string? reason, long? fileId) => new()
    {
        Year = year, UnitCode = unitCode, Action = action, Actor = actor, At = Now, Reason = reason, RegisterFileId = fileId,
    };

    private async Task<YearClosing?> ClosedMeanwhileAsync(int year)
    {
        await using var fresh = ReportingDatabase.CreateContext(db.Database.GetConnectionString()!);
        return await ClosingLock.InForceAsync(fresh, year, CancellationToken.None);
    }

    private static ApprovalRefusedException AlreadyClosed(int year, YearClosing closing) =>
        new($"Số liệu năm {year} đã được chốt lúc {At(closing.ClosedAt)} ({closing.ClosedBy}).");
}
