using Reporting.Data.Model;

namespace Reporting.IntegrationTests.Infrastructure;

/// <summary>
/// The databases a scenario runs on. PostgreSQL is started once for the whole assembly; if it
/// cannot be, every PostgreSQL test is reported inconclusive with the reason — loudly, and
/// <c>.ci/run</c> fails on any test that did not run.
/// </summary>
[TestClass]
public static class TestDatabases
{
    private static PostgresServer? _postgres;
    private static string? _postgresFailure;

    [AssemblyInitialize]
    public static async Task StartPostgresAsync(TestContext _)
    {
        try
        {
            _postgres = await PostgresServer.StartAsync();
        }
        catch (Exception exception)
        {
            _postgresFailure = exception.Message;
            await Console.Error.WriteLineAsync($"WARNING: PostgreSQL tests cannot run: {exception.Message}");
        }
    }

    [AssemblyCleanup]
    public static async Task StopPostgresAsync()
    {
        ConferenceRun.StopLibreOffice();
        if (_postgres is not null)
            await _postgres.DisposeAsync();
    }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"reporting-test-{Guid.NewGuid():N}.db");
            return await TestDatabase.OpenAsync($"Data Source={file}", () => DeleteSqlite(file));
        }
        if (_postgres is null)
            Assert.Inconclusive($"PostgreSQL is not available: {_postgresFailure}");
        var connectionString = await _postgres.CreateDatabaseAsync();
        return await TestDatabase.OpenAsync(connectionString, () => _postgres.DropDatabaseAsync(connectionString));
    }

    private static Task DeleteSqlite(string file)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, $"{file}-wal", $"{file}-shm" })
            File.Delete(path);
        return Task.CompletedTask;
    }
}
