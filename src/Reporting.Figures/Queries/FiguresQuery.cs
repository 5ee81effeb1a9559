using Reporting.Data.Model;
using Reporting.Domain.Figures;

namespace Reporting.Figures.Queries;

/// <summary>The figures of any period — a year, a year as of a month's end, a window — with targets.</summary>
public static class FiguresQuery
{
    public static IAsyncEnumerable<FigureRow> RunAsync(
        ReportingDbContext db, FiguresPeriod period, FiguresSettings settings, CancellationToken cancellationToken = default) =>
        WithTargets(period.IsWindow
            ? WindowQuery.RunAsync(db, period, settings.Exemplars, cancellationToken)
            : YearFiguresQuery.RunAsync(db, period, cancellationToken), settings, cancellationToken);

    /// <summary>The figures of periods of one register year — a year, its months' ends — in one pass over its rows, period after period.</summary>
    public static IAsyncEnumerable<FigureRow> RunAsync(
        ReportingDbContext db, IReadOnlyList<FiguresPeriod> periods, FiguresSettings settings, CancellationToken cancellationToken = default) =>
        periods.Any(p => p.IsWindow)
            ? throw new ArgumentException("A window's figures are computed on their own.", nameof(periods))
            : WithTargets(YearFiguresQuery.RunAsync(db, periods, cancellationToken), settings, cancellationToken);

    private static async IAsyncEnumerable<FigureRow> WithTargets(
        IAsyncEnumerable<FigureRow> rows, FiguresSettings settings, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in rows.WithCancellation(cancellationToken))
            yield return row with { TargetPercent = settings.Targets.For(row.Title, row.Area) };
    }
}
