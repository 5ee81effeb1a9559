using Reporting.Data.Approval;
using Reporting.Domain.Registers;

namespace Reporting.App.Web.Submissions;

/// <summary>Where each of the clerk's registers stands with the level above: waiting, approved, or sent back and why; and whether its year is closed.</summary>
internal sealed record ClerkApproval(string Unit, int Year, string State, string StateClass, string? Step, string? Reason, string? Closed)
{
    public static async Task<IReadOnlyList<ClerkApproval>> LoadAsync(ApprovalLedger approvals, ProgrammePeriod programme, ClerkUnits clerk,
        CancellationToken cancellationToken)
    {
        var lines = new List<ClerkApproval>();
        foreach (var year in programme.Years.Reverse())
        {
            var status = await approvals.StatusAsync(year, cancellationToken);
            var closed = status.Closing is { } closing ? $"Số liệu năm {year} đã chốt ngày {ApprovalLedger.Day(closing.ClosedAt)}." : null;
            lines.AddRange(status.Units.Where(u => u.State != ApprovalState.Missing && clerk.Find(u.Unit.Code) is not null)
                .Select(u => new ClerkApproval(u.Unit.Name, year, u.State.Vietnamese(),
                    u.State switch { ApprovalState.Approved => "succeeded", ApprovalState.SentBack => "failed", _ => "running" },
                    u.LastStep is { } step ? ApprovalLedger.Who(step) : null, u.LastStep?.Reason, closed)));
        }
        return lines;
    }
}
