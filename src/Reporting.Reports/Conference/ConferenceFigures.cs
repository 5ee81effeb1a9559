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
        ReportingDbContext db, FigureSnapshots snapshots, FiguresSettings settings, FiguresCache figures, ConferenceKind kind, CancellationToken cancellationToken)
    {
        var window = await figures.GetAsync(kind.Window, cancellationToken);
        var years = new Dictionary<int, IReadOnlyList<FigureRow>>();
        foreach (var year in Enumerable.Range(kind.Window.FromYear, kind.Window.WindowYears).Union(kind.Circular44Years))
            years[year] = await figures.GetAsync(Domain.Figures.FiguresPeriod.Year(year), cancellationToken);
        var exemplars = await WindowQuery.ExemplarsAsync(db, kind.Window, settings.Exemplars, cancellationToken).ToListAsync(cancellationToken);
        var (exemplarSnapshot, _) = await snapshots.SaveAsync(kind.Window, "exemplars", exemplars, FigureColumns.Exemplars, cancellationToken);
        return new ConferenceFigures(kind, window, years, exemplars, [.. figures.Snapshots, exemplarSnapshot]);
    }
}
