using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Reporting.App.CommandLine;
using Reporting.Domain.Registers;
using Reporting.Reports.Monthly;

namespace Reporting.App.Features.Monthly;

internal static class MonthlyCommand
{
    public static RootCommand WithMonthly(this RootCommand root)
    {
        var month = new Option<string>("--month") { Description = "The month, YYYY-MM: figures of that year as of the month's last day", Required = true };
        var command = new Command("monthly", "Write the monthly Excel summary for the provincial association, and e-mail it when mail is configured") { month };
        command.WithRun(async (parseResult, services, cancellationToken) =>
        {
            var request = MonthlyRequest.Parse(parseResult.GetValue(month), services.GetRequiredService<ProgrammePeriod>());
            var result = await services.GetRequiredService<MonthlySummaryJob>().RunAsync(request, RunStarter.CommandLine, cancellationToken);
            Console.WriteLine($"Wrote {result.WorkbookPath} (sha256 {result.Sha256}) and {result.ManifestPath}; run {result.RunId}.");
            Console.WriteLine(result.Delivery);
            return VerbAction.Success;
        });
        root.Subcommands.Add(command);
        return root;
    }
}
