using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Reporting.Data.Model;
using Reporting.Scheduling.Schedules;

namespace Reporting.Scheduling.Storage;

/// <summary>
/// Where Hangfire keeps its jobs: in memory beside the embedded SQLite database (one process), in
/// the reporting database's <c>hangfire</c> schema on PostgreSQL (any number of servers).
/// </summary>
public static class SchedulerStorage
{
    public static JobStorage Create(string? connectionString, SchedulerOptions options)
    {
        if (string.IsNullOrWhiteSpace(connectionString) || ReportingDatabase.ProviderOf(connectionString) == DatabaseProvider.Sqlite)
            return new InMemoryStorage(new InMemoryStorageOptions { MaxExpirationTime = TimeSpan.FromDays(options.KeepFinishedJobsDays) });
        // Hangfire.PostgreSql retries a missing database for ever without a word: say so and stop.
        DatabaseExistence.Ensure(connectionString);
        var storageOptions = new PostgreSqlStorageOptions
        {
            PrepareSchemaIfNecessary = true,
            UseSlidingInvisibilityTimeout = true,
            InvisibilityTimeout = TimeSpan.FromSeconds(options.InvisibilityTimeoutSeconds),
            QueuePollInterval = TimeSpan.FromSeconds(options.PollIntervalSeconds),
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, storageOptions), storageOptions);
    }
}
