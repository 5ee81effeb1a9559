using Microsoft.EntityFrameworkCore;
using Npgsql;
using Reporting.Data.Model;

namespace Reporting.Data.Loading;

/// <summary>
/// The register's old rows go in one delete, the new ones arrive by binary COPY straight into the
/// table, both inside the caller's transaction: readers see the old rows until it commits, and a
/// failed COPY takes the delete back with it.
/// </summary>
internal sealed class PostgresCopyWriter : ITitleEntryWriter
{
    private static readonly string Columns = TitleEntryColumns.NameList;

    public async Task ReplaceAsync(ReportingDbContext db, string communeCode, int year, IEnumerable<TitleEntryRow> rows, CancellationToken cancellationToken)
    {
        await db.TitleEntries.Where(e => e.CommuneCode == communeCode && e.Year == year).ExecuteDeleteAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var importer = await connection.BeginBinaryImportAsync($"COPY title_entries ({Columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        // Synchronous, typed writes: they fill a buffer and only now and then send it; an await per value costs more than the value.
        foreach (var row in rows)
        {
            importer.StartRow();
            foreach (var column in TitleEntryColumns.All)
                column.Copy(importer, row);
        }
        await importer.CompleteAsync(cancellationToken);
    }
}
