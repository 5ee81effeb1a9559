using System.Globalization;
using Hangfire;
using Reporting.Data.Units;
using Reporting.Domain.Figures;
using Reporting.Domain.Registers;
using Reporting.Domain.Units;
using Reporting.Jobs.Running;
using Reporting.Reports.Conference;

namespace Reporting.App.Web.Admin;

/// <summary>A request from the admin page that cannot be run, with what to correct (shown to the user).</summary>
public sealed class JobRequestException(string message) : Exception(message);

/// <summary>
/// A run asked for on the admin page, checked like the command line checks its options, and
/// enqueued as the very job the schedule runs.
/// </summary>
public sealed record JobRequest(string Description, Func<IBackgroundJobClient, string, string> Enqueue)
{
    public static JobRequest Parse(JobForm form, ProgrammePeriod programme, UnitDirectory units) => form.Job switch
    {
        "pull" => Pull(form, programme, units),
        "figures" => Figures(form, programme),
        "monthly" => Monthly(form, programme),
        "conference" => Conference(form, units),
        "costs" => Costs(form, programme),
        _ => throw new JobRequestException("Chưa chọn công việc, hoặc công việc không có."),
    };

    private static JobRequest Pull(JobForm form, ProgrammePeriod programme, UnitDirectory units)
    {
        int? year = string.IsNullOrWhiteSpace(form.Year) ? null : ProgrammeYear(form.Year, programme);
        var unit = string.IsNullOrWhiteSpace(form.Unit) ? null : form.Unit.Trim();
        var description = $"Thu nhận sổ{(unit is null ? "" : $" của đơn vị {unit}")}{(year is null ? "" : $" năm {year}")}";
        if (unit is null)
            return new(description, (client, by) => client.Enqueue<ReportingJobs>(j => j.PullAsync(year, by, CancellationToken.None)));
        if (!units.KeepsRegisters(unit, year))
            throw new JobRequestException($"Mã đơn vị '{unit}' không phải là một xã hay một huyện{(year is null ? "" : $" năm {year}")}.");
        return new(description, (client, by) => client.Enqueue<ReportingJobs>(j => j.PullUnitAsync(unit, year, by, CancellationToken.None)));
    }

    private static JobRequest Figures(JobForm form, ProgrammePeriod programme)
    {
        var text = (form.Period ?? "").Trim();
        if (!FiguresPeriod.TryParse(text, out var period))
            throw new JobRequestException($"Kỳ số liệu '{text}' không hợp lệ: nhập một năm (2018), một tháng (2018-03) hoặc một giai đoạn (2016-2018).");
        if (!programme.Contains(period.FromYear) || !programme.Contains(period.ToYear))
            throw new JobRequestException($"Kỳ số liệu phải nằm trong {programme.FirstYear}–{programme.LastYear}.");
        var label = period.ToString();
        return new($"Tính số liệu kỳ {label}", (client, by) => client.Enqueue<ReportingJobs>(j => j.FiguresAsync(label, by, CancellationToken.None)));
    }

    private static JobRequest Monthly(JobForm form, ProgrammePeriod programme)
    {
        var text = (form.Month ?? "").Trim();
        if (!DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            throw new JobRequestException($"Tháng '{text}' không hợp lệ: nhập dạng 2018-03.");
        if (!programme.Contains(date.Year))
            throw new JobRequestException($"Tháng phải thuộc các năm {programme.FirstYear}–{programme.LastYear}.");
        var (year, month) = (date.Year, date.Month);
        return new($"Báo cáo tháng {month:00}/{year}", (client, by) => client.Enqueue<ReportingJobs>(j => j.MonthlyAsync(year, month, by, CancellationToken.None)));
    }

    private static JobRequest Conference(JobForm form, UnitDirectory units)
    {
        var year = ParseYear(form.Year);
        if (ConferenceKind.For(year) is null)
            throw new JobRequestException($"Năm {year} không có hội nghị sơ kết, tổng kết: chọn 2016, 2018 hoặc 2020.");
        var unit = string.IsNullOrWhiteSpace(form.Unit) ? null : form.Unit.Trim();
        if (unit is not null && units.Find(unit, year) is not { Level: UnitLevel.Province or UnitLevel.District })
            throw new JobRequestException($"Mã đơn vị '{unit}' không phải là tỉnh hay một huyện năm {year}.");
        return new($"Hồ sơ hội nghị năm {year}{(unit is null ? "" : $", đơn vị {unit}")}",
            (client, by) => client.Enqueue<ReportingJobs>(j => j.ConferenceAsync(year, unit, by, CancellationToken.None)));
    }

    private static JobRequest Costs(JobForm form, ProgrammePeriod programme)
    {
        var year = ProgrammeYear(form.Year, programme);
        return new($"Dự toán kinh phí năm {year}", (client, by) => client.Enqueue<ReportingJobs>(j => j.CostsAsync(year, by, CancellationToken.None)));
    }

    private static int ProgrammeYear(string? text, ProgrammePeriod programme)
    {
        var year = ParseYear(text);
        return programme.Contains(year)
            ? year
            : throw new JobRequestException($"Năm phải nằm trong {programme.FirstYear}–{programme.LastYear}.");
    }

    private static int ParseYear(string? text) =>
        int.TryParse((text ?? "").Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? year
            : throw new JobRequestException($"Năm '{text}' không hợp lệ: nhập bốn chữ số, ví dụ 2018.");
}

/// <summary>The fields of the run-now form; each job reads the ones it takes.</summary>
public sealed record JobForm(string? Job, string? Month, string? Year, string? Period, string? Unit);
