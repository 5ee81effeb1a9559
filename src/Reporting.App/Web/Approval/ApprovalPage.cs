using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Reporting.Data;
using Reporting.Data.Approval;
using Reporting.Data.Model;
using Reporting.Domain.Registers;
using Reporting.Domain.Units;

namespace Reporting.App.Web.Approval;

/// <summary>What the approval page shows of a year, limited to what the user sees.</summary>
internal sealed record ApprovalPage(
    int Year, IReadOnlyList<int> Years, string? Message, string? Error, bool IsClosed, string Closing, string? ClosingReason,
    bool MayClose, string Summary, IReadOnlyList<DistrictBlock> Districts, IReadOnlyList<HeldLine> Held, IReadOnlyList<TrailLine> Trail, int TrailMax)
{
    public const int MaxTrailRows = 200;

    public static async Task<ApprovalPage> LoadAsync(IServiceProvider services, ApproverScope scope, int year, string? message, string? error,
        CancellationToken cancellationToken)
    {
        var approvals = services.GetRequiredService<ApprovalLedger>();
        var units = services.GetRequiredService<UnitDirectory>();
        var db = services.GetRequiredService<ReportingDbContext>();
        var status = await approvals.StatusAsync(year, cancellationToken);
        var seen = status.Units.Where(u => scope.Sees(u.Unit)).ToList();
        var districts = seen.GroupBy(u => ApproverScope.DistrictOf(u.Unit))
            .Select(g => new DistrictBlock(units.Find(g.Key, year)?.Name ?? g.Key, g.Key, Counted(g.ToList()),
                g.Select(u => UnitLine.Of(u, !status.IsClosed && scope.MayDecide(u.Unit))).ToList(), Open: false))
            .ToList();
        // One district is shown open; the province's ten are folded to their counts, opened one at a time.
        if (districts.Count == 1)
            districts[0] = districts[0] with { Open = true };
        var codes = seen.Select(u => u.Unit.Code).ToHashSet(StringComparer.Ordinal);
        var province = units.In(year, UnitLevel.Province).First().Code;
        var held = await db.RegisterFiles.AsNoTracking().Where(f => f.Year == year && f.HeldByClosingId != null)
            .OrderByDescending(f => f.ReceivedAt).ThenByDescending(f => f.Id).ToListAsync(cancellationToken);
        var trail = (await approvals.TrailAsync(year, null, cancellationToken))
            .Where(s => s.UnitCode == province || codes.Contains(s.UnitCode)).Take(MaxTrailRows)
            .Select(s => TrailLine.Of(s, units.Find(s.UnitCode, year)?.Name ?? s.UnitCode)).ToList();
        var closing = status.Closing;
        return new ApprovalPage(
            year,
            services.GetRequiredService<ProgrammePeriod>().Years.ToList(),
            message,
            error,
            status.IsClosed,
            closing is null
                ? $"Số liệu năm {year} chưa chốt."
                : $"Số liệu năm {year} đã chốt lúc {ApprovalLedger.At(closing.ClosedAt)} ({closing.ClosedBy})"
                    + (closing.UnapprovedUnits > 0 ? $", khi còn {closing.UnapprovedUnits} đơn vị chưa được duyệt." : ", khi mọi đơn vị đã được duyệt."),
            closing?.Reason,
            scope.MayClose,
            Counted(seen),
            districts,
            held.Where(f => f.UnitCode is { } code && codes.Contains(code))
                .Select(f => new HeldLine(ApprovalLedger.At(f.ReceivedAt), units.Find(f.UnitCode!, year)?.Name ?? f.UnitCode!, f.FileName, f.Message ?? "")).ToList(),
            trail,
            MaxTrailRows);
    }

    /// <summary>"12/14 đơn vị đã duyệt; còn 1 chưa nộp sổ, 1 chờ duyệt".</summary>
    private static string Counted(IReadOnlyList<UnitApproval> units)
    {
        var year = new YearApproval(0, units, null);
        var approved = units.Count - year.NotApproved.Count;
        return year.NotApproved.Count == 0
            ? $"{approved}/{units.Count} đơn vị đã duyệt."
            : $"{approved}/{units.Count} đơn vị đã duyệt; còn {year.NotApprovedInWords}.";
    }
}

internal sealed record DistrictBlock(string Name, string Code, string Summary, IReadOnlyList<UnitLine> Units, bool Open);

internal sealed record UnitLine(string Code, string Name, string State, string StateClass, string? LastStep, string? Reason, bool MayApprove, bool MaySendBack)
{
    public static UnitLine Of(UnitApproval approval, bool mayDecide) => new(
        approval.Unit.Code,
        approval.Unit.Name,
        approval.State.Vietnamese(),
        approval.State switch
        {
            ApprovalState.Approved => "succeeded",
            ApprovalState.SentBack or ApprovalState.Missing => "failed",
            _ => "running",
        },
        approval.LastStep is { } step ? $"{step.Action.Vietnamese()}: {ApprovalLedger.Who(step)}" : null,
        approval.LastStep?.Reason,
        mayDecide && approval.State is ApprovalState.Submitted or ApprovalState.SentBack,
        mayDecide && approval.State is ApprovalState.Submitted or ApprovalState.Approved);
}

internal sealed record HeldLine(string ReceivedAt, string Unit, string FileName, string Difference);

internal sealed record TrailLine(string At, string Unit, string Action, string Actor, string? Reason)
{
    public static TrailLine Of(ApprovalStep step, string unit) =>
        new(ApprovalLedger.At(step.At), unit, step.Action.Vietnamese(), step.Actor, step.Reason);
}
