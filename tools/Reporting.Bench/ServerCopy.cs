using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using Reporting.Data.Model;

namespace Reporting.Bench;

/// <summary>
/// The physical limit of loading register rows: PostgreSQL's own <c>COPY … FROM</c> a file on the
/// server, of the same rows, into the same table with the same indexes — no client, no network,
/// nothing encoded on our side. The rows are first written to the file by <c>COPY … TO</c>.
/// </summary>
internal static class ServerCopy
{
    /// <summary>
    /// The first <paramref name="rows"/> rows of year <paramref name="from"/> copied as year
    /// <paramref name="to"/>: the time of the <c>COPY … FROM</c> alone, or null when the user may not
    /// read and write files on the server (<c>pg_read_server_files</c>, <c>pg_write_server_files</c>).
    /// </summary>
    public static async Task<TimeSpan?> TimeAsync(ReportingDbContext db, int from, int to, int rows, CancellationToken cancellationToken)
    {
        var entity = db.Model.FindEntityType(typeof(TitleEntryRow))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Where(p => !p.IsPrimaryKey()).Select(p => p.GetColumnName(table)!).ToList();
        var year = entity.FindProperty(nameof(TitleEntryRow.Year))!.GetColumnName(table)!;
        var id = entity.FindPrimaryKey()!.Properties.Single().GetColumnName(table)!;
        var path = Path.Combine(Path.GetTempPath(), $"reporting-bench-{Guid.NewGuid():N}.copy");
        // COPY takes no parameters: every value below is a number or a name of our own model.
        var select = string.Join(", ", columns.Select(c => c == year ? $"{to} AS {Quote(c)}" : Quote(c)));
        try
        {
            var write = $"COPY (SELECT {select} FROM {Quote(table.Name)} WHERE {Quote(year)} = {from} ORDER BY {Quote(id)} LIMIT {rows}) TO '{path}' (FORMAT binary)";
            var read = $"COPY {Quote(table.Name)} ({string.Join(", ", columns.Select(Quote))}) FROM '{path}' (FORMAT binary)";
            await db.Database.ExecuteSqlRawAsync(write, cancellationToken);
            var watch = Stopwatch.StartNew();
            await db.Database.ExecuteSqlRawAsync(read, cancellationToken);
            return watch.Elapsed;
        }
        catch (PostgresException denied) when (denied.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            return null;
        }
        finally
        {
            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
                // A file on another machine's server, or one its owner keeps: the temporary folder's to clean.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    private static string Quote(string name) => $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
