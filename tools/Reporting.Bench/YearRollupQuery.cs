using System.Runtime.CompilerServices;
using Reporting.Data.Model;
using Reporting.Domain.Figures;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;
using Reporting.Figures.Queries;

namespace Reporting.Bench;

/// <summary>One unit's counts of a title, as the hand-written ROLLUP gives them.</summary>
public sealed record RollupCount(int Year, UnitLevel Level, string? UnitCode, Title Title, long Eligible, long Registered, long Evaluated, long Passed, long Recognized);

/// <summary>
/// The yearly counts in one <c>GROUP BY ROLLUP</c> (PostgreSQL): the floor <c>reporting bench</c>
/// measures the figures query against, and checks it against count by count.
/// </summary>
public static class YearRollupQuery
{
    private static readonly string Sql = SqlText.Read("YearRollup.sql", typeof(YearRollupQuery).Assembly);

    public static async IAsyncEnumerable<RollupCount> RunAsync(ReportingDbContext db, int year, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var command = await SqlText.CommandAsync(db, Sql, new Dictionary<string, object>
        {
            ["@year"] = year,
            ["@jan1"] = new DateOnly(year, 1, 1),
            ["@asof"] = FiguresPeriod.Year(year).AsOf,
        }, cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var district = reader.IsDBNull(0) ? null : reader.GetString(0);
            var commune = reader.IsDBNull(1) ? null : reader.GetString(1);
            var level = commune is not null ? UnitLevel.Commune : district is not null ? UnitLevel.District : UnitLevel.Province;
            yield return new RollupCount(year, level, commune ?? district, (Title)reader.GetInt32(2),
                reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7));
        }
    }
}
