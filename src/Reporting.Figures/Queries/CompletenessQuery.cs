using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Reporting.Data.Model;
using Reporting.Domain.Figures;
using Reporting.Domain.Units;

namespace Reporting.Figures.Queries;

/// <summary>
/// Completeness and timeliness of the registers of a year as of a date: the month's last day, or
/// 31 December for a whole year. A register is on time (<i>Đã nộp</i>) when its <c>Ngày cập nhật</c>
/// is at most <see cref="FiguresSettings.MaxDaysSinceUpdate"/> days before that date, late
/// (<i>Chậm</i>) when older, missing (<i>Chưa nộp</i>) when none was accepted.
/// </summary>
public static class CompletenessQuery
{
    private static readonly string Sql = SqlText.Read("Completeness.sql");

    public static DateOnly AsOf(FiguresPeriod period) => period.IsMonth ? period.AsOf : new DateOnly(period.ToYear, 12, 31);

    public static async IAsyncEnumerable<CompletenessRow> RunAsync(
        ReportingDbContext db, FiguresPeriod period, FiguresSettings settings, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var asOf = AsOf(period);
        await using var command = await SqlText.CommandAsync(db, Sql, new Dictionary<string, object>
        {
            ["@year"] = period.ToYear,
            ["@jan1"] = new DateOnly(period.ToYear, 1, 1),
            ["@fresh_since"] = asOf.AddDays(-settings.MaxDaysSinceUpdate),
            // A month's registers as they stood at its end, by their own Ngày cập nhật: the day they
            // were received is unknown for registers handed in after the fact; a year's, all of them.
            ["@standing_on"] = period.IsMonth ? asOf : DateOnly.MaxValue,
        }, cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var columns = new Columns(reader);
        while (await reader.ReadAsync(cancellationToken))
            yield return columns.Read(reader, period.ToString(), asOf);
    }

    /// <summary>The result's columns, looked up by name once per result.</summary>
    private sealed class Columns(DbDataReader reader)
    {
        private readonly int _level = reader.GetOrdinal("level"), _code = reader.GetOrdinal("code"), _name = reader.GetOrdinal("name"),
            _parentCode = reader.GetOrdinal("parent_code"), _submitted = reader.GetOrdinal("submitted"), _onTime = reader.GetOrdinal("on_time"),
            _updatedOn = reader.GetOrdinal("updated_on"), _storedAt = reader.GetOrdinal("stored_at"), _rowsRejected = reader.GetOrdinal("rows_rejected"),
            _expected = reader.GetOrdinal("expected"), _communesSubmitted = reader.GetOrdinal("communes_submitted"),
            _communesOnTime = reader.GetOrdinal("communes_on_time");

        public CompletenessRow Read(DbDataReader row, string period, DateOnly asOf)
        {
            var level = (UnitLevel)Convert.ToInt32(row.GetValue(_level));
            SubmissionStatus? status = row.IsDBNull(_submitted) ? null
                : Convert.ToInt32(row.GetValue(_submitted)) == 0 ? SubmissionStatus.Missing
                : Convert.ToInt32(row.GetValue(_onTime)) == 1 ? SubmissionStatus.Submitted
                : SubmissionStatus.Late;
            DateOnly? updatedOn = row.IsDBNull(_updatedOn) ? null : ReadDate(row.GetValue(_updatedOn));
            DateTime? receivedAt = row.IsDBNull(_storedAt) ? null : ReadTimestamp(row.GetValue(_storedAt));
            return new CompletenessRow(period, level, row.GetString(_code), row.GetString(_name), row.IsDBNull(_parentCode) ? null : row.GetString(_parentCode),
                status, updatedOn, receivedAt,
                updatedOn is { } day ? Math.Max(0, asOf.DayNumber - day.DayNumber) : null,
                row.IsDBNull(_rowsRejected) ? null : Convert.ToInt32(row.GetValue(_rowsRejected)),
                SqlText.NullableCount(row, _expected), SqlText.NullableCount(row, _communesSubmitted), SqlText.NullableCount(row, _communesOnTime));
        }
    }

    // SQLite hands dates and timestamps back as text; PostgreSQL as DateOnly/DateTime.
    private static DateOnly ReadDate(object value) => value switch
    {
        DateOnly date => date,
        DateTime time => DateOnly.FromDateTime(time),
        _ => DateOnly.ParseExact(Convert.ToString(value, CultureInfo.InvariantCulture)!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private static DateTime ReadTimestamp(object value) => value switch
    {
        DateTime time => DateTime.SpecifyKind(time, DateTimeKind.Utc),
        DateTimeOffset offset => offset.UtcDateTime,
        _ => DateTime.SpecifyKind(DateTime.Parse(Convert.ToString(value, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture), DateTimeKind.Utc),
    };
}
