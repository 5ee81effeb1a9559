using System.Globalization;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Reporting.Domain.Figures;
using Reporting.Registers.Pulling;
using Reporting.Registers.Pulling.Sources;
using Reporting.Reports;
using Reporting.Reports.Conference;
using Reporting.Reports.Costs;
using Reporting.Reports.Monthly;
using Reporting.Reports.Output;

namespace Reporting.Jobs.Running;

/// <summary>
/// What the scheduler and the admin page run. Each job is the class its command-line verb calls,
/// in a scope of its own, with plain parameters; each records its run in the ledger under its lock.
/// </summary>
public sealed class ReportingJobs(IServiceScopeFactory scopes, IBackgroundJobClient client, TimeProvider clock)
{
    /// <summary>The nightly chain: the pull, and once it has succeeded, this year's figures.</summary>
    public Task NightlyAsync(string startedBy, CancellationToken cancellationToken)
    {
        var year = VietnamTime.Now(clock).Year;
        var pull = client.Enqueue<ReportingJobs>(j => j.PullAsync(null, startedBy, CancellationToken.None));
        client.ContinueJobWith<ReportingJobs>(pull, j => j.FiguresAsync(year.ToString(CultureInfo.InvariantCulture), startedBy, CancellationToken.None));
        return Task.CompletedTask;
    }

    public Task PullAsync(int? year, string startedBy, CancellationToken cancellationToken) =>
        RunPullAsync(new PullFilter(year), startedBy, cancellationToken);

    /// <summary>One unit's registers: the job a province's (or the country's) pull is spread by over several servers.</summary>
    public Task PullUnitAsync(string unitCode, int? year, string startedBy, CancellationToken cancellationToken) =>
        RunPullAsync(new PullFilter(year, unitCode), startedBy, cancellationToken);

    private async Task RunPullAsync(PullFilter filter, string startedBy, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<PullJob>().RunAsync(services.GetRequiredService<IConfiguredSources>().Create(), filter,
            services.GetRequiredService<ReportFolders>().Output, startedBy, cancellationToken);
    }

    /// <summary>The figures of a period (2018, 2018-03 or 2016-2018) and the completeness of a year or month, kept as snapshots.</summary>
    public async Task FiguresAsync(string period, string startedBy, CancellationToken cancellationToken)
    {
        if (!FiguresPeriod.TryParse(period, out var parsed))
            throw new ArgumentException($"'{period}' is not a year, a month or a window.", nameof(period));
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<FiguresJob>().RunAsync(parsed, startedBy, cancellationToken);
    }

    /// <summary>January's run: the figures of the year that ended, while it belongs to the programme.</summary>
    public async Task FiguresOfLastYearAsync(string startedBy, CancellationToken cancellationToken)
    {
        var year = VietnamTime.Now(clock).Year - 1;
        await using var scope = scopes.CreateAsyncScope();
        if (scope.ServiceProvider.GetRequiredService<Registers.Reading.RegisterReadingContext>().Period.Contains(year))
            await FiguresAsync(year.ToString(CultureInfo.InvariantCulture), startedBy, cancellationToken);
    }

    public async Task MonthlyAsync(int year, int month, string startedBy, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MonthlySummaryJob>().RunAsync(year, month, startedBy, cancellationToken);
    }

    /// <summary>The schedule's monthly run: the summary of the month that just ended, in Viet Nam.</summary>
    public Task MonthlyOfLastMonthAsync(string startedBy, CancellationToken cancellationToken)
    {
        var (year, month) = VietnamTime.PreviousMonth(clock);
        return MonthlyAsync(year, month, startedBy, cancellationToken);
    }

    public async Task ConferenceAsync(int year, string? unitCode, string startedBy, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ConferencePackJob>().RunAsync(year, unitCode, startedBy, cancellationToken);
    }

    /// <summary>The schedule's conference run: the packs of this year's review, when this year has one.</summary>
    public Task ConferenceOfThisYearAsync(string startedBy, CancellationToken cancellationToken)
    {
        var year = VietnamTime.Now(clock).Year;
        return ConferenceKind.For(year) is null ? Task.CompletedTask : ConferenceAsync(year, null, startedBy, cancellationToken);
    }

    public async Task CostsAsync(int year, string startedBy, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CostEstimateJob>().RunAsync(year, startedBy, cancellationToken);
    }

    /// <summary>The schedule's estimate: next year's, drawn up in the current one, while the programme lasts.</summary>
    public async Task CostsOfNextYearAsync(string startedBy, CancellationToken cancellationToken)
    {
        var year = VietnamTime.Now(clock).Year + 1;
        await using var scope = scopes.CreateAsyncScope();
        var programme = scope.ServiceProvider.GetRequiredService<CostEstimator>().Programme;
        if (year >= programme.First && year <= programme.Last)
            await scope.ServiceProvider.GetRequiredService<CostEstimateJob>().RunAsync(year, startedBy, cancellationToken);
    }
}
