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

    public async Task<IReadOnlyList<FigureRow>> FiguresAsync(FiguresPeriod period, CancellationToken cancellationToken) =>
        (await FiguresAsync([period], cancellationToken))[0];

    /// <summary>
    /// The figures of periods: each read back from its stored snapshot where nothing it counts from
    /// has changed, the others computed — a year's with its months' ends in one pass, a window on its own.
    /// </summary>
    public async Task<IReadOnlyList<IReadOnlyList<FigureRow>>> FiguresAsync(IReadOnlyList<FiguresPeriod> periods, CancellationToken cancellationToken)
    {
        var missing = new Dictionary<FiguresPeriod, SnapshotInputs>();
        foreach (var period in periods.Distinct().Where(p => !_figures.ContainsKey(p)))
        {
            var inputs = await store.InputsAsync(period, FiguresTable.Figures, cancellationToken);
            if (await store.ReuseAsync(period, FiguresTable.Figures, inputs, SnapshotReader.Figures, cancellationToken) is { } reused)
                Keep(period, reused.Snapshot, reused.Rows);
            else
                missing[period] = inputs;
        }
        foreach (var window in missing.Keys.Where(p => p.IsWindow))
            await StoreAsync(window, await FiguresQuery.RunAsync(db, window, settings, cancellationToken).ToListAsync(cancellationToken), missing[window], cancellationToken);
        foreach (var year in missing.Keys.Where(p => !p.IsWindow).GroupBy(p => p.FromYear))
        {
            var rows = await FiguresQuery.RunAsync(db, year.ToList(), settings, cancellationToken).ToListAsync(cancellationToken);
            foreach (var period in year)
            {
                var label = period.ToString();
                await StoreAsync(period, rows.Where(r => r.Period == label).ToList(), missing[period], cancellationToken);
            }
        }
        return periods.Select(p => _figures[p]).ToList();
    }

    /// <summary>The completeness of a year or a month's end.</summary>
    public async Task<IReadOnlyList<CompletenessRow>> CompletenessAsync(FiguresPeriod period, CancellationToken cancellationToken)
    {
        var inputs = await store.InputsAsync(period, FiguresTable.Completeness, cancellationToken);
        var rows = await CompletenessQuery.RunAsync(db, period, settings, cancellationToken).ToListAsync(cancellationToken);
        await StoreAsync(period, FiguresTable.Completeness, rows, FigureColumns.Completeness, cancellationToken, inputs);
        return rows;
    }

    /// <summary>The named exemplars of a window, read back while nothing they come from has changed.</summary>
    public async Task<IReadOnlyList<Exemplar>> ExemplarsAsync(FiguresPeriod window, CancellationToken cancellationToken)
    {
        var inputs = await store.InputsAsync(window, FiguresTable.Exemplars, cancellationToken);
        if (await store.ReuseAsync(window, FiguresTable.Exemplars, inputs, SnapshotReader.Exemplars, cancellationToken) is { } reused)
        {
            Stored.Add(reused.Snapshot);
            return reused.Rows;
        }
        var rows = await WindowQuery.ExemplarsAsync(db, window, settings.Exemplars, cancellationToken).ToListAsync(cancellationToken);
        await StoreAsync(window, FiguresTable.Exemplars, rows, FigureColumns.Exemplars, cancellationToken, inputs);
        return rows;
    }

    private async Task StoreAsync(FiguresPeriod period, IReadOnlyList<FigureRow> rows, SnapshotInputs inputs, CancellationToken cancellationToken)
    {
        var (snapshot, _) = await store.SaveAsync(period, FiguresTable.Figures, rows, FigureColumns.Figures, cancellationToken, inputs);
        Keep(period, snapshot, rows);
    }

    private void Keep(FiguresPeriod period, FigureSnapshot snapshot, IReadOnlyList<FigureRow> rows)
    {
        Stored.Add(snapshot);
        _figures[period] = rows.Where(r => r.Level != UnitLevel.Village).ToList();
    }

    private async Task StoreAsync<T>(FiguresPeriod period, FiguresTable table, IReadOnlyList<T> rows, IReadOnlyList<ExportColumn<T>> columns,
        CancellationToken cancellationToken, SnapshotInputs? inputs = null)
    {
        var (snapshot, _) = await store.SaveAsync(period, table, rows, columns, cancellationToken, inputs);
        Stored.Add(snapshot);
    }
}
