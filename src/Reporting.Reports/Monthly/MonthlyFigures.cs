using Reporting.Data.Model;
using Reporting.Domain.Figures;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;
using Reporting.Figures;
using Reporting.Figures.Queries;
using Reporting.Figures.Snapshots;

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
    IReadOnlyList<FigureSnapshot> Snapshots,
    IReadOnlyList<FigureRow> YearFigures)
{
    /// <summary>
    /// In December, the province's recognitions signed after 31 December that the year's figures
    /// count (decisions up to 31 March): year figures = as of 31 December + these. Empty before.
    /// </summary>
    public IReadOnlyDictionary<Title, long> LateRecognitions => YearFigures
        .Where(r => r.Level == UnitLevel.Province && MonthlyTemplate.Titles.Contains(r.Title))
        .ToDictionary(r => r.Title, r => (r.Recognized ?? 0) - (Current.SingleOrDefault(c => c.Level == UnitLevel.Province && c.Title == r.Title)?.Recognized ?? 0));

    public int Year => Period.ToYear;

    public int Month => Period.Month!.Value;

    public IEnumerable<FigureRow> At(UnitLevel level) => Current.Where(r => r.Level == level);

    public FigureRow Province(Title title) => At(UnitLevel.Province).Single(r => r.Title == title);

    public static async Task<MonthlyFigures> LoadAsync(
        ReportingDbContext db, FigureSnapshots snapshots, int year, int month, CancellationToken cancellationToken)
    {
        var period = FiguresPeriod.AsOfMonth(year, month);
        var figures = snapshots.ForRun();
        FiguresPeriod? previousMonth = month > 1 ? FiguresPeriod.AsOfMonth(year, month - 1) : null, wholeYear = month == 12 ? FiguresPeriod.Year(year) : null;
        // The three periods of the year in one pass over its rows.
        var periods = new[] { period, previousMonth, wholeYear }.OfType<FiguresPeriod>().ToList();
        var computed = periods.Zip(await figures.FiguresAsync(periods, cancellationToken)).ToDictionary(p => p.First, p => p.Second);
        IReadOnlyList<FigureRow> Of(FiguresPeriod? wanted) => wanted is null ? [] : computed[wanted];
        var (current, previous, yearFigures) = (Of(period), Of(previousMonth), Of(wholeYear));
        var completeness = await figures.CompletenessAsync(period, cancellationToken);
        var rejected = await RejectedRowsQuery.RunAsync(db, year, cancellationToken).ToListAsync(cancellationToken);
        return new MonthlyFigures(period, current, previous, completeness, rejected, figures.Stored, yearFigures);
    }
}
