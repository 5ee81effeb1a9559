using Reporting.Data.Model;

namespace Reporting.Data.Loading;

/// <summary>Writes many register rows inside the caller's transaction, the fastest way the provider allows.</summary>
public interface ITitleEntryWriter
{
    Task WriteAsync(ReportingDbContext db, IEnumerable<TitleEntryRow> rows, CancellationToken cancellationToken);

    static ITitleEntryWriter For(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.PostgreSql => new PostgresCopyWriter(),
        _ => new SqliteBatchWriter(),
    };
}
