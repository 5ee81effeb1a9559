using Npgsql;

namespace Reporting.Data.Model;

/// <summary>The PostgreSQL database a connection string names does not exist.</summary>
public sealed class DatabaseMissingException(string message, Exception inner) : Exception(message, inner);

public static class DatabaseExistence
{
    private const string InvalidCatalogName = "3D000";

    /// <summary>Connects once to a PostgreSQL database, turning "no such database" into a message that says what to do.</summary>
    public static void Ensure(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        try
        {
            using var connection = new NpgsqlConnection(connectionString);
            connection.Open();
        }
        catch (PostgresException exception) when (exception.SqlState == InvalidCatalogName)
        {
            throw new DatabaseMissingException(
                $"The PostgreSQL database '{builder.Database}' does not exist on {builder.Host}:{builder.Port}. " +
                $"Create it first (createdb {builder.Database}), or point ConnectionStrings:Reporting / --db at one that exists.", exception);
        }
    }
}
