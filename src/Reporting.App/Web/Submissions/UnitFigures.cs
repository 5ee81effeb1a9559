using Reporting.Data.Model;
using Reporting.Domain.Titles;
using Reporting.Figures;
using Reporting.Figures.Queries;
using Reporting.Reports.Output;

namespace Reporting.App.Web.Submissions;

/// <summary>One title's figures of a unit for a year, now and as they would be once the register is in.</summary>
internal sealed record UnitFigureLine(string Title, string Eligible, string Registered, string Recognized, string RecognizedPercent,
    string EligibleAfter, string RegisteredAfter, string RecognizedAfter, string RecognizedPercentAfter);

internal static class UnitFigures
{
    /// <summary>The unit's own rows of the year's figures, computed by the same query as every report.</summary>
    public static async Task<IReadOnlyList<FigureRow>> LoadAsync(ReportingDbContext db, string unitCode, int year, CancellationToken cancellationToken)
    {
        var rows = new List<FigureRow>();
        await foreach (var row in YearFiguresQuery.RunAsync(db, year, cancellationToken))
        {
            if (row.UnitCode == unitCode)
                rows.Add(row);
        }
        return rows;
    }

    public static IReadOnlyList<UnitFigureLine> Compare(IReadOnlyList<FigureRow> before, IReadOnlyList<FigureRow> after) =>
        after.OrderBy(r => r.Title).Select(row =>
        {
            var now = before.FirstOrDefault(b => b.Title == row.Title);
            return new UnitFigureLine(row.Title.VietnameseName(),
                Vietnamese.Number(now?.Eligible ?? 0), Vietnamese.Number(now?.Registered ?? 0), Vietnamese.Number(Recognized(now)), Percent(now),
                Vietnamese.Number(row.Eligible), Vietnamese.Number(row.Registered), Vietnamese.Number(Recognized(row)), Percent(row));
        }).ToList();

    /// <summary>Recognised, or for the Circular 44 title the communes classified (good, fair or average).</summary>
    private static long Recognized(FigureRow? row) => row is null ? 0 : row.Recognized ?? (row.Good ?? 0) + (row.Fair ?? 0) + (row.Average ?? 0);

    private static string Percent(FigureRow? row) =>
        Vietnamese.Percent(row is null ? null : FigureRow.Percent(Recognized(row), row.Eligible));
}
