using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Reporting.Data.Model;

namespace Reporting.Data.Loading;

/// <summary>Deletes the old rows, then one prepared INSERT reused for every row, inside the open transaction.</summary>
internal sealed class SqliteBatchWriter : ITitleEntryWriter
{
    public async Task ReplaceAsync(ReportingDbContext db, string communeCode, int year, IEnumerable<TitleEntryRow> rows, CancellationToken cancellationToken)
    {
        await db.TitleEntries.Where(e => e.CommuneCode == communeCode && e.Year == year).ExecuteDeleteAsync(cancellationToken);
        var columns = TitleEntryColumns.All;
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText =
            $"INSERT INTO title_entries ({TitleEntryColumns.NameList}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        var parameters = new DbParameter[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            parameters[i] = command.CreateParameter();
            parameters[i].ParameterName = $"$p{i}";
            command.Parameters.Add(parameters[i]);
        }
        await command.PrepareAsync(cancellationToken);
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
                parameters[i].Value = ToSqlite(columns[i].Value(row));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    // Stored the way EF Core's SQLite provider stores them, so EF and raw SQL read the same values.
    private static object ToSqlite(object? value) => value switch
    {
        null => DBNull.Value,
        DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        decimal number => number.ToString("0.0###########################", System.Globalization.CultureInfo.InvariantCulture),
        bool flag => flag ? 1 : 0,
        _ => value,
    };
}
