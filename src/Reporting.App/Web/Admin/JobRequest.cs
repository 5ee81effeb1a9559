using Hangfire;
using Reporting.Domain.Programme;
using Reporting.Domain.Registers;
using Reporting.Domain.Requests;
using Reporting.Domain.Runs;
using Reporting.Domain.Units;
using Reporting.Figures;
using Reporting.Registers.Pulling;
using Reporting.Reports.Conference;
using Reporting.Reports.Costs;
using Reporting.Reports.Monthly;
using Reporting.Scheduling.Running;

namespace Reporting.App.Web.Admin;

/// <summary>
/// A run asked for on the admin page: the form's fields read by the request the command line
/// builds, so both refuse the same parameters with the same words; then enqueued as the very job the
/// schedule runs.
/// </summary>
public sealed record JobRequest(string Description, Func<IBackgroundJobClient, string, string> Enqueue)
{
    public static JobRequest Parse(JobForm form, ProgrammeCalendar calendar, UnitDirectory units) => Parse(form, calendar.Period, calendar, units);

    private static JobRequest Parse(JobForm form, ProgrammePeriod programme, ProgrammeCalendar calendar, UnitDirectory units) =>
        !JobNames.TryParse(form.Job, out var job)
            ? throw new InvalidRequestException("job", "Chưa chọn công việc, hoặc công việc không có.", "no such job.")
            : job switch
            {
                JobName.Pull => Pull(PullRequest.Parse(null, form.Year, form.Unit, programme, units)),
                JobName.Figures => Figures(FiguresRequest.Parse(form.Period, programme)),
                JobName.Monthly => Monthly(MonthlyRequest.Parse(form.Month, programme)),
                JobName.Conference => Conference(ConferenceRequest.Parse(form.Year, form.Unit, calendar, units)),
                _ => Costs(CostsRequest.Parse(form.Year, programme)),
            };

    private static JobRequest Pull(PullRequest request) => request.UnitCode is { } unit
        ? new(request.Description, (client, by) => client.Enqueue<ReportingJobs>(j => j.PullUnitAsync(unit, request.Year, by, CancellationToken.None)))
        : new(request.Description, (client, by) => client.Enqueue<ReportingJobs>(j => j.PullAsync(request.Year, by, CancellationToken.None)));

    private static JobRequest Figures(FiguresRequest request)
    {
        var period = request.Period.ToString();
        return new(request.Description, (client, by) => client.Enqueue<ReportingJobs>(j => j.FiguresAsync(period, by, CancellationToken.None)));
    }

    private static JobRequest Monthly(MonthlyRequest request) =>
        new(request.Description, (client, by) => client.Enqueue<ReportingJobs>(j => j.MonthlyAsync(request.Year, request.Month, by, CancellationToken.None)));

    private static JobRequest Conference(ConferenceRequest request) =>
        new(request.Description, (client, by) => client.Enqueue<ReportingJobs>(j => j.ConferenceAsync(request.Year, request.UnitCode, by, CancellationToken.None)));

    private static JobRequest Costs(CostsRequest request) =>
        new(request.Description, (client, by) => client.Enqueue<ReportingJobs>(j => j.CostsAsync(request.Year, by, CancellationToken.None)));
}

/// <summary>The fields of the run-now form; each job reads the ones it takes.</summary>
public sealed record JobForm(string? Job, string? Month, string? Year, string? Period, string? Unit);
