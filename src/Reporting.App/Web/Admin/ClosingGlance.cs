using Reporting.App.Web.Approval;
using Reporting.Data.Approval;
using Reporting.Domain.Registers;

namespace Reporting.App.Web.Admin;

/// <summary>One programme year as the admin page lists it: closed (when, by whom) or open, with the link to its approval page.</summary>
public sealed record ClosingLine(int Year, bool IsClosed, string State, string Href);

public static class ClosingGlance
{
    public static async Task<IReadOnlyList<ClosingLine>> LoadAsync(ApprovalLedger approvals, ProgrammePeriod programme, CancellationToken cancellationToken)
    {
        var closings = await approvals.ClosingsAsync(cancellationToken);
        return programme.Years.Select(year => closings.TryGetValue(year, out var closing)
                ? new ClosingLine(year, true, $"Đã chốt lúc {ApprovalLedger.At(closing.ClosedAt)} ({closing.ClosedBy})", ApprovalPaths.Of(year))
                : new ClosingLine(year, false, "Chưa chốt", ApprovalPaths.Of(year)))
            .ToList();
    }
}
