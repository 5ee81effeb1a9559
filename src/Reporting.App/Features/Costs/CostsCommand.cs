using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Reporting.App.CommandLine;
using Reporting.Domain.Registers;
using Reporting.Reports.Costs;
using Reporting.Reports.Output;

namespace Reporting.App.Features.Costs;

internal static class CostsCommand
{
    public static RootCommand WithCosts(this RootCommand root)
    {
        var year = new Option<int>("--year") { Description = "The year the estimate is for", Required = true };
        var command = new Command("costs", "Write the cost estimate (dự toán kinh phí) of every level for a year") { year };
        command.WithRun(async (parseResult, services, cancellationToken) =>
        {
            var request = CostsRequest.Of(parseResult.GetValue(year), services.GetRequiredService<ProgrammePeriod>());
            var result = await services.GetRequiredService<CostEstimateJob>().RunAsync(request, RunStarter.CommandLine, cancellationToken);
            Console.WriteLine($"Wrote {result.WorkbookPath}: {Vietnamese.Number((long)result.Total)} đ "
                + $"(previous year's estimate {Vietnamese.Number((long)result.PreviousTotal)} đ); run {result.RunId}.");
            return VerbAction.Success;
        });
        root.Subcommands.Add(command);
        return root;
    }
}
