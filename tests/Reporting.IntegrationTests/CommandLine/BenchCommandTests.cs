using System.Text.Json;
using Npgsql;
using Reporting.Data.Model;
using Reporting.IntegrationTests.Infrastructure;
using Reporting.Testing;

namespace Reporting.IntegrationTests.CommandLine;

/// <summary>
/// <c>reporting-bench</c> (tools/Reporting.Bench) on a small province: every stage runs and reports, the figures agree with
/// the hand-written ROLLUP count for count, the per-commune pull jobs run once each on one server
/// and on two, and the scratch databases are gone afterwards. Speeds
/// are not asserted here (the machine is shared); the bench itself prints them.
/// </summary>
[TestClass]
[TestCategory(Categories.Slow)]
public sealed class BenchCommandTests
{
    [TestMethod]
    public async Task Bench_runs_every_stage_on_a_scratch_database_and_its_figures_match_the_rollup()
    {
        var folder = Directory.CreateTempSubdirectory("bench-").FullName;
        await using var database = await TestDatabases.CreateAsync(DatabaseProvider.PostgreSql);
        var report = Path.Combine(folder, "bench.json");

        var bench = await Cli.RunBenchAsync(folder, "--households", "1000", "--db", database.ConnectionString, "--output", report);

        Assert.AreEqual(0, bench.ExitCode, bench.Failure);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report));
        var lines = json.RootElement.GetProperty("lines").EnumerateArray().ToList();
        CollectionAssert.IsSubsetOf(
            new[] { "generate", "parse only", "ingest", "load baseline", "figures", "reports", "incremental", "servers", "end to end", "memory" },
            lines.Select(l => l.GetProperty("stage").GetString()).Distinct().ToList());
        var differing = lines.Single(l => l.GetProperty("measure").GetString() == "counts differing from the ROLLUP's");
        Assert.AreEqual(0, differing.GetProperty("value").GetDouble());
        Assert.IsTrue(differing.GetProperty("pass").GetBoolean());
        Assert.IsGreaterThan(0L, json.RootElement.GetProperty("rows").GetInt64());
        var batches = lines.Where(l => l.GetProperty("measure").GetString()!.EndsWith("each job once and finished", StringComparison.Ordinal)).ToList();
        Assert.HasCount(2, batches, "a batch on one server and on two");
        Assert.IsTrue(batches.All(b => b.GetProperty("pass").GetBoolean()), "every per-commune pull job ran once, on either server");
        StringAssert.Contains(bench.Output, "loader / EF Core");
        var endToEnd = lines.Single(l => l.GetProperty("stage").GetString() == "end to end");
        StringAssert.Contains(endToEnd.GetProperty("measure").GetString(), "33 conference packs with Word and PDF", "the province and its ten districts at each of the three reviews");

        // A larger run against this one holds each stage's time to its share of the growth.
        var larger = Path.Combine(folder, "bench-s2.json");
        var second = await Cli.RunBenchAsync(folder, "--households", "1000", "--scale", "2", "--stages", "read-limit,parse",
            "--db", database.ConnectionString, "--baseline", report, "--output", larger);
        Assert.AreEqual(0, second.ExitCode, second.Failure);
        using var grown = JsonDocument.Parse(await File.ReadAllTextAsync(larger));
        var growth = grown.RootElement.GetProperty("lines").EnumerateArray()
            .Where(l => l.GetProperty("stage").GetString() == "scale").Select(l => l.GetProperty("measure").GetString()).ToList();
        CollectionAssert.AreEquivalent(new[] { "read limit: time, S = 2 / S = 1", "parse only: time, S = 2 / S = 1" }, growth);

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname LIKE 'reporting_bench_%'", connection);
        Assert.AreEqual(0L, (long)(await command.ExecuteScalarAsync())!, "the scratch databases were dropped");
        Assert.IsFalse(Directory.Exists(Path.Combine(folder, "data", "bench")), "the generated registers were removed");
        Directory.Delete(folder, recursive: true);
    }
}
