using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reporting.App.CommandLine;
using Reporting.App.Hosting;
using Reporting.Data.Figures;
using Reporting.Data.Files;
using Reporting.Data.Runs;
using Reporting.Domain.Figures;
using Reporting.Domain.Units;
using Reporting.Reports;
using Reporting.Reports.Output;

namespace Reporting.App.Features.Figures;

internal static class FiguresCommand
{
    public static RootCommand WithFigures(this RootCommand root)
    {
        var period = new Option<string>("--period") { Description = "2018 (year), 2018-03 (as of the month's end) or 2016-2018 (window)", Required = true };
        var level = new Option<string>("--level") { Description = "province, district, commune, village or all", DefaultValueFactory = _ => "all" };
        var unit = new Option<string?>("--unit") { Description = "Only this unit and the units under it" };
        var format = new Option<string>("--format") { Description = "csv or json", DefaultValueFactory = _ => "csv" };
        var output = new Option<string?>("--output") { Description = "Write to this file instead of standard output" };
        var table = new Option<string>("--table") { Description = "figures (default), exemplars (named lists of a window) or completeness", DefaultValueFactory = _ => "figures" };
        var command = new Command("figures", "Print or write the figures of a period (specs/figures.md)") { period, level, unit, format, output, table };
        command.WithRun(async (parseResult, services, cancellationToken) =>
        {
            var request = new FiguresRequest(
                ParsePeriod(parseResult.GetValue(period)!),
                ParseLevel(parseResult.GetValue(level)!),
                parseResult.GetValue(unit),
                ParseEnum<FiguresFormat>("--format", parseResult.GetValue(format)!),
                ParseEnum<FiguresTable>("--table", parseResult.GetValue(table)!));
            var programme = services.GetRequiredService<IOptions<ProgrammeOptions>>().Value.ToPeriod();
            if (!programme.Contains(request.Period.FromYear) || !programme.Contains(request.Period.ToYear))
                throw new UsageException($"--period: years must fall in {programme.FirstYear}–{programme.LastYear}.");
            if (request.Table == FiguresTable.Completeness && request.Period.IsWindow)
                throw new UsageException("--table completeness takes a year or a month, not a window.");
            if (request.Table == FiguresTable.Exemplars && request.Period.IsMonth)
                throw new UsageException("--table exemplars takes a year or a window, not a month.");
            var ledger = services.GetRequiredService<RunLedger>();
            await ledger.RecordAsync(FiguresJob.JobName, request.LedgerParameters, RunStarter.CommandLine, async runId =>
            {
                if (parseResult.GetValue(output) is { } path)
                {
                    var snapshot = await FiguresWriter.WriteFileAsync(services, request, path, cancellationToken);
                    var outputFolder = services.GetRequiredService<ReportFolders>().Output;
                    await ledger.RecordOutputsAsync(runId, [(Path.GetRelativePath(outputFolder, Path.GetFullPath(path)), OutputFile.Sha256Of(path), new FileInfo(path).Length)], cancellationToken);
                    Console.WriteLine($"Wrote {path} (snapshot {snapshot.Id}, sha256 {snapshot.Sha256}).");
                }
                else
                {
                    await using var stdout = Console.OpenStandardOutput();
                    await FiguresWriter.WriteAsync(services, request, stdout, cancellationToken);
                }
                return runId;
            }, cancellationToken);
            return VerbAction.Success;
        });
        root.Subcommands.Add(command);
        return root;
    }

    private static FiguresPeriod ParsePeriod(string text) =>
        FiguresPeriod.TryParse(text, out var period)
            ? period
            : throw new UsageException($"--period: '{text}' is not a year (2018), a month (2018-03) or a window (2016-2018).");

    private static UnitLevel? ParseLevel(string text) =>
        text.Equals("all", StringComparison.OrdinalIgnoreCase) ? null
        : UnitLevelNames.TryParse(text, out var level) ? level
        : throw new UsageException($"--level: '{text}' is not province, district, commune, village or all.");

    private static T ParseEnum<T>(string option, string text) where T : struct, Enum =>
        !int.TryParse(text, out _) && Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value)
            ? value
            : throw new UsageException($"{option}: '{text}' is not one of {string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}.");
}
