using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Reporting.App.CommandLine;
using Reporting.Reports;

namespace Reporting.App.Features.Reports;

/// <summary>A verb for every report of <see cref="ReportCatalog"/> (<c>monthly</c>, <c>conference</c>, <c>costs</c>…), with an option per parameter.</summary>
internal static class ReportCommands
{
    public static RootCommand WithReports(this RootCommand root)
    {
        foreach (var report in ReportCatalog.All)
        {
            var options = report.Parameters.ToDictionary(
                p => p.Name, p => new Option<string?>($"--{p.Name}") { Description = p.Description, Required = p.Required });
            var command = new Command(report.Job.Key, report.Description);
            foreach (var option in options.Values)
                command.Options.Add(option);
            command.WithRun(async (parseResult, services, cancellationToken) =>
            {
                var values = options.ToDictionary(o => o.Key, o => parseResult.GetValue(o.Value));
                var runner = (IReport)services.GetRequiredService(report.Runner);
                foreach (var line in await runner.RunAsync(values, RunStarter.CommandLine, cancellationToken))
                    Console.WriteLine(line);
                return VerbAction.Success;
            });
            root.Subcommands.Add(command);
        }
        return root;
    }
}
