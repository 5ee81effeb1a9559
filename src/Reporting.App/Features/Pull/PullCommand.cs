using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Reporting.App.CommandLine;
using Reporting.App.Hosting;
using Reporting.Data.Runs;
using Reporting.Registers.Pulling;

namespace Reporting.App.Features.Pull;

internal static class PullCommand
{
    public const int RejectedWithStrict = 3;

    public static RootCommand WithPull(this RootCommand root)
    {
        var source = new Option<string?>("--source") { Description = "A folder laid out as communes/<code>/… and districts/<code>/…" };
        var year = new Option<int?>("--year") { Description = "Only registers of this year" };
        var strict = new Option<bool>("--strict") { Description = "Exit with code 3 when any file or row was rejected" };
        var command = new Command("pull", "Pull registers, ingest what is new or changed, and print a summary per file") { source, year, strict };
        command.WithRun(async (parseResult, services, cancellationToken) =>
        {
            var folder = parseResult.GetValue(source) ?? ConfiguredFolder(services)
                ?? throw new UsageException("pull: give --source DIR or configure Sources:Folder in appsettings.json.");
            if (!Directory.Exists(folder))
                throw new UsageException($"pull: source folder '{folder}' does not exist.");
            var summary = await Job(services).RunAsync(folder, parseResult.GetValue(year), StartedBy, cancellationToken);
            PullReport.Print(summary, Console.Out, everyFile: true);
            return parseResult.GetValue(strict) && summary.AnythingRejected ? RejectedWithStrict : VerbAction.Success;
        });
        root.Subcommands.Add(command);
        return root;
    }

    private static string? ConfiguredFolder(IServiceProvider services) =>
        services.GetRequiredService<IConfiguration>()["Sources:Folder"] is { Length: > 0 } folder ? folder : null;

    public static string StartedBy => $"cli:{Environment.UserName}";

    public static PullJob Job(IServiceProvider services) =>
        new(services.GetRequiredService<PullService>(), services.GetRequiredService<RunLedger>());
}
