using Reporting.Data.Approval;
using Reporting.Data.Model;
using Reporting.Registers.Pulling;

namespace Reporting.App.Features.Approval;

/// <summary>Reopening a closed year: the closing ended with its reason, then the registers it held are counted.</summary>
public sealed class YearReopening(ApprovalLedger approvals, PullService pulls)
{
    public async Task<(YearClosing Closing, int Counted)> ReopenAsync(int year, string actor, string reason, CancellationToken cancellationToken)
    {
        var closing = await approvals.ReopenAsync(year, actor, reason, cancellationToken);
        return (closing, await pulls.CountHeldAsync(actor, cancellationToken));
    }
}
