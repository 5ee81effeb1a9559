using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reporting.App.CommandLine;
using Reporting.App.Hosting;
using Reporting.Data;
using Reporting.Data.Model;
using Reporting.Output;
using Spectre.Console;

namespace Reporting.Bench;

/// <summary><c>reporting-bench</c>: the performance benchmark, outside the product it measures.</summary>
internal static class BenchCommand
{
    /// <summary>The tool's command line: the common options of <c>reporting</c> and the bench's own.</summary>
    public static RootCommand Create()
    {
        var scale = new Option<int>("--scale") { Description = "Provinces' worth of registers: S × the households of one province", DefaultValueFactory = _ => 1 };
        var output = new Option<string?>("--output") { Description = "Where to write the JSON report (default: <out>/bench/bench-s<S>.json)" };
        var baseline = new Option<string?>("--baseline") { Description = "The JSON report of a run at a smaller scale, to compare time and memory with" };
        var households = new Option<int>("--households") { Description = "Households of one province's worth", DefaultValueFactory = _ => new Registers.Samples.SampleOptions().Households };
        var stages = new Option<string?>("--stages") { Description = $"Only these stages, comma-separated: {string.Join(", ", BenchStages.All)} (default: all)" };
        var command = new RootCommand("reporting-bench — time every stage of the pipeline on a scratch PostgreSQL database and check the performance targets")
        {
            scale, output, baseline, households, stages,
        }.WithCommonOptions();
        command.SetAction((parseResult, cancellationToken) => VerbAction.GuardAsync(command, cancellationToken, async () =>
        {
            var s = parseResult.GetValue(scale);
            if (s is < 1 or > 64)
                throw new UsageException("--scale: give a whole number from 1 to 64.");
            if (parseResult.GetValue(households) < 1000)
                throw new UsageException("--households: give at least 1000.");
            var chosen = BenchStages.Of(parseResult.GetValue(stages));
            var smaller = parseResult.GetValue(baseline) is { } baselineFile ? ReadBaseline(baselineFile, s) : null;
            var configuration = VerbAction.Configuration(parseResult);
            var connection = configuration.GetConnectionString("Reporting");
            if (string.IsNullOrWhiteSpace(connection) || ReportingDatabase.ProviderOf(connection) != DatabaseProvider.PostgreSql)
                throw new UsageException("bench measures PostgreSQL: give a PostgreSQL connection string with --db (a scratch database is created beside it and dropped after).");
            DatabaseExistence.Ensure(connection);

            var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
            var work = Path.GetFullPath(Path.Combine(storage.DataFolder, "bench"));
            var reportPath = parseResult.GetValue(output) ?? Path.Combine(storage.OutputFolder, "bench", $"bench-s{s}.json");
            await using var scratch = await ScratchDatabase.CreateAsync(connection, TimeProvider.System, cancellationToken);
            await using var services = BenchServices.Build(configuration, scratch.ConnectionString, work);
            await using (var db = ReportingDatabase.CreateContext(scratch.ConnectionString))
                await db.MigrateAsync(cancellationToken);
            try
            {
                var programme = services.GetRequiredService<IOptions<ProgrammeOptions>>().Value.ToPeriod();
                // Redirected output has no width; the table reads better wide than wrapped into 80 columns.
                if (Console.IsOutputRedirected)
                    AnsiConsole.Profile.Width = 160;
                var benchmark = new Benchmark(services, configuration, work, s, s * parseResult.GetValue(households), programme, new ServerBatch(configuration, connection, work), chosen);
                BenchReport report;
                try
                {
                    report = await benchmark.RunAsync(smaller, cancellationToken);
                }
                catch (Exception failure) when (!cancellationToken.IsCancellationRequested)
                {
                    // A stage that fails midway is a bug to find: its whole trace, before the one-line message.
                    await Console.Error.WriteLineAsync(failure.ToString());
                    throw;
                }
                AnsiConsole.Write(report.ToTable());
                await OutputFile.WriteAtomicallyAsync(reportPath, temporary => File.WriteAllTextAsync(temporary, report.ToJson(), cancellationToken));
                AnsiConsole.MarkupLine(Markup.Escape($"Wrote {reportPath}. {(report.AllPass ? "Every target passes." : "Some targets fail (FAIL above).")}"));
            }
            finally
            {
                if (Directory.Exists(work))
                    Directory.Delete(work, recursive: true);
            }
            return VerbAction.Success;
        }));
        return command;
    }

    private static BenchReport ReadBaseline(string path, int scale)
    {
        if (!File.Exists(path))
            throw new UsageException($"--baseline: file '{path}' does not exist.");
        var report = BenchReport.FromJson(File.ReadAllText(path));
        return report.Scale < scale
            ? report
            : throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--baseline: that run was at scale {report.Scale}; compare with a smaller one than {scale}."));
    }
}
