using System.Globalization;
using Npgsql;

namespace Reporting.Bench;

/// <summary>
/// A database of its own on the server the bench is given, created for one run and dropped after
/// it: the bench never touches the data of the database it was pointed at.
/// </summary>
internal sealed class ScratchDatabase : IAsyncDisposable
{
    private readonly string _server;
    private readonly string _name;

    private ScratchDatabase(string server, string name, string connectionString)
    {
        _server = server;
        _name = name;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static async Task<ScratchDatabase> CreateAsync(string connectionString, TimeProvider clock, CancellationToken cancellationToken)
    {
        var name = $"reporting_bench_{clock.GetUtcNow().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)}_{Guid.NewGuid().ToString("N")[..6]}";
        var server = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false }.ConnectionString;
        await ExecuteAsync(server, $"CREATE DATABASE {name} ENCODING 'UTF8' TEMPLATE template0", cancellationToken);
        var scratch = new NpgsqlConnectionStringBuilder(connectionString) { Database = name }.ConnectionString;
        return new ScratchDatabase(server, name, scratch);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(_server, $"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", CancellationToken.None);
    }

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
