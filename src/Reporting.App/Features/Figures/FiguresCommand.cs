using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reporting.App.CommandLine;
using Reporting.Data;
using Reporting.Data.Approval;
using Reporting.Reports.Output;
using Reporting.Data.Runs;
using Reporting.Domain.Registers;
using Reporting.Figures;
using Reporting.Figures.Export;
using Reporting.Output;

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
            var request = FiguresRequest.Parse(parseResult.GetValue(period), parseResult.GetValue(level), parseResult.GetValue(unit),
                parseResult.GetValue(format), parseResult.GetValue(table), services.GetRequiredService<ProgrammePeriod>());
            var ledger = services.GetRequiredService<RunLedger>();
            await ledger.RecordAsync(FiguresJob.Job, request.LedgerParameters, RunStarter.CommandLine, async (runId, cancellationToken) =>
            {
                if (parseResult.GetValue(output) is { } path)
                {
                    var snapshot = await services.GetRequiredService<FiguresWriter>().WriteFileAsync(request, path, cancellationToken);
                    var outputFolder = services.GetRequiredService<IOptions<StorageOptions>>().Value.OutputFolder;
                    var written = RunManifest.Describe(outputFolder, Path.GetFullPath(path));
                    await ledger.RecordOutputsAsync(runId, [(written.Path, written.Sha256, written.Bytes)], cancellationToken);
                    Console.WriteLine($"Wrote {path} (snapshot {snapshot.Id}, sha256 {snapshot.Sha256}).");
                }
                else
                {
                    await using var stdout = Console.OpenStandardOutput();
                    await services.GetRequiredService<FiguresWriter>().WriteAsync(request, stdout, cancellationToken);
                }
                return runId;
            }, cancellationToken);
            // On standard error, so that the CSV or JSON on standard output stays as it is.
            var years = Enumerable.Range(request.Period.FromYear, request.Period.ToYear - request.Period.FromYear + 1);
            await Console.Error.WriteLineAsync((await ClosedFigures.OfAsync(services.GetRequiredService<ApprovalLedger>(), years, cancellationToken)).Words);
            return VerbAction.Success;
        });
        root.Subcommands.Add(command);
        return root;
    }
}
