using Reporting.Domain.Figures;
using Reporting.Figures;
using Reporting.Figures.Snapshots;

namespace Reporting.Reports.Conference;

/// <summary>
/// What every pack of one conference draws on, computed once for the province and all districts:
/// the window figures, each year's figures, and the named exemplars, stored as snapshots.
/// </summary>
public sealed record ConferenceFigures(
    ConferenceKind Kind,
    IReadOnlyList<FigureRow> Window,
    IReadOnlyDictionary<int, IReadOnlyList<FigureRow>> Years,
    IReadOnlyList<Exemplar> Exemplars)
{
    public static async Task<ConferenceFigures> LoadAsync(
        RunSnapshots figures, ConferenceKind kind, CancellationToken cancellationToken)
    {
        var years = Enumerable.Range(kind.Window.FromYear, kind.Window.WindowYears).Union(kind.Circular44Years).ToList();
        var tables = await figures.FiguresAsync([kind.Window, .. years.Select(FiguresPeriod.Year)], cancellationToken);
        var exemplars = await figures.ExemplarsAsync(kind.Window, cancellationToken);
        return new ConferenceFigures(kind, tables[0], years.Zip(tables.Skip(1)).ToDictionary(y => y.First, y => y.Second), exemplars);
    }
}
