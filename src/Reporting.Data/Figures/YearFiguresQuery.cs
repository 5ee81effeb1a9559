using System.Data.Common;
using System.Runtime.CompilerServices;
using Reporting.Data.Model;
using Reporting.Domain.Figures;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;

namespace Reporting.Data.Figures;

/// <summary>Runs <c>YearFigures.sql</c>: one statement, all levels, computed by the database.</summary>
public static class YearFiguresQuery
{
    private static readonly string Sql = SqlText.Read("YearFigures.sql");

    public static IAsyncEnumerable<FigureRow> RunAsync(ReportingDbContext db, int year, CancellationToken cancellationToken = default) =>
        RunAsync(db, FiguresPeriod.Year(year), cancellationToken);

    /// <summary>The figures of the period's last year, as of its as-of date.</summary>
    public static async IAsyncEnumerable<FigureRow> RunAsync(
        ReportingDbContext db, FiguresPeriod period, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var year = period.ToYear;
        await using var command = await SqlText.CommandAsync(db, Sql, new Dictionary<string, object>
        {
            ["@year"] = year,
            ["@jan1"] = new DateOnly(year, 1, 1),
            ["@asof"] = period.IsWindow ? DateOnly.MaxValue : period.AsOf,
        }, cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var label = period.ToString();
        while (await reader.ReadAsync(cancellationToken))
            yield return Read(reader, label);
    }

    private static FigureRow Read(DbDataReader reader, string period)
    {
        var level = (UnitLevel)Convert.ToInt32(reader.GetValue(0));
        var title = (Title)Convert.ToInt32(reader.GetValue(4));
        long Count(int ordinal) => Convert.ToInt64(reader.GetValue(ordinal));
        var classified = title == Title.CommuneCommunity;
        return new FigureRow(
            period,
            level,
            reader.GetString(1),
            reader.GetString(2),
            reader.IsDBNull(3) ? null : reader.GetString(3),
            title,
            Eligible: Count(5),
            Registered: Count(6),
            Evaluated: Count(7),
            Passed: classified ? null : Count(8),
            Recognized: classified ? null : Count(9),
            Good: classified ? Count(10) : null,
            Fair: classified ? Count(11) : null,
            Average: classified ? Count(12) : null,
            Unclassified: classified ? Count(13) : null,
            RejectedRows: level == UnitLevel.Village ? null : Count(14),
            Terrain: reader.IsDBNull(15) ? null : reader.GetString(15));
    }
}
