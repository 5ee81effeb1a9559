using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reporting.App.CommandLine;
using Reporting.App.Hosting;
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
            var (year, number) = ParseMonth(parseResult.GetValue(month)!, services);
            var result = await services.GetRequiredService<MonthlySummaryJob>().RunAsync(year, number, RunStarter.CommandLine, cancellationToken);
            Console.WriteLine($"Wrote {result.WorkbookPath} (sha256 {result.Sha256}) and {result.ManifestPath}; run {result.RunId}.");
            Console.WriteLine(result.Delivery);
            return VerbAction.Success;
        });
        root.Subcommands.Add(command);
        return root;
    }

    private static (int Year, int Month) ParseMonth(string text, IServiceProvider services)
    {
        if (!DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            throw new UsageException($"--month: '{text}' is not a month like 2018-03.");
        var programme = services.GetRequiredService<IOptions<ProgrammeOptions>>().Value.ToPeriod();
        if (!programme.Contains(date.Year))
            throw new UsageException($"--month: the year must fall in {programme.FirstYear}–{programme.LastYear}.");
        return (date.Year, date.Month);
    }
}
