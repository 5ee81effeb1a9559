using Hangfire;
using Reporting.Domain.Calendar;
using Reporting.Scheduling.Running;

namespace Reporting.Scheduling.Schedules;

/// <summary>
/// Section <c>Schedules</c>: cron expressions, read in Viet Nam's time zone. An empty expression
/// switches that schedule off.
/// </summary>
public sealed class SchedulesOptions
{
    public const string Section = "Schedules";

    /// <summary>Every night: pull the registers, then keep this year's figures.</summary>
    public string Nightly { get; set; } = "0 2 * * *";

    /// <summary>The 1st of each month: the summary of the month before.</summary>
    public string Monthly { get; set; } = "0 6 1 * *";

    /// <summary>In January: the figures of the year before, kept as snapshots.</summary>
    public string YearlyFigures { get; set; } = "0 5 2 1 *";

    /// <summary>Before each review conference (<c>Programme:Reviews</c>): its packs; other years do nothing.</summary>
    public string Conference { get; set; } = "0 7 1 12 *";

    /// <summary>When the estimates are drawn up: next year's.</summary>
    public string Costs { get; set; } = "0 7 1 10 *";
}

/// <summary>Registers the recurring jobs with Hangfire, each a method of <see cref="ReportingJobs"/>.</summary>
public static class RecurringSchedules
{
    public const string StartedBy = "lịch";

    public static IReadOnlyList<string> Register(IRecurringJobManager manager, SchedulesOptions schedules)
    {
        var options = new RecurringJobOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById(VietnamTime.TimeZoneId) };
        var registered = new List<string>();
        void Add(string id, string cron, System.Linq.Expressions.Expression<Func<ReportingJobs, Task>> job)
        {
            if (string.IsNullOrWhiteSpace(cron))
            {
                manager.RemoveIfExists(id);
                return;
            }
            manager.AddOrUpdate(id, job, cron, options);
            registered.Add(id);
        }
        Add("nightly-pull", schedules.Nightly, j => j.NightlyAsync(StartedBy, CancellationToken.None));
        Add("monthly-summary", schedules.Monthly, j => j.MonthlyOfLastMonthAsync(StartedBy, CancellationToken.None));
        Add("yearly-figures", schedules.YearlyFigures, j => j.FiguresOfLastYearAsync(StartedBy, CancellationToken.None));
        Add("conference-packs", schedules.Conference, j => j.ConferenceOfThisYearAsync(StartedBy, CancellationToken.None));
        Add("cost-estimate", schedules.Costs, j => j.CostsOfNextYearAsync(StartedBy, CancellationToken.None));
        return registered;
    }
}
