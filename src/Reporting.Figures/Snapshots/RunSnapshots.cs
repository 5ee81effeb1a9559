using Reporting.Data.Model;
using Reporting.Domain.Figures;
using Reporting.Domain.Units;
using Reporting.Figures.Export;
using Reporting.Figures.Queries;

namespace Reporting.Figures.Snapshots;

/// <summary>
/// The figure snapshots one run stores: each table the run needs is computed once, stored as a
/// snapshot (the same table <c>reporting figures</c> stores) and listed for the run's manifest.
/// Figures come back without villages: reports read units, not villages.
/// </summary>
public sealed class RunSnapshots(ReportingDbContext db, FigureSnapshots store, FiguresSettings settings)
{
    private readonly Dictionary<FiguresPeriod, IReadOnlyList<FigureRow>> _figures = [];

    /// <summary>What the run stored, in the order it stored it.</summary>
    public List<FigureSnapshot> Stored { get; } = [];

    public async Task<IReadOnlyList<FigureRow>> FiguresAsync(FiguresPeriod period, CancellationToken cancellationToken)
    {
        if (_figures.TryGetValue(period, out var cached))
            return cached;
        var rows = await FiguresQuery.RunAsync(db, period, settings, cancellationToken).ToListAsync(cancellationToken);
        await StoreAsync(period, FiguresTable.Figures, rows, FigureColumns.Figures, cancellationToken);
        return _figures[period] = rows.Where(r => r.Level != UnitLevel.Village).ToList();
    }

    /// <summary>The figures of periods of one register year (a year, its months' ends), computed in one pass and stored each as its own snapshot.</summary>
    public async Task<IReadOnlyList<IReadOnlyList<FigureRow>>> FiguresAsync(IReadOnlyList<FiguresPeriod> periods, CancellationToken cancellationToken)
    {
        var missing = periods.Where(p => !_figures.ContainsKey(p)).Distinct().ToList();
        if (missing.Count > 0)
        {
            var rows = await FiguresQuery.RunAsync(db, missing, settings, cancellationToken).ToListAsync(cancellationToken);
            foreach (var period in missing)
            {
                var label = period.ToString();
                var own = rows.Where(r => r.Period == label).ToList();
                await StoreAsync(period, FiguresTable.Figures, own, FigureColumns.Figures, cancellationToken);
                _figures[period] = own.Where(r => r.Level != UnitLevel.Village).ToList();
            }
        }
        return periods.Select(p => _figures[p]).ToList();
    }

    /// <summary>The completeness of a year or a month's end.</summary>
    public async Task<IReadOnlyList<CompletenessRow>> CompletenessAsync(FiguresPeriod period, CancellationToken cancellationToken)
    {
        var rows = await CompletenessQuery.RunAsync(db, period, settings, cancellationToken).ToListAsync(cancellationToken);
        await StoreAsync(period, FiguresTable.Completeness, rows, FigureColumns.Completeness, cancellationToken);
        return rows;
    }

    /// <summary>The named exemplars of a window.</summary>
    public async Task<IReadOnlyList<Exemplar>> ExemplarsAsync(FiguresPeriod window, CancellationToken cancellationToken)
    {
        var rows = await WindowQuery.ExemplarsAsync(db, window, settings.Exemplars, cancellationToken).ToListAsync(cancellationToken);
        await StoreAsync(window, FiguresTable.Exemplars, rows, FigureColumns.Exemplars, cancellationToken);
        return rows;
    }

    private async Task StoreAsync<T>(FiguresPeriod period, FiguresTable table, IReadOnlyList<T> rows, IReadOnlyList<ExportColumn<T>> columns, CancellationToken cancellationToken)
    {
        var (snapshot, _) = await store.SaveAsync(period, table, rows, columns, cancellationToken);
        Stored.Add(snapshot);
    }
}
