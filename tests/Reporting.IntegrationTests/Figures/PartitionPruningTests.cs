using Npgsql;
using Reporting.Domain.Figures;
using Reporting.Data.Model;
using Reporting.Figures.Queries;
using Reporting.IntegrationTests.Infrastructure;
using Reporting.Testing;

namespace Reporting.IntegrationTests.Figures;

/// <summary>On PostgreSQL the register rows are partitioned by year, and the year's figures read that year's partition alone.</summary>
[TestClass]
public sealed class PartitionPruningTests
{
    private PipelineFixture _pipeline = null!;

    [TestInitialize]
    public async Task CreatePipelineAsync()
    {
        _pipeline = await PipelineFixture.CreateAsync(DatabaseProvider.PostgreSql);
        foreach (var year in new[] { 2017, 2018 })
            RegisterBuilder.Commune("23272", year).Village("T01", 10, Steps.Recognized(year)).Household("0001", "T01", Steps.Recognized(year)).SaveUnder(_pipeline.Source);
        await _pipeline.PullAsync();
    }

    [TestCleanup]
    public async Task DisposePipelineAsync() => await _pipeline.DisposeAsync();

    private async Task<List<string>> ScalarsAsync(string sql, Dictionary<string, object>? parameters = null)
    {
        await using var connection = new NpgsqlConnection(_pipeline.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters ?? [])
            command.Parameters.AddWithValue(name, value);
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            values.Add(reader.GetValue(0).ToString()!);
        return values;
    }

    [TestMethod]
    public async Task Register_rows_lie_in_the_partition_of_their_year()
    {
        var rows = await ScalarsAsync("SELECT tableoid::regclass::text || ' ' || year FROM title_entries ORDER BY year, title");

        CollectionAssert.AreEqual(new[] { "title_entries_y2017 2017", "title_entries_y2017 2017", "title_entries_y2018 2018", "title_entries_y2018 2018" }, rows);
        Assert.AreEqual("r", (await ScalarsAsync("SELECT partstrat::text FROM pg_partitioned_table WHERE partrelid = 'title_entries'::regclass")).Single(), "range-partitioned");
    }

    [TestMethod]
    public async Task Year_figures_query_reads_only_the_partition_of_its_year()
    {
        await using var db = _pipeline.Database.NewContext();
        await using var command = await YearFiguresQuery.CommandAsync(db, [.. Enumerable.Range(1, 12).Select(m => FiguresPeriod.AsOfMonth(2018, m))], CancellationToken.None);
        command.CommandText = "EXPLAIN " + command.CommandText;
        var lines = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
                lines.Add(reader.GetString(0));
        }
        var plan = string.Join("\n", lines);

        StringAssert.Contains(plan, "title_entries_y2018");
        foreach (var other in new[] { "title_entries_y2017", "title_entries_y2019", "title_entries_other_years" })
            Assert.DoesNotContain(other, plan, $"{other} is pruned:\n{plan}");
    }
}
