using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Reporting.Data.Model;
using Reporting.Domain.Figures;
using Reporting.Domain.Units;

namespace Reporting.Data.Figures;

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
        }, cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            yield return Read(reader, period.ToString(), asOf);
    }

    private static CompletenessRow Read(DbDataReader reader, string period, DateOnly asOf)
    {
        var level = (UnitLevel)Convert.ToInt32(reader.GetValue(0));
        SubmissionStatus? status = reader.IsDBNull(4) ? null
            : Convert.ToInt32(reader.GetValue(4)) == 0 ? SubmissionStatus.Missing
            : Convert.ToInt32(reader.GetValue(5)) == 1 ? SubmissionStatus.Submitted
            : SubmissionStatus.Late;
        DateOnly? updatedOn = reader.IsDBNull(6) ? null : ReadDate(reader.GetValue(6));
        DateTime? receivedAt = reader.IsDBNull(7) ? null : ReadTimestamp(reader.GetValue(7));
        return new CompletenessRow(period, level, reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
            status, updatedOn, receivedAt,
            updatedOn is { } day ? Math.Max(0, asOf.DayNumber - day.DayNumber) : null,
            reader.IsDBNull(8) ? null : Convert.ToInt32(reader.GetValue(8)),
            SqlText.NullableCount(reader, 9), SqlText.NullableCount(reader, 10), SqlText.NullableCount(reader, 11));
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
