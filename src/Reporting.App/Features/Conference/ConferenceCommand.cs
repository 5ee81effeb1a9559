using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Reporting.App.CommandLine;
using Reporting.Domain.Programme;
using Reporting.Domain.Requests;
using Reporting.Domain.Units;
using Reporting.Reports.Conference;

namespace Reporting.App.Features.Conference;

internal static class ConferenceCommand
{
    public static RootCommand WithConference(this RootCommand root)
    {
        var year = new Option<int>("--year") { Description = "The year of a review conference (Programme:Reviews; by default 2016, 2018 and 2020)", Required = true };
        var unit = new Option<string?>("--unit") { Description = "Only this unit's pack: the province (60) or a district code" };
        var command = new Command("conference", "Write the conference packs (report, annex, charts) for the province and every district") { year, unit };
        command.WithRun(async (parseResult, services, cancellationToken) =>
        {
            var request = ConferenceRequest.Of(parseResult.GetValue(year), RequestValues.Optional(parseResult.GetValue(unit)),
                services.GetRequiredService<ProgrammeCalendar>(), services.GetRequiredService<UnitDirectory>());
            var result = await services.GetRequiredService<ConferencePackJob>().RunAsync(request, RunStarter.CommandLine, cancellationToken);
            foreach (var folder in result.Folders)
                Console.WriteLine($"Wrote {folder}");
            Console.WriteLine($"{result.Folders.Count} pack(s); run {result.RunId}.");
            return VerbAction.Success;
        });
        root.Subcommands.Add(command);
        return root;
    }
}
