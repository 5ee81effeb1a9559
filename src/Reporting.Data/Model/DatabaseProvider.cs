namespace Reporting.Data.Model;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
