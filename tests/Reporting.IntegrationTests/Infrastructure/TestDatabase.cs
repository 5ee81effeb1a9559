using Reporting.Data.Model;

namespace Reporting.IntegrationTests.Infrastructure;

/// <summary>One migrated, seeded database for one test, removed afterwards.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly Func<Task> _drop;

    private TestDatabase(string connectionString, Func<Task> drop)
    {
        ConnectionString = connectionString;
        _drop = drop;
    }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> OpenAsync(string connectionString, Func<Task> drop)
    {
        await using var db = ReportingDatabase.CreateContext(connectionString);
        await db.MigrateAsync();
        return new TestDatabase(connectionString, drop);
    }

    public ReportingDbContext NewContext() => ReportingDatabase.CreateContext(ConnectionString);

    public async ValueTask DisposeAsync() => await _drop();
}
