using Npgsql;

namespace Reporting.IntegrationTests.Infrastructure;

/// <summary>
/// A real PostgreSQL for the tests: the one named by <c>REPORTING_TEST_POSTGRES</c> (a connection
/// string to a server where databases may be created), or a throwaway cluster started here from the
/// server binaries (as the <c>postgres</c> user when running as root, since initdb refuses root).
/// </summary>
internal sealed class PostgresServer : IAsyncDisposable
{
    public const string EnvironmentVariable = "REPORTING_TEST_POSTGRES";

    private readonly string? _dataFolder;
    private readonly string? _binaries;
    private readonly int _port;

    private PostgresServer(string adminConnectionString, string? dataFolder = null, string? binaries = null, int port = 0)
    {
        AdminConnectionString = adminConnectionString;
        _dataFolder = dataFolder;
        _binaries = binaries;
        _port = port;
    }

    public string AdminConnectionString { get; }

    public static async Task<PostgresServer> StartAsync()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
            return new PostgresServer(configured);
        return await StartClusterAsync();
    }

    /// <summary>A throwaway cluster of this test's own, which it may stop and start again.</summary>
    public static async Task<PostgresServer> StartClusterAsync()
    {
        var binaries = FindBinaries() ?? throw new InvalidOperationException(
            $"No PostgreSQL server binaries under /usr/lib/postgresql/*/bin and {EnvironmentVariable} is not set.");
        var dataFolder = Path.Combine(Path.GetTempPath(), $"reporting-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dataFolder);
        if (AsRoot)
            await Tools.RunAsync("chown", $"postgres:postgres {dataFolder}");
        await RunPostgresToolAsync(Path.Combine(binaries, "initdb"), $"-D {dataFolder} -A trust -E UTF8 -U postgres --locale=C.UTF-8");
        var port = FreePorts.Next();
        var server = new PostgresServer($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false", dataFolder, binaries, port);
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Stops the server as an administrator would (<c>pg_ctl stop -m fast</c>: sessions cut off, no new ones).</summary>
    public Task StopAsync() => RunPostgresToolAsync(PgCtl, $"-D {_dataFolder} -m fast -w stop");

    public Task StartAgainAsync() => RunPostgresToolAsync(PgCtl,
        $"-D {_dataFolder} -l {_dataFolder}/server.log -w -t 60 -o \"-p {_port} -k {_dataFolder} -h 127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off\" start");

    private string PgCtl => Path.Combine(_binaries ?? throw new InvalidOperationException("Not a cluster of the tests' own."), "pg_ctl");

    /// <summary>A new, empty database for one test.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"reporting_test_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    public async Task DropDatabaseAsync(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_dataFolder is null || _binaries is null)
            return;
        NpgsqlConnection.ClearAllPools();
        await RunPostgresToolAsync(PgCtl, $"-D {_dataFolder} -m immediate -w stop");
        Directory.Delete(_dataFolder, recursive: true);
    }

    private static string? FindBinaries() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")))
                .OrderByDescending(bin => bin, StringComparer.Ordinal)
                .FirstOrDefault()
            : null;

    // initdb refuses to run as root.
    private static bool AsRoot => Environment.UserName == "root";

    private static Task RunPostgresToolAsync(string tool, string arguments) =>
        AsRoot ? Tools.RunAsync("runuser", $"-u postgres -- {tool} {arguments}") : Tools.RunAsync(tool, arguments);
}
