using Microsoft.EntityFrameworkCore;
using Npgsql;
using Reporting.Data.Model;

namespace Reporting.Data.Loading;

/// <summary>Binary COPY: one round trip for the whole register, inside the open transaction.</summary>
internal sealed class PostgresCopyWriter : ITitleEntryWriter
{
    public async Task WriteAsync(ReportingDbContext db, IEnumerable<TitleEntryRow> rows, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var columns = TitleEntryColumns.All;
        await using var importer = await connection.BeginBinaryImportAsync(
            $"COPY title_entries ({TitleEntryColumns.NameList}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var column in columns)
            {
                if (column.Value(row) is { } value)
                    await importer.WriteAsync(value, column.Type, cancellationToken);
                else
                    await importer.WriteNullAsync(cancellationToken);
            }
        }
        await importer.CompleteAsync(cancellationToken);
    }
}
