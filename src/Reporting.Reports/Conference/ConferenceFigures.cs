using Reporting.Data.Figures;
using Reporting.Data.Model;
using Reporting.Domain.Units;

namespace Reporting.Reports.Conference;

/// <summary>
/// What every pack of one conference draws on, computed once for the province and all districts:
/// the window figures, each year's figures, and the named exemplars, stored as snapshots.
/// </summary>
public sealed record ConferenceFigures(
    ConferenceKind Kind,
    IReadOnlyList<FigureRow> Window,
    IReadOnlyDictionary<int, IReadOnlyList<FigureRow>> Years,
    IReadOnlyList<Exemplar> Exemplars,
    IReadOnlyList<FigureSnapshot> Snapshots)
{
    public static async Task<ConferenceFigures> LoadAsync(
        ReportingDbContext db, FigureSnapshots snapshots, FiguresSettings settings, ConferenceKind kind, CancellationToken cancellationToken)
    {
        var stored = new List<FigureSnapshot>();
        var window = await FiguresAsync(db, snapshots, settings, kind.Window, stored, cancellationToken);
        var years = new Dictionary<int, IReadOnlyList<FigureRow>>();
        foreach (var year in Enumerable.Range(kind.Window.FromYear, kind.Window.WindowYears).Union(kind.Circular44Years))
            years[year] = await FiguresAsync(db, snapshots, settings, Domain.Figures.FiguresPeriod.Year(year), stored, cancellationToken);
        var exemplars = await WindowQuery.ExemplarsAsync(db, kind.Window, settings.Exemplars, cancellationToken).ToListAsync(cancellationToken);
        stored.Add((await snapshots.SaveAsync(kind.Window, "exemplars", exemplars, FigureColumns.Exemplars, cancellationToken)).Snapshot);
        return new ConferenceFigures(kind, window, years, exemplars, stored);
    }

    private static async Task<IReadOnlyList<FigureRow>> FiguresAsync(
        ReportingDbContext db, FigureSnapshots snapshots, FiguresSettings settings, Domain.Figures.FiguresPeriod period,
        List<FigureSnapshot> stored, CancellationToken cancellationToken)
    {
        var rows = await FiguresQuery.RunAsync(db, period, settings, cancellationToken).ToListAsync(cancellationToken);
        stored.Add((await snapshots.SaveAsync(period, "figures", rows, FigureColumns.Figures, cancellationToken)).Snapshot);
        return rows.Where(r => r.Level != UnitLevel.Village).ToList();
    }
}
