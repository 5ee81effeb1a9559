using Reporting.Data.Figures;
using Reporting.Data.Model;
using Reporting.Domain.Figures;
using Reporting.Domain.Units;

namespace Reporting.Reports;

/// <summary>
/// The figures of each period one run needs, computed once and stored as a snapshot (the same table
/// 'reporting figures' stores), without villages: reports read units, not villages. Completeness is
/// stored the same way.
/// </summary>
public sealed class FiguresCache(ReportingDbContext db, FigureSnapshots snapshots, FiguresSettings settings)
{
    private readonly Dictionary<string, IReadOnlyList<FigureRow>> _rows = [];

    public List<FigureSnapshot> Snapshots { get; } = [];

    public async Task<IReadOnlyList<FigureRow>> GetAsync(FiguresPeriod period, CancellationToken cancellationToken)
    {
        if (_rows.TryGetValue(period.ToString(), out var cached))
            return cached;
        var rows = await FiguresQuery.RunAsync(db, period, settings, cancellationToken).ToListAsync(cancellationToken);
        var (snapshot, _) = await snapshots.SaveAsync(period, "figures", rows, FigureColumns.Figures, cancellationToken);
        Snapshots.Add(snapshot);
        return _rows[period.ToString()] = rows.Where(r => r.Level != UnitLevel.Village).ToList();
    }

    /// <summary>The completeness of a year or a month's end, stored as a snapshot like the figures.</summary>
    public async Task<IReadOnlyList<CompletenessRow>> CompletenessAsync(FiguresPeriod period, CancellationToken cancellationToken)
    {
        var rows = await CompletenessQuery.RunAsync(db, period, settings, cancellationToken).ToListAsync(cancellationToken);
        var (snapshot, _) = await snapshots.SaveAsync(period, "completeness", rows, FigureColumns.Completeness, cancellationToken);
        Snapshots.Add(snapshot);
        return rows;
    }
}
