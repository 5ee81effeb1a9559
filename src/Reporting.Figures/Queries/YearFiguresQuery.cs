using System.Data.Common;
using System.Runtime.CompilerServices;
using Reporting.Data.Model;
using Reporting.Domain.Figures;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;

namespace Reporting.Figures.Queries;

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
        var columns = new Columns(reader);
        var label = period.ToString();
        while (await reader.ReadAsync(cancellationToken))
            yield return columns.Read(reader, label);
    }

    /// <summary>The result's columns, looked up by name once per result.</summary>
    private sealed class Columns(DbDataReader reader)
    {
        private readonly int _level = reader.GetOrdinal("level"), _unitCode = reader.GetOrdinal("unit_code"), _unitName = reader.GetOrdinal("unit_name"),
            _parentCode = reader.GetOrdinal("parent_code"), _title = reader.GetOrdinal("title"), _eligible = reader.GetOrdinal("eligible"),
            _registered = reader.GetOrdinal("registered"), _evaluated = reader.GetOrdinal("evaluated"), _passed = reader.GetOrdinal("passed"),
            _recognized = reader.GetOrdinal("recognized"), _good = reader.GetOrdinal("good"), _fair = reader.GetOrdinal("fair"),
            _average = reader.GetOrdinal("average"), _unclassified = reader.GetOrdinal("unclassified"),
            _rejectedRows = reader.GetOrdinal("rejected_rows"), _terrain = reader.GetOrdinal("terrain");

        public FigureRow Read(DbDataReader row, string period)
        {
            var level = (UnitLevel)Convert.ToInt32(row.GetValue(_level));
            var title = (Title)Convert.ToInt32(row.GetValue(_title));
            long Count(int ordinal) => Convert.ToInt64(row.GetValue(ordinal));
            var classified = title == Title.CommuneCommunity;
            return new FigureRow(
                period,
                level,
                row.GetString(_unitCode),
                row.GetString(_unitName),
                row.IsDBNull(_parentCode) ? null : row.GetString(_parentCode),
                title,
                Eligible: Count(_eligible),
                Registered: Count(_registered),
                Evaluated: Count(_evaluated),
                Passed: classified ? null : Count(_passed),
                Recognized: classified ? null : Count(_recognized),
                Good: classified ? Count(_good) : null,
                Fair: classified ? Count(_fair) : null,
                Average: classified ? Count(_average) : null,
                Unclassified: classified ? Count(_unclassified) : null,
                RejectedRows: level == UnitLevel.Village ? null : Count(_rejectedRows),
                Terrain: row.IsDBNull(_terrain) ? null : row.GetString(_terrain));
        }
    }
}
