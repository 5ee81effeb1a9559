using Reporting.Data.Figures;
using Reporting.Data.Model;
using Reporting.Domain.Figures;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;

namespace Reporting.Reports.Monthly;

/// <summary>
/// Everything one monthly summary shows: the figures of the year as of the month's last day, those
/// as of the previous month's last day (none in January: registration dates fall in the register's
/// year), completeness, rejected rows, and the snapshots they were stored as.
/// </summary>
public sealed record MonthlyFigures(
    FiguresPeriod Period,
    IReadOnlyList<FigureRow> Current,
    IReadOnlyList<FigureRow> Previous,
    IReadOnlyList<CompletenessRow> Completeness,
    IReadOnlyList<RejectedRows> Rejected,
    IReadOnlyList<FigureSnapshot> Snapshots)
{
    public int Year => Period.ToYear;

    public int Month => Period.Month!.Value;

    public IEnumerable<FigureRow> At(UnitLevel level) => Current.Where(r => r.Level == level);

    public FigureRow Province(Title title) => At(UnitLevel.Province).Single(r => r.Title == title);

    public static async Task<MonthlyFigures> LoadAsync(
        ReportingDbContext db, FigureSnapshots snapshots, FiguresSettings settings, int year, int month, CancellationToken cancellationToken)
    {
        var period = FiguresPeriod.AsOfMonth(year, month);
        var (current, currentSnapshot) = await FiguresAsync(db, snapshots, settings, period, cancellationToken);
        var stored = new List<FigureSnapshot> { currentSnapshot };
        IReadOnlyList<FigureRow> previous = [];
        if (month > 1)
        {
            var (rows, snapshot) = await FiguresAsync(db, snapshots, settings, FiguresPeriod.AsOfMonth(year, month - 1), cancellationToken);
            previous = rows;
            stored.Add(snapshot);
        }
        var completeness = await CompletenessQuery.RunAsync(db, period, settings, cancellationToken).ToListAsync(cancellationToken);
        stored.Add((await snapshots.SaveAsync(period, "completeness", completeness, FigureColumns.Completeness, cancellationToken)).Snapshot);
        var rejected = await RejectedRowsQuery.RunAsync(db, year, cancellationToken).ToListAsync(cancellationToken);
        return new MonthlyFigures(period, current, previous, completeness, rejected, stored);
    }

    private static async Task<(IReadOnlyList<FigureRow>, FigureSnapshot)> FiguresAsync(
        ReportingDbContext db, FigureSnapshots snapshots, FiguresSettings settings, FiguresPeriod period, CancellationToken cancellationToken)
    {
        // The snapshot holds every level, so it is the very table 'reporting figures --period' stores.
        var rows = await FiguresQuery.RunAsync(db, period, settings, cancellationToken).ToListAsync(cancellationToken);
        var (snapshot, _) = await snapshots.SaveAsync(period, "figures", rows, FigureColumns.Figures, cancellationToken);
        return (rows.Where(r => r.Level != UnitLevel.Village).ToList(), snapshot);
    }
}
