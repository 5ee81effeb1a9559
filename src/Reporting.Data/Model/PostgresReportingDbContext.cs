using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Reporting.Data.Model;

public sealed class PostgresReportingDbContext(DbContextOptions<PostgresReportingDbContext> options) : ReportingDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresReportingDbContext</c> build the model.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresReportingDbContext>
{
    public PostgresReportingDbContext CreateDbContext(string[] args) =>
        (PostgresReportingDbContext)ReportingDatabase.CreateContext("Host=localhost;Database=reporting_design");
}
