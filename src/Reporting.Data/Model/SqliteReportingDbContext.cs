using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Reporting.Data.Model;

public sealed class SqliteReportingDbContext(DbContextOptions<SqliteReportingDbContext> options) : ReportingDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

/// <summary>Lets <c>dotnet ef migrations add … --context SqliteReportingDbContext</c> build the model.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteReportingDbContext>
{
    public SqliteReportingDbContext CreateDbContext(string[] args) =>
        (SqliteReportingDbContext)ReportingDatabase.CreateContext("Data Source=design-time.db");
}
