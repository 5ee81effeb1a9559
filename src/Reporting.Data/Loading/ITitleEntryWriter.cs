using Reporting.Data.Model;

namespace Reporting.Data.Loading;

/// <summary>
/// Replaces the rows of one commune register inside the caller's transaction, the fastest way the
/// provider allows. Rows are streamed, never gathered.
/// </summary>
public interface ITitleEntryWriter
{
    Task ReplaceAsync(ReportingDbContext db, string communeCode, int year, IEnumerable<TitleEntryRow> rows, CancellationToken cancellationToken);

    static ITitleEntryWriter For(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.PostgreSql => new PostgresCopyWriter(),
        _ => new SqliteBatchWriter(),
    };
}
