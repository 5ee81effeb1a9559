using Microsoft.EntityFrameworkCore;
using Npgsql;
using Reporting.Data.Model;

namespace Reporting.Data.Loading;

/// <summary>
/// Binary COPY into a temporary staging table, then one set-based swap: the old rows of the
/// register go and the staged ones arrive in two statements, so the live table is touched only
/// for that moment, and a failed COPY never reaches it.
/// </summary>
internal sealed class PostgresStagingWriter : ITitleEntryWriter
{
    private static readonly string Columns = TitleEntryColumns.NameList;

    public async Task ReplaceAsync(ReportingDbContext db, string communeCode, int year, IEnumerable<TitleEntryRow> rows, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await ExecuteAsync(connection,
            $"CREATE TEMP TABLE IF NOT EXISTS title_entries_staging AS SELECT {Columns} FROM title_entries WITH NO DATA",
            cancellationToken);
        await using (var importer = await connection.BeginBinaryImportAsync(
            $"COPY title_entries_staging ({Columns}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var row in rows)
            {
                await importer.StartRowAsync(cancellationToken);
                foreach (var column in TitleEntryColumns.All)
                {
                    if (column.Value(row) is { } value)
                        await importer.WriteAsync(value, column.Type, cancellationToken);
                    else
                        await importer.WriteNullAsync(cancellationToken);
                }
            }
            await importer.CompleteAsync(cancellationToken);
        }
        await db.TitleEntries.Where(e => e.CommuneCode == communeCode && e.Year == year).ExecuteDeleteAsync(cancellationToken);
        await ExecuteAsync(connection,
            $"INSERT INTO title_entries ({Columns}) SELECT {Columns} FROM title_entries_staging; TRUNCATE title_entries_staging",
            cancellationToken);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
