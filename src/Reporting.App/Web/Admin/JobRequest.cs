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
/// schedule runs. The same reading names every run in the run list and the dashboard.
/// </summary>
public sealed record JobRequest(string Description, JobCall Call)
{
    public static JobRequest Parse(IReadOnlyDictionary<string, string?> form, IServiceProvider services)
    {
        var programme = services.GetRequiredService<ProgrammePeriod>();
        var units = services.GetRequiredService<UnitDirectory>();
        var job = form.GetValueOrDefault("job");
        var unit = UnitChoice.CodeOf(form.GetValueOrDefault("unit"), units);
        if (job == JobName.Pull.Key)
        {
            var pull = PullRequest.Parse(null, form.GetValueOrDefault("year"), unit, programme, units);
            return new(pull.Describe(units), JobCall.Pull(pull.Year, pull.UnitCode));
        }
        if (job == JobName.Figures.Key)
        {
            var figures = FiguresRequest.Parse(form.GetValueOrDefault("period"), programme);
            return new(figures.Description, JobCall.Figures(figures.Period.ToString()));
        }
        if (ReportCatalog.Find(job) is not { } report)
            throw new InvalidRequestException("job", "Chưa chọn công việc, hoặc công việc không có.", "no such job.");
        var values = report.Parameters.ToDictionary(p => p.Name, p => RequestValues.Optional(p.Kind == ParameterKind.Unit ? unit : form.GetValueOrDefault(p.Name)));
        var description = ((IReport)services.GetRequiredService(report.Runner)).Check(values);
        return new(description, new JobCall(report.Job.Key, values));
    }

    /// <summary>A run as a reader names it, "Báo cáo tháng 03/2018"; one that cannot run says what it asked for.</summary>
    public static string Describe(JobCall call, IServiceProvider services)
    {
        if (ScheduledNames.TryGetValue(call.Job, out var scheduled))
            return scheduled;
        try
        {
            return Parse(call.Form, services).Description;
        }
        catch (InvalidRequestException)
        {
            var given = string.Join(", ", call.Values.Where(v => !string.IsNullOrWhiteSpace(v.Value)).Select(v => $"{v.Key} {v.Value}"));
            return $"{TitleOf(call.Job)}{(given.Length == 0 ? "" : $" ({given})")}";
        }
    }

    /// <summary>A job as the run list's filter names it.</summary>
    public static string TitleOf(string job) =>
        job == JobName.Pull.Key ? "Thu nhận sổ"
        : job == JobName.Figures.Key ? "Tính số liệu"
        : ReportCatalog.Find(job)?.Title ?? job;

    /// <summary>The schedule's own jobs, whose parameters are worked out when they run.</summary>
    private static readonly Dictionary<string, string> ScheduledNames = new()
    {
        [nameof(ReportingJobs.NightlyAsync)] = "Lịch hằng đêm: thu nhận sổ, rồi tính số liệu năm nay",
        [nameof(ReportingJobs.MonthlyOfLastMonthAsync)] = "Lịch hằng tháng: báo cáo tháng vừa qua",
        [nameof(ReportingJobs.FiguresOfLastYearAsync)] = "Lịch tháng Một: tính số liệu năm vừa qua",
        [nameof(ReportingJobs.ConferenceOfThisYearAsync)] = "Lịch hội nghị: hồ sơ hội nghị năm nay",
        [nameof(ReportingJobs.CostsOfNextYearAsync)] = "Lịch dự toán: dự toán kinh phí năm sau",
    };
}
