using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reporting.App.CommandLine;
using Reporting.App.Hosting;
using Reporting.Data.Units;
using Reporting.Registers.Pulling;
using Reporting.Registers.Pulling.Sources;

namespace Reporting.App.Features.Pull;

internal static class PullCommand
{
    public const int RejectedWithStrict = 3;

    public static RootCommand WithPull(this RootCommand root)
    {
        var source = new Option<string?>("--source") { Description = "A folder laid out as communes/<code>/… and districts/<code>/… (default: the configured sources)" };
        var year = new Option<int?>("--year") { Description = "Only registers of this year" };
        var unit = new Option<string?>("--unit") { Description = "Only the registers of this commune or district (its code)" };
        var strict = new Option<bool>("--strict") { Description = "Exit with code 3 when any file or row was rejected" };
        var command = new Command("pull", "Pull registers, ingest what is new or changed, and print a summary per file") { source, year, unit, strict };
        command.WithRun(async (parseResult, services, cancellationToken) =>
        {
            var filter = new PullFilter(parseResult.GetValue(year), parseResult.GetValue(unit)?.Trim());
            if (filter.Unit is { } code && !services.GetRequiredService<UnitDirectory>().KeepsRegisters(code, filter.Year))
                throw new UsageException($"--unit: '{code}' is not the code of a commune or district{(filter.Year is null ? "" : $" in {filter.Year}")}.");
            var sources = parseResult.GetValue(source) is { } tree ? PullSources.FromTree(services, tree) : PullSources.Configured(services);
            var result = await RunAsync(services, sources, filter, cancellationToken);
            PullReport.Print(result, Console.Out, everyFile: true);
            return parseResult.GetValue(strict) && result.Summary.AnythingRejected ? RejectedWithStrict : VerbAction.Success;
        });
        root.Subcommands.Add(command);
        return root;
    }

    public static Task<PullJob.Result> RunAsync(IServiceProvider services, IReadOnlyList<IRegisterSource> sources, PullFilter filter, CancellationToken cancellationToken) =>
        services.GetRequiredService<PullJob>().RunAsync(
            sources, filter, services.GetRequiredService<IOptions<StorageOptions>>().Value.OutputFolder, RunStarter.CommandLine, cancellationToken);

}
