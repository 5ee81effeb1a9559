using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Reporting.Data.Model;
using Reporting.Domain.Calendar;
using Reporting.Reports.Output;

namespace Reporting.App.Web.Admin;

/// <summary>The run list's filters, from the query string; dates are Viet Nam calendar days.</summary>
public sealed record RunFilter(string? Job, string? Status, string? From, string? To, string? By)
{
    public DateOnly? FromDate => ParseDate(From);

    public DateOnly? ToDate => ParseDate(To);

    public RunStatus? StatusValue => Enum.TryParse<RunStatus>(Status, ignoreCase: true, out var status) && Enum.IsDefined(status) ? status : null;

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}

public sealed record RunOutputLink(string Name, string Url, string Size);

public sealed record RunLine(
    string Job, string Parameters, string StartedBy, string Started, string Duration, string Status, string StatusClass, string? Error, string? Outcome,
    IReadOnlyList<RunOutputLink> Outputs);

/// <summary>The run ledger as the admin page lists it: newest first, filtered, with each run's outputs.</summary>
public static class RunList
{
    public const int MaxRows = 200;

    public static async Task<IReadOnlyList<RunLine>> LoadAsync(ReportingDbContext db, RunFilter filter, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var runs = db.Runs.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Job))
            runs = runs.Where(r => r.Job == filter.Job);
        if (filter.StatusValue is { } status)
            runs = runs.Where(r => r.Status == status);
        if (filter.FromDate is { } from)
        {
            var fromUtc = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - VietnamTime.Offset;
            runs = runs.Where(r => r.StartedAt >= fromUtc);
        }
        if (filter.ToDate is { } to)
        {
            var untilUtc = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - VietnamTime.Offset;
            runs = runs.Where(r => r.StartedAt < untilUtc);
        }
        if (!string.IsNullOrWhiteSpace(filter.By))
            runs = runs.Where(r => r.StartedBy.Contains(filter.By));
        var page = await runs.OrderByDescending(r => r.StartedAt).Take(MaxRows).ToListAsync(cancellationToken);
        var ids = page.Select(r => r.Id).ToList();
        var outputs = (await db.RunOutputs.AsNoTracking().Where(o => ids.Contains(o.RunId)).ToListAsync(cancellationToken))
            .OrderBy(o => o.Path, StringComparer.Ordinal)
            .ToLookup(o => o.RunId);
        return page.Select(r => new RunLine(
            r.Job,
            r.Parameters,
            r.StartedBy,
            VietnamTime.Of(r.StartedAt).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture),
            Duration((r.FinishedAt ?? nowUtc) - r.StartedAt) + (r.FinishedAt is null ? " (đang chạy)" : ""),
            StatusText(r.Status),
            r.Status.ToString().ToLowerInvariant(),
            r.Error,
            r.Outcome,
            outputs[r.Id].Select(o => new RunOutputLink(o.Path, $"/runs/{r.Id}/outputs/{o.Id}", Size(o.SizeBytes))).ToList())).ToList();
    }

    public static string StatusText(RunStatus status) => status switch
    {
        RunStatus.Running => "Đang chạy",
        RunStatus.Succeeded => "Thành công",
        RunStatus.Skipped => "Bỏ qua",
        RunStatus.WithErrors => "Có lỗi",
        _ => "Lỗi",
    };

    private static string Duration(TimeSpan duration) =>
        duration.TotalHours >= 1 ? $"{(int)duration.TotalHours} giờ {duration.Minutes:00} phút"
        : duration.TotalMinutes >= 1 ? $"{(int)duration.TotalMinutes} phút {duration.Seconds:00} giây"
        : $"{duration.TotalSeconds.ToString("0.0", Vietnamese.Culture)} giây";

    private static string Size(long bytes) =>
        bytes >= 1 << 20 ? $"{(bytes / 1048576.0).ToString("0.0", Vietnamese.Culture)} MB" : $"{Vietnamese.Number((bytes + 1023) / 1024)} KB";
}
