using Microsoft.EntityFrameworkCore;

namespace Reporting.Data.Model;

/// <summary>Opens the database a connection string names: SQLite for <c>Data Source=…</c>, PostgreSQL otherwise.</summary>
public static class ReportingDatabase
{
    public static DatabaseProvider ProviderOf(string connectionString) =>
        connectionString.TrimStart().StartsWith("Data Source=", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.Sqlite
            : DatabaseProvider.PostgreSql;

    public static ReportingDbContext CreateContext(string connectionString) => ProviderOf(connectionString) switch
    {
        DatabaseProvider.Sqlite => new SqliteReportingDbContext(
            new DbContextOptionsBuilder<SqliteReportingDbContext>()
                .UseSqlite(connectionString, sqlite => sqlite.CommandTimeout(600))
                .Options),
        _ => new PostgresReportingDbContext(
            new DbContextOptionsBuilder<PostgresReportingDbContext>()
                .UseNpgsql(connectionString, npgsql => npgsql.CommandTimeout(600))
                .Options),
    };
}
