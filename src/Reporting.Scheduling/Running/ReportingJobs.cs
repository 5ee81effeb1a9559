using System.Globalization;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Reporting.Data.Runs;
using Reporting.Domain.Calendar;
using Reporting.Domain.Figures;
using Reporting.Domain.Programme;
using Reporting.Domain.Registers;
using Reporting.Domain.Requests;
using Reporting.Domain.Runs;
using Reporting.Domain.Units;
using Reporting.Figures;
using Reporting.Registers.Pulling;
using Reporting.Reports;
using Reporting.Reports.Conference;
using Reporting.Reports.Costs;
using Reporting.Reports.Monthly;

namespace Reporting.Scheduling.Running;

/// <summary>
/// What the scheduler and the admin page run. Each job takes plain parameters, turns them into the
/// request its command-line verb builds, and runs the class that verb runs, in a scope of its own.
/// The yearly schedules act only in the years they are for (a review's year, a programme year); a
/// request that still cannot run — the monthly schedule's month outside the programme, a re-run of
/// a year the configuration no longer has — writes nothing and is recorded in the run ledger with
/// the reason. Built-in retries are off: <see cref="RetryWhenMendableAttribute"/> retries only
/// what a retry can mend.
/// </summary>
[AutomaticRetry(Attempts = 0)]
[RetryWhenMendable]
public sealed class ReportingJobs(IServiceScopeFactory scopes, IBackgroundJobClient client, TimeProvider clock, ProgrammeCalendar calendar)
{
    /// <summary>
    /// The nightly chain: the pull, and once it has succeeded, this year's figures while it belongs to
    /// the programme, then — in a review's year — the review's window and exemplars, so that the
    /// conference pack run next reads them back instead of computing them while its user waits
    /// (unchanged registers make both a read of the stored snapshots).
    /// </summary>
    public Task NightlyAsync(string startedBy, CancellationToken cancellationToken)
    {
        var year = VietnamTime.Now(clock).Year;
        var pull = client.Enqueue<ReportingJobs>(j => j.PullAsync(null, startedBy, CancellationToken.None));
        if (!InProgramme(year))
            return Task.CompletedTask;
        var figures = client.ContinueJobWith<ReportingJobs>(pull, j => j.FiguresAsync(Invariant(year), startedBy, CancellationToken.None));
        if (calendar.ReviewIn(year) is { } review)
        {
            var window = FiguresPeriod.Window(review.FromYear, review.Year).ToString();
            client.ContinueJobWith<ReportingJobs>(figures, j => j.FiguresAsync(window, startedBy, CancellationToken.None));
        }
        return Task.CompletedTask;
    }

    public Task PullAsync(int? year, string startedBy, CancellationToken cancellationToken) =>
        PullUnitAsync(null, year, startedBy, cancellationToken);

    /// <summary>One unit's registers: the job a province's (or the country's) pull is spread by over several servers.</summary>
    public Task PullUnitAsync(string? unitCode, int? year, string startedBy, CancellationToken cancellationToken) =>
        RunAsync(PullJob.Job, PullRequest.LedgerParameters([], year, unitCode), startedBy,
            services => PullRequest.Of(null, year, unitCode, services.GetRequiredService<ProgrammePeriod>(), services.GetRequiredService<UnitDirectory>()),
            (services, request) => services.GetRequiredService<PullJob>().RunAsync(request, startedBy, cancellationToken), cancellationToken);

    /// <summary>The figures of a period (2018, 2018-03 or 2016-2018) and the completeness of a year or month, kept as snapshots.</summary>
    public Task FiguresAsync(string period, string startedBy, CancellationToken cancellationToken) =>
        RunAsync(FiguresJob.Job, RunParameters.Of(("period", period)), startedBy,
            services => FiguresRequest.Parse(period, services.GetRequiredService<ProgrammePeriod>()),
            (services, request) => services.GetRequiredService<FiguresJob>().RunAsync(request, startedBy, cancellationToken), cancellationToken);

    /// <summary>January's run: the figures of the year that ended, while it belongs to the programme.</summary>
    public Task FiguresOfLastYearAsync(string startedBy, CancellationToken cancellationToken)
    {
        var year = VietnamTime.Now(clock).Year - 1;
        return InProgramme(year) ? FiguresAsync(year.ToString(CultureInfo.InvariantCulture), startedBy, cancellationToken) : Task.CompletedTask;
    }

    /// <summary>A report of <see cref="ReportCatalog"/>, with the values of its parameters by name: what the admin page enqueues.</summary>
    public Task ReportAsync(string job, Dictionary<string, string?> values, string startedBy, CancellationToken cancellationToken)
    {
        var report = ReportCatalog.Find(job) ?? throw new ArgumentException($"No report is called '{job}'.", nameof(job));
        return RunAsync(report.Job, RunParameters.Of(report.Parameters.Select(p => (p.Name, values.GetValueOrDefault(p.Name)))), startedBy,
            services => ((IReport)services.GetRequiredService(report.Runner)).Check(values),
            (services, _) => ((IReport)services.GetRequiredService(report.Runner)).RunAsync(values, startedBy, cancellationToken), cancellationToken);
    }

    public Task MonthlyAsync(int year, int month, string startedBy, CancellationToken cancellationToken) =>
        ReportAsync(MonthlySummaryJob.Job.Key, new() { ["month"] = string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}") }, startedBy, cancellationToken);

    /// <summary>The schedule's monthly run: the summary of the month that just ended, in Viet Nam.</summary>
    public Task MonthlyOfLastMonthAsync(string startedBy, CancellationToken cancellationToken)
    {
        var (year, month) = VietnamTime.PreviousMonth(clock);
        return MonthlyAsync(year, month, startedBy, cancellationToken);
    }

    public Task ConferenceAsync(int year, string? unitCode, string startedBy, CancellationToken cancellationToken) =>
        ReportAsync(ConferencePackJob.Job.Key, new() { ["year"] = Invariant(year), ["unit"] = unitCode }, startedBy, cancellationToken);

    /// <summary>The schedule's conference run: the packs of this year's review, when this year has one.</summary>
    public Task ConferenceOfThisYearAsync(string startedBy, CancellationToken cancellationToken)
    {
        var year = VietnamTime.Now(clock).Year;
        return calendar.ReviewIn(year) is null ? Task.CompletedTask : ConferenceAsync(year, null, startedBy, cancellationToken);
    }

    public Task CostsAsync(int year, string startedBy, CancellationToken cancellationToken) =>
        ReportAsync(CostEstimateJob.Job.Key, new() { ["year"] = Invariant(year) }, startedBy, cancellationToken);

    /// <summary>The schedule's estimate: next year's, drawn up in the current one, while the programme lasts.</summary>
    public Task CostsOfNextYearAsync(string startedBy, CancellationToken cancellationToken)
    {
        var year = VietnamTime.Now(clock).Year + 1;
        return InProgramme(year) ? CostsAsync(year, startedBy, cancellationToken) : Task.CompletedTask;
    }

    private bool InProgramme(int year) => calendar.Period.Contains(year);

    private static string Invariant(int year) => year.ToString(CultureInfo.InvariantCulture);

    private async Task RunAsync<TRequest>(JobName job, string parameters, string startedBy,
        Func<IServiceProvider, TRequest> parse, Func<IServiceProvider, TRequest, Task> run, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        TRequest request;
        try
        {
            request = parse(services);
        }
        catch (InvalidRequestException refused)
        {
            await services.GetRequiredService<RunLedger>().RecordRefusedAsync(job, parameters, startedBy, refused.MessageVi, cancellationToken);
            return;
        }
        await run(services, request);
    }
}
