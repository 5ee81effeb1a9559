using System.Runtime.CompilerServices;
using Reporting.Data.Ledger;
using Reporting.Data.Model;

namespace Reporting.Data.Figures;

/// <summary>
/// Rejected rows of one unit's register for one rule; <see cref="Rows"/> is null for a file
/// rejected whole (<see cref="RejectedRowsQuery.WholeFile"/>).
/// </summary>
public sealed record RejectedRows(string UnitCode, string FileName, string? Sheet, string Rule, long? Rows, string? Example, string ErrorReport);

/// <summary>What the registers of a year lost to errors, and where each error report is.</summary>
public static class RejectedRowsQuery
{
    public const string WholeFile = "file-rejected";

    private static readonly string Sql = SqlText.Read("RejectedRows.sql");

    public static async IAsyncEnumerable<RejectedRows> RunAsync(ReportingDbContext db, int year, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var command = await SqlText.CommandAsync(db, Sql, new Dictionary<string, object> { ["@year"] = year }, cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var unit = reader.GetString(0);
            var file = reader.GetString(1);
            yield return new RejectedRows(unit, file, reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3),
                SqlText.NullableCount(reader, 4), reader.IsDBNull(5) ? null : reader.GetString(5),
                ErrorReportLocation.RelativePath(year, unit, file));
        }
    }
}
