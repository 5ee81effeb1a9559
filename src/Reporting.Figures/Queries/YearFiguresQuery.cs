using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Reporting.Data.Model;
using Reporting.Domain.Figures;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;

namespace Reporting.Figures.Queries;

/// <summary>Runs <c>YearFigures.sql</c>: one statement, all levels, computed by the database.</summary>
public static partial class YearFiguresQuery
{
    private const int MaxDates = 13;
    private static readonly string Sql = AsOfBucket().Replace(SqlText.Read("YearFigures.sql"), bucket => string.Concat(
        "CASE", string.Concat(Enumerable.Range(1, MaxDates).Select(k => $" WHEN {bucket.Groups[1].Value} <= @asof{k} THEN {k}")), " ELSE 99 END"));

    public static IAsyncEnumerable<FigureRow> RunAsync(ReportingDbContext db, int year, CancellationToken cancellationToken = default) =>
        RunAsync(db, FiguresPeriod.Year(year), cancellationToken);

    /// <summary>The figures of the period's last year, as of its as-of date.</summary>
    public static IAsyncEnumerable<FigureRow> RunAsync(ReportingDbContext db, FiguresPeriod period, CancellationToken cancellationToken = default) =>
        RunAsync(db, [period], cancellationToken);

    /// <summary>
    /// The figures of periods of one register year (a year, its months' ends; a window's last
    /// year), in one pass over the year's rows: the rows of each period in turn, in the given order.
    /// </summary>
    public static async IAsyncEnumerable<FigureRow> RunAsync(
        ReportingDbContext db, IReadOnlyList<FiguresPeriod> periods, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var byDate = ByDate(periods);
        await using var command = await CommandAsync(db, periods, cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var columns = new Columns(reader);
        var rows = periods.Select(_ => new List<FigureRow>()).ToList();
        while (await reader.ReadAsync(cancellationToken))
        {
            var index = byDate[columns.Period(reader) - 1].Index;
            rows[index].Add(columns.Read(reader, periods[index].ToString()));
        }
        foreach (var row in rows.SelectMany(r => r))
            yield return row;
    }

    /// <summary>The statement for periods of one register year, its as-of dates bound in ascending order.</summary>
    public static async Task<DbCommand> CommandAsync(ReportingDbContext db, IReadOnlyList<FiguresPeriod> periods, CancellationToken cancellationToken)
    {
        var year = periods[0].ToYear;
        if (periods.Count > MaxDates || periods.Any(p => p.ToYear != year))
            throw new ArgumentException($"At most {MaxDates} periods, all ending in the same register year.", nameof(periods));
        var byDate = ByDate(periods);
        var parameters = new Dictionary<string, object>
        {
            ["@year"] = year,
            ["@jan1"] = new DateOnly(year, 1, 1),
            ["@periods"] = byDate.Count,
        };
        for (var k = 1; k <= MaxDates; k++)
            parameters[$"@asof{k}"] = byDate[Math.Min(k, byDate.Count) - 1].AsOf;
        return await SqlText.CommandAsync(db, Sql, parameters, cancellationToken);
    }

    private static List<(DateOnly AsOf, int Index)> ByDate(IReadOnlyList<FiguresPeriod> periods) =>
        periods.Select((p, i) => (AsOf: p.IsWindow ? DateOnly.MaxValue : p.AsOf, Index: i)).OrderBy(d => d.AsOf).ToList();

    /// <summary>The result's columns, looked up by name once per result.</summary>
    private sealed class Columns(DbDataReader reader)
    {
        private readonly int _asOf = reader.GetOrdinal("k"), _level = reader.GetOrdinal("level"), _unitCode = reader.GetOrdinal("unit_code"), _unitName = reader.GetOrdinal("unit_name"),
            _parentCode = reader.GetOrdinal("parent_code"), _title = reader.GetOrdinal("title"), _eligible = reader.GetOrdinal("eligible"),
            _registered = reader.GetOrdinal("registered"), _evaluated = reader.GetOrdinal("evaluated"), _passed = reader.GetOrdinal("passed"),
            _recognized = reader.GetOrdinal("recognized"), _good = reader.GetOrdinal("good"), _fair = reader.GetOrdinal("fair"),
            _average = reader.GetOrdinal("average"), _unclassified = reader.GetOrdinal("unclassified"),
            _rejectedRows = reader.GetOrdinal("rejected_rows"), _terrain = reader.GetOrdinal("terrain");

        public int Period(DbDataReader row) => Convert.ToInt32(row.GetValue(_asOf));

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

    [GeneratedRegex(@"as_of_bucket\(([^()]+)\)")]
    private static partial Regex AsOfBucket();
}
