using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reporting.App.CommandLine;
using Reporting.App.Hosting;
using Reporting.Registers.Pulling;

namespace Reporting.App.Features.Pull;

internal static class PullCommand
{
    public const int RejectedWithStrict = 3;

    public static RootCommand WithPull(this RootCommand root)
    {
        var source = new Option<string?>("--source") { Description = "A folder laid out as communes/<code>/… and districts/<code>/… (default: the configured sources)" };
        var year = new Option<int?>("--year") { Description = "Only registers of this year" };
        var strict = new Option<bool>("--strict") { Description = "Exit with code 3 when any file or row was rejected" };
        var command = new Command("pull", "Pull registers, ingest what is new or changed, and print a summary per file") { source, year, strict };
        command.WithRun(async (parseResult, services, cancellationToken) =>
        {
            var sources = parseResult.GetValue(source) is { } tree ? PullSources.FromTree(services, tree) : PullSources.Configured(services);
            var result = await RunAsync(services, sources, parseResult.GetValue(year), cancellationToken);
            PullReport.Print(result, Console.Out, everyFile: true);
            return parseResult.GetValue(strict) && result.Summary.AnythingRejected ? RejectedWithStrict : VerbAction.Success;
        });
        root.Subcommands.Add(command);
        return root;
    }

    public static Task<PullJob.Result> RunAsync(IServiceProvider services, IReadOnlyList<Registers.Pulling.Sources.IRegisterSource> sources, int? year, CancellationToken cancellationToken) =>
        services.GetRequiredService<PullJob>().RunAsync(
            sources, year, services.GetRequiredService<IOptions<StorageOptions>>().Value.OutputFolder, RunStarter.CommandLine, cancellationToken);

}
