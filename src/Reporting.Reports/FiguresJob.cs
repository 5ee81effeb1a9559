using Reporting.Data.Figures;
using Reporting.Data.Model;
using Reporting.Data.Runs;
using Reporting.Domain.Figures;

namespace Reporting.Reports;

/// <summary>
/// Computes the figures of a period — and, for a year or a month, the completeness of its
/// registers — and keeps them as snapshots: what the schedule and the admin page run.
/// </summary>
public sealed class FiguresJob(ReportingDbContext db, FigureSnapshots snapshots, FiguresSettings settings, RunLedger ledger)
{
    public const string JobName = "figures";

    public Task<IReadOnlyList<FigureSnapshot>> RunAsync(FiguresPeriod period, string startedBy, CancellationToken cancellationToken) =>
        ledger.RecordAsync<IReadOnlyList<FigureSnapshot>>(JobName, $"period={period}", startedBy, async _ =>
        {
            var figures = new FiguresCache(db, snapshots, settings);
            await figures.GetAsync(period, cancellationToken);
            if (!period.IsWindow)
                await figures.CompletenessAsync(period, cancellationToken);
            return figures.Snapshots;
        }, cancellationToken);
}
