using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reporting.App.CommandLine;
using Reporting.App.Features.Pull;
using Reporting.App.Hosting;
using Reporting.Data;
using Reporting.Data.Model;
using Reporting.Domain.Figures;
using Reporting.Domain.Programme;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;
using Reporting.Figures;
using Reporting.Figures.Export;
using Reporting.Figures.Queries;
using Reporting.Registers.Pulling;
using Reporting.Registers.Samples;
using Reporting.Reports.Conference;
using Reporting.Reports.Costs;
using Reporting.Reports.Monthly;

namespace Reporting.App.Features.Demo;

/// <summary>
/// The README's first command: sample registers of the whole province, pulled, the figures of
/// every year written out and summarised, the monthly summary of every December, the packs of the
/// three review conferences and the cost estimate of every year.
/// </summary>
internal static class DemoCommand
{
    public static RootCommand WithDemo(this RootCommand root)
    {
        var households = new Option<int>("--households") { Description = "Households of the province in 2016", DefaultValueFactory = _ => new SampleOptions().Households };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed gives the same registers", DefaultValueFactory = _ => new SampleOptions().Seed };
        var command = new Command("demo", "Write sample registers of the whole province for every programme year and run the pipeline on them") { households, seed };
        command.WithRun(async (parseResult, services, cancellationToken) =>
        {
            var options = new SampleOptions(parseResult.GetValue(households), parseResult.GetValue(seed));
            if (options.Households < 0)
                throw new UsageException("--households must be 0 or more.");
            var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;
            var folder = storage.SampleRegistersFolder;
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);

            var sample = services.GetRequiredService<SampleRegisterGenerator>().Generate(folder, options);
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
                "Wrote {0} sample registers under {1}: {2:N0} households, {3:N0} villages, {4:N0} clans, {5:N0} learning units, {6} faulty rows.",
                sample.Files, folder, sample.Households, sample.Villages, sample.Clans, sample.Units, sample.FaultyRows));

            var pull = await services.GetRequiredService<PullJob>().RunAsync(PullRequest.Everything with { SourceTree = folder }, RunStarter.CommandLine, cancellationToken);
            PullReport.Print(pull, Console.Out, everyFile: false);

            var db = services.GetRequiredService<ReportingDbContext>();
            var calendar = services.GetRequiredService<ProgrammeCalendar>();
            var programme = calendar.Period;
            var reviews = ConferenceKind.All(calendar);
            foreach (var year in programme.Years)
            {
                await WriteAsync(services, FiguresPeriod.Year(year), FiguresTable.Figures, cancellationToken);
                await WriteAsync(services, FiguresPeriod.Year(year), FiguresTable.Completeness, cancellationToken);
                await PrintProvinceAsync(db, year, cancellationToken);
            }
            foreach (var window in reviews.Select(k => k.Window))
            {
                await WriteAsync(services, window, FiguresTable.Figures, cancellationToken);
                await WriteAsync(services, window, FiguresTable.Exemplars, cancellationToken);
            }
            Console.WriteLine($"Figures of every year are in {Path.Combine(storage.OutputFolder, "figures")}; try 'reporting figures --period 2018 --format csv'.");

            // The year-end summary of every year; any other month is one 'reporting monthly' away.
            foreach (var year in programme.Years)
            {
                var summary = await services.GetRequiredService<MonthlySummaryJob>().RunAsync(MonthlyRequest.Of(year, 12, programme), RunStarter.CommandLine, cancellationToken);
                Console.WriteLine($"Monthly summary: {summary.WorkbookPath}. {summary.Delivery}");
            }
            foreach (var kind in reviews)
            {
                var packs = await services.GetRequiredService<ConferencePackJob>().RunAsync(new ConferenceRequest(kind, null), RunStarter.CommandLine, cancellationToken);
                Console.WriteLine($"Conference packs of {kind.Year} ({kind.ShortTitle}): {packs.Folders.Count} under {Path.Combine(storage.OutputFolder, "conference", kind.Year.ToString(CultureInfo.InvariantCulture))}.");
            }
            foreach (var year in programme.Years)
            {
                var estimate = await services.GetRequiredService<CostEstimateJob>().RunAsync(CostsRequest.Of(year, programme), RunStarter.CommandLine, cancellationToken);
                Console.WriteLine($"Cost estimate {year}: {Reporting.Reports.Output.Vietnamese.Number((long)estimate.Total)} đ in {estimate.WorkbookPath}.");
            }
            return VerbAction.Success;
        });
        root.Subcommands.Add(command);
        return root;
    }

    private static Task WriteAsync(IServiceProvider services, FiguresPeriod period, FiguresTable table, CancellationToken cancellationToken)
    {
        var folder = services.GetRequiredService<IOptions<StorageOptions>>().Value.OutputFolder;
        var path = Path.Combine(folder, "figures", $"{table.ToString().ToLowerInvariant()}-{period}.csv");
        return services.GetRequiredService<FiguresWriter>().WriteFileAsync(new FiguresRequest(period, null, null, FiguresFormat.Csv, table), path, cancellationToken);
    }

    private static async Task PrintProvinceAsync(ReportingDbContext db, int year, CancellationToken cancellationToken)
    {
        Console.WriteLine($"{year}  title               eligible  registered  recognized  recognized %");
        await foreach (var row in YearFiguresQuery.RunAsync(db, year, cancellationToken))
        {
            if (row.Level != UnitLevel.Province)
                break;
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "      {0,-18} {1,9:N0} {2,11:N0} {3,11} {4,13}",
                row.Title.Key(), row.Eligible, row.Registered,
                row.Recognized?.ToString("N0", CultureInfo.InvariantCulture) ?? "—",
                row.RecognizedPercent?.ToString("0.0", CultureInfo.InvariantCulture) ?? "—"));
        }
    }
}
