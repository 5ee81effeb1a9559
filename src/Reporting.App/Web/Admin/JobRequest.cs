using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Reporting.Domain.Registers;
using Reporting.Domain.Requests;
using Reporting.Domain.Runs;
using Reporting.Domain.Units;
using Reporting.Figures;
using Reporting.Registers.Pulling;
using Reporting.Reports;
using Reporting.Scheduling.Running;

namespace Reporting.App.Web.Admin;

/// <summary>
/// A run asked for on the admin page: the form's fields read by the request the command line
/// builds, so both refuse the same parameters with the same words; then enqueued as the very job the
/// schedule runs.
/// </summary>
public sealed record JobRequest(string Description, Func<IBackgroundJobClient, string, string> Enqueue)
{
    public static JobRequest Parse(IReadOnlyDictionary<string, string?> form, ProgrammePeriod programme, UnitDirectory units, IServiceProvider services)
    {
        var job = form.GetValueOrDefault("job");
        if (job == JobName.Pull.Key)
            return Pull(PullRequest.Parse(null, form.GetValueOrDefault("year"), form.GetValueOrDefault("unit"), programme, units));
        if (job == JobName.Figures.Key)
            return Figures(FiguresRequest.Parse(form.GetValueOrDefault("period"), programme));
        if (ReportCatalog.Find(job) is not { } report)
            throw new InvalidRequestException("job", "Chưa chọn công việc, hoặc công việc không có.", "no such job.");
        var values = report.Parameters.ToDictionary(p => p.Name, p => RequestValues.Optional(form.GetValueOrDefault(p.Name)));
        var description = ((IReport)services.GetRequiredService(report.Runner)).Check(values);
        return new(description, (client, by) => client.Enqueue<ReportingJobs>(j => j.ReportAsync(report.Job.Key, values, by, CancellationToken.None)));
    }

    private static JobRequest Pull(PullRequest request) => request.UnitCode is { } unit
        ? new(request.Description, (client, by) => client.Enqueue<ReportingJobs>(j => j.PullUnitAsync(unit, request.Year, by, CancellationToken.None)))
        : new(request.Description, (client, by) => client.Enqueue<ReportingJobs>(j => j.PullAsync(request.Year, by, CancellationToken.None)));

    private static JobRequest Figures(FiguresRequest request)
    {
        var period = request.Period.ToString();
        return new(request.Description, (client, by) => client.Enqueue<ReportingJobs>(j => j.FiguresAsync(period, by, CancellationToken.None)));
    }
}
