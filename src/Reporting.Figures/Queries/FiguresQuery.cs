using Reporting.Data.Model;
using Reporting.Domain.Figures;

namespace Reporting.Figures.Queries;

/// <summary>The figures of any period — a year, a year as of a month's end, a window — with targets.</summary>
public static class FiguresQuery
{
    public static async IAsyncEnumerable<FigureRow> RunAsync(
        ReportingDbContext db, FiguresPeriod period, FiguresSettings settings,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var rows = period.IsWindow
            ? WindowQuery.RunAsync(db, period, settings.Exemplars, cancellationToken)
            : YearFiguresQuery.RunAsync(db, period, cancellationToken);
        await foreach (var row in rows)
            yield return row with { TargetPercent = settings.Targets.For(row.Title, row.Area) };
    }
}
