using Reporting.Data.Model;
using Reporting.Data.Runs;
using Reporting.Domain.Runs;
using Reporting.Figures.Snapshots;

namespace Reporting.Figures;

/// <summary>
/// Computes the figures of a period — and, for a year or a month, the completeness of its
/// registers, for a window its exemplars — and keeps them as snapshots: what the schedule and the admin page run.
/// </summary>
public sealed class FiguresJob(FigureSnapshots snapshots, RunLedger ledger)
{
    public static readonly JobName Job = JobName.Figures;

    public Task<IReadOnlyList<FigureSnapshot>> RunAsync(FiguresRequest request, string startedBy, CancellationToken cancellationToken)
    {
        var period = request.Period;
        return ledger.RecordAsync<IReadOnlyList<FigureSnapshot>>(Job, RunParameters.Of(("period", period.ToString())), startedBy, async (_, cancellationToken) =>
        {
            var figures = snapshots.ForRun();
            await figures.FiguresAsync(period, cancellationToken);
            if (period.IsWindow)
                await figures.ExemplarsAsync(period, cancellationToken);
            else
                await figures.CompletenessAsync(period, cancellationToken);
            return figures.Stored;
        }, cancellationToken);
    }
}
