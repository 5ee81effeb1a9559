using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reporting.App.CommandLine;
using Reporting.App.Features.Pull;
using Reporting.Data;
using Reporting.Data.Model;
using Reporting.Domain.Figures;
using Reporting.Domain.Programme;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;
using Reporting.Figures;
using Reporting.Figures.Export;
using Reporting.Figures.Snapshots;
using Reporting.Registers.Pulling;
using Reporting.Reports.Conference;
using Reporting.Reports.Costs;
using Reporting.Reports.Monthly;

namespace Reporting.App.Features.Demo;

/// <summary>
/// The whole province from its registers to every document: the pull of a tree of registers, the
/// figures of every year and window written out, the monthly summary of every December, the packs
/// of the review conferences and the cost estimate of every year. What <c>demo</c> does after
/// writing its sample, and what the bench's end-to-end stage times.
/// </summary>
public static class WholeProvinceRun
{
    public static async Task RunAsync(IServiceProvider services, string registers, TextWriter output, CancellationToken cancellationToken)
    {
        var pull = await services.GetRequiredService<PullJob>().RunAsync(PullRequest.Everything with { SourceTree = registers }, RunStarter.CommandLine, cancellationToken);
        PullReport.Print(pull, output, everyFile: false);

        var calendar = services.GetRequiredService<ProgrammeCalendar>();
        var programme = calendar.Period;
        var reviews = ConferenceKind.All(calendar);
        var yearFigures = await GatherAsync(services, programme.Years, async (scope, year) =>
        {
            // The year with the two month ends its December summary compares, in one pass: the file
            // written next and the summary read them back.
            await scope.GetRequiredService<FigureSnapshots>().ForRun()
                .FiguresAsync([FiguresPeriod.Year(year), FiguresPeriod.AsOfMonth(year, 12), FiguresPeriod.AsOfMonth(year, 11)], cancellationToken);
            await WriteAsync(scope, FiguresPeriod.Year(year), FiguresTable.Completeness, cancellationToken);
            return await WriteAsync(scope, FiguresPeriod.Year(year), FiguresTable.Figures, cancellationToken);
        }, cancellationToken);
        foreach (var year in programme.Years)
            PrintProvince(year, SnapshotReader.Figures(yearFigures[year].Content), output);
        // Each review's window and exemplars written out, and the window before it that its commendations draw on kept for the estimates.
        var windows = reviews.Select(k => (Func<IServiceProvider, Task>)(scope => WriteAsync(scope, k.Window, FiguresTable.Figures, cancellationToken)))
            .Concat(reviews.Select(k => (Func<IServiceProvider, Task>)(scope => WriteAsync(scope, k.Window, FiguresTable.Exemplars, cancellationToken))))
            .Concat(reviews.Select(k => CostEstimator.CandidatesWindow(k.Review)).OfType<FiguresPeriod>().Select(window => (Func<IServiceProvider, Task>)(scope =>
                scope.GetRequiredService<FigureSnapshots>().ForRun().FiguresAsync(window, cancellationToken))));
        await EachAsync(services, windows, (scope, write) => write(scope), cancellationToken);
        output.WriteLine($"Figures of every year are in {Path.Combine(Output(services), "figures")}; try 'reporting figures --period 2018 --format csv'.");

        // The year-end summary of every year; any other month is one 'reporting monthly' away.
        var summaries = await GatherAsync(services, programme.Years, (scope, year) =>
            scope.GetRequiredService<MonthlySummaryJob>().RunAsync(MonthlyRequest.Of(year, 12, programme), RunStarter.CommandLine, cancellationToken), cancellationToken);
        foreach (var year in programme.Years)
            output.WriteLine($"Monthly summary: {summaries[year].WorkbookPath}. {summaries[year].Delivery}");
        foreach (var kind in reviews)
        {
            var packs = await services.GetRequiredService<ConferencePackJob>().RunAsync(new ConferenceRequest(kind, null), RunStarter.CommandLine, cancellationToken);
            output.WriteLine($"Conference packs of {kind.Year} ({kind.ShortTitle}): {packs.Folders.Count} under {Path.Combine(Output(services), "conference", kind.Year.ToString(CultureInfo.InvariantCulture))}.");
        }
        var estimates = await GatherAsync(services, programme.Years, (scope, year) =>
            scope.GetRequiredService<CostEstimateJob>().RunAsync(CostsRequest.Of(year, programme), RunStarter.CommandLine, cancellationToken), cancellationToken);
        foreach (var year in programme.Years)
            output.WriteLine($"Cost estimate {year}: {Reporting.Reports.Output.Vietnamese.Number((long)estimates[year].Total)} đ in {estimates[year].WorkbookPath}.");
    }

    /// <summary>As <see cref="EachAsync{T}"/>, with what each item's work returned, by item.</summary>
    private static async Task<IReadOnlyDictionary<T, TResult>> GatherAsync<T, TResult>(
        IServiceProvider services, IEnumerable<T> items, Func<IServiceProvider, T, Task<TResult>> work, CancellationToken cancellationToken) where T : notnull
    {
        var results = new System.Collections.Concurrent.ConcurrentDictionary<T, TResult>();
        await EachAsync(services, items, async (scope, item) => { results[item] = await work(scope, item); }, cancellationToken);
        return results;
    }

    /// <summary>
    /// Independent work — tables, summaries, estimates — side by side, each in a scope (a connection)
    /// of its own: on PostgreSQL one per core; SQLite has one writer, and takes them one by one.
    /// </summary>
    private static Task EachAsync<T>(IServiceProvider services, IEnumerable<T> items, Func<IServiceProvider, T, Task> work, CancellationToken cancellationToken)
    {
        var lanes = services.GetRequiredService<ReportingDbContext>().Provider == DatabaseProvider.PostgreSql ? Environment.ProcessorCount : 1;
        var scopes = services.GetRequiredService<IServiceScopeFactory>();
        return Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = lanes, CancellationToken = cancellationToken }, async (item, _) =>
        {
            await using var scope = scopes.CreateAsyncScope();
            await work(scope.ServiceProvider, item);
        });
    }

    private static string Output(IServiceProvider services) => services.GetRequiredService<IOptions<StorageOptions>>().Value.OutputFolder;

    private static Task<FigureSnapshot> WriteAsync(IServiceProvider services, FiguresPeriod period, FiguresTable table, CancellationToken cancellationToken)
    {
        var folder = services.GetRequiredService<IOptions<StorageOptions>>().Value.OutputFolder;
        var path = Path.Combine(folder, "figures", $"{table.ToString().ToLowerInvariant()}-{period}.csv");
        return services.GetRequiredService<FiguresWriter>().WriteFileAsync(new FiguresRequest(period, null, null, FiguresFormat.Csv, table), path, cancellationToken);
    }

    private static void PrintProvince(int year, IEnumerable<FigureRow> figures, TextWriter output)
    {
        output.WriteLine($"{year}  title               eligible  registered  recognized  recognized %");
        foreach (var row in figures)
        {
            if (row.Level != UnitLevel.Province)
                break;
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "      {0,-18} {1,9:N0} {2,11:N0} {3,11} {4,13}",
                row.Title.Key(), row.Eligible, row.Registered,
                row.Recognized?.ToString("N0", CultureInfo.InvariantCulture) ?? "—",
                row.RecognizedPercent?.ToString("0.0", CultureInfo.InvariantCulture) ?? "—"));
        }
    }
}
