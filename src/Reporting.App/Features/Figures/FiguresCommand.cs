using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reporting.App.CommandLine;
using Reporting.App.Hosting;
using Reporting.Data.Figures;
using Reporting.Data.Model;
using Reporting.Domain.Units;

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
        var command = new Command("figures", "Print or write the figures of a period (specs/figures.md)") { period, level, unit, format, output };
        command.WithRun(async (parseResult, services, cancellationToken) =>
        {
            var request = new FiguresRequest(
                FiguresPeriod.Parse(parseResult.GetValue(period)!),
                ParseLevel(parseResult.GetValue(level)!),
                parseResult.GetValue(unit),
                ParseFormat(parseResult.GetValue(format)!));
            if (!request.Period.IsYear)
                throw new UsageException("--period: monthly and multi-year figures are not available in this version; give a year such as 2018.");
            var programme = services.GetRequiredService<IOptions<ProgrammeOptions>>().Value.ToPeriod();
            if (!programme.Contains(request.Period.FromYear) || !programme.Contains(request.Period.ToYear))
                throw new UsageException($"--period: years must fall in {programme.FirstYear}–{programme.LastYear}.");
            var db = services.GetRequiredService<ReportingDbContext>();
            var path = parseResult.GetValue(output);
            if (path is null)
            {
                await using var stdout = Console.OpenStandardOutput();
                await FiguresWriter.WriteAsync(db, request, stdout, cancellationToken);
            }
            else
            {
                await FiguresWriter.WriteFileAsync(db, request, path, cancellationToken);
            }
            return VerbAction.Success;
        });
        root.Subcommands.Add(command);
        return root;
    }

    private static UnitLevel? ParseLevel(string text) =>
        text.Equals("all", StringComparison.OrdinalIgnoreCase) ? null
        : UnitLevelNames.TryParse(text, out var level) ? level
        : throw new UsageException($"--level: '{text}' is not province, district, commune, village or all.");

    private static FiguresFormat ParseFormat(string text) =>
        Enum.TryParse<FiguresFormat>(text, ignoreCase: true, out var format) && Enum.IsDefined(format) && !int.TryParse(text, out _)
            ? format
            : throw new UsageException($"--format: '{text}' is not csv or json.");
}
