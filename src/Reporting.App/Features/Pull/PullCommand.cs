using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Reporting.App.CommandLine;
using Reporting.Domain.Registers;
using Reporting.Domain.Units;
using Reporting.Registers.Pulling;

namespace Reporting.App.Features.Pull;

internal static class PullCommand
{
    public const int RejectedWithStrict = 3;

    public static RootCommand WithPull(this RootCommand root)
    {
        var source = new Option<string?>("--source") { Description = "A folder laid out as communes/<code>/… and districts/<code>/… (default: the configured sources)" };
        var year = new Option<string?>("--year") { Description = "Only registers of this year" };
        var unit = new Option<string?>("--unit") { Description = "Only the registers of this commune or district (its code)" };
        var strict = new Option<bool>("--strict") { Description = "Exit with code 3 when any file or row was rejected" };
        var command = new Command("pull", "Pull registers, ingest what is new or changed, and print a summary per file") { source, year, unit, strict };
        command.WithRun(async (parseResult, services, cancellationToken) =>
        {
            var request = PullRequest.Parse(parseResult.GetValue(source), parseResult.GetValue(year), parseResult.GetValue(unit),
                services.GetRequiredService<ProgrammePeriod>(), services.GetRequiredService<UnitDirectory>());
            var result = await services.GetRequiredService<PullJob>().RunAsync(request, RunStarter.CommandLine, cancellationToken);
            PullReport.Print(result, Console.Out, everyFile: true);
            return parseResult.GetValue(strict) && result.Summary.AnythingRejected ? RejectedWithStrict : VerbAction.Success;
        });
        root.Subcommands.Add(command);
        return root;
    }
}
