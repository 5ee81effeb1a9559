using System.Runtime.CompilerServices;
using Reporting.Data.Model;
using Reporting.Output;

namespace Reporting.Figures.Queries;

/// <summary>What the registers of a year lost to errors, and where each error report is.</summary>
public static class RejectedRowsQuery
{
    public const string WholeFile = "file-rejected";

    private static readonly string Sql = SqlText.Read("RejectedRows.sql");

    public static async IAsyncEnumerable<RejectedRows> RunAsync(ReportingDbContext db, int year, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var command = await SqlText.CommandAsync(db, Sql, new Dictionary<string, object> { ["@year"] = year }, cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var (unitCode, fileName, sheet, rule, rows, example) = (reader.GetOrdinal("unit_code"), reader.GetOrdinal("file_name"),
            reader.GetOrdinal("sheet"), reader.GetOrdinal("rule"), reader.GetOrdinal("rows_rejected"), reader.GetOrdinal("example"));
        while (await reader.ReadAsync(cancellationToken))
        {
            var unit = reader.GetString(unitCode);
            var file = reader.GetString(fileName);
            yield return new RejectedRows(unit, file, reader.IsDBNull(sheet) ? null : reader.GetString(sheet), reader.GetString(rule),
                SqlText.NullableCount(reader, rows), reader.IsDBNull(example) ? null : reader.GetString(example),
                ErrorReportLocation.RelativePath(year, unit, file));
        }
    }
}
