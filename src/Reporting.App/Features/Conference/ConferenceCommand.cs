using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Reporting.App.CommandLine;
using Reporting.App.Hosting;
using Reporting.Reports.Conference;

namespace Reporting.App.Features.Conference;

internal static class ConferenceCommand
{
    public static RootCommand WithConference(this RootCommand root)
    {
        var year = new Option<int>("--year") { Description = "2016 (one-year review), 2018 (3-year review) or 2020 (5-year summary)", Required = true };
        var unit = new Option<string?>("--unit") { Description = "Only this unit's pack: the province (60) or a district code" };
        var command = new Command("conference", "Write the conference packs (report, annex, charts) for the province and every district") { year, unit };
        command.WithRun(async (parseResult, services, cancellationToken) =>
        {
            var conferenceYear = parseResult.GetValue(year);
            if (ConferenceKind.For(conferenceYear) is null)
                throw new UsageException($"--year: {conferenceYear} has no review conference; use 2016, 2018 or 2020.");
            var job = services.GetRequiredService<ConferencePackJob>();
            try
            {
                job.UnitsFor(conferenceYear, parseResult.GetValue(unit));
            }
            catch (ArgumentException exception)
            {
                throw new UsageException($"--unit: {exception.Message}");
            }
            var result = await job.RunAsync(conferenceYear, parseResult.GetValue(unit), RunStarter.CommandLine, cancellationToken);
            foreach (var folder in result.Folders)
                Console.WriteLine($"Wrote {folder}");
            Console.WriteLine($"{result.Folders.Count} pack(s); run {result.RunId}.");
            return VerbAction.Success;
        });
        root.Subcommands.Add(command);
        return root;
    }
}
