using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Reporting.Data.Model;
using Reporting.Data.Runs;
using Reporting.Domain.Calendar;
using Reporting.Reports.Output;
using Reporting.Scheduling.Running;

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

/// <summary>
/// A run as the list shows it: named in Vietnamese, its error told as a cause and what to do with
/// the technical detail apart, the retry that is due, and its main outputs before the rest.
/// </summary>
public sealed record RunLine(
    Guid Id, string Title, string Parameters, string StartedBy, string Started, string Duration, string Status, string StatusClass, bool IsRunning,
    string? Error, string? ErrorDetail, string? RetryAt, string? Outcome, IReadOnlyList<RunOutputLink> MainOutputs, IReadOnlyList<RunOutputLink> OtherOutputs);

/// <summary>The run ledger as the admin page lists it: newest first, filtered, with each run's outputs.</summary>
public static class RunList
{
    public const int MaxRows = 200;

    private const int MainOutputCount = 3;

    public static async Task<IReadOnlyList<RunLine>> LoadAsync(ReportingDbContext db, RunFilter filter, DateTime nowUtc, Func<IReadOnlyList<ActiveJob>> scheduled,
        IServiceProvider services, CancellationToken cancellationToken)
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
            .OrderBy(o => Rank(o.Path)).ThenBy(o => o.Path, StringComparer.Ordinal)
            .ToLookup(o => o.RunId);
        // The scheduler is asked only when a failed run may have a retry waiting.
        var retries = (page.Any(r => r.Status == RunStatus.Failed) ? scheduled() : []).ToLookup(j => j.Call.Identity);
        var titles = new Dictionary<string, string>();
        var retryShown = new HashSet<string>();
        return page.Select(r =>
        {
            var call = JobCall.OfLedger(r.Job, r.Parameters);
            var identity = call.Identity;
            if (!titles.TryGetValue(identity, out var title))
                titles[identity] = title = JobRequest.Describe(call, services);
            var (error, detail) = Split(r.Error);
            // The newest failed run of a request is the one its retry will replace.
            var retry = r.Status == RunStatus.Failed && retryShown.Add(identity)
                ? retries[identity].Where(j => j.DueAt > r.StartedAt).Min(j => j.DueAt) : null;
            var links = outputs[r.Id].Select(o => new RunOutputLink(o.Path, $"/runs/{r.Id}/outputs/{o.Id}", Size(o.SizeBytes))).ToList();
            return new RunLine(
                r.Id,
                title,
                r.Parameters,
                r.StartedBy,
                VietnamTime.Of(r.StartedAt).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture),
                Duration((r.FinishedAt ?? nowUtc) - r.StartedAt),
                StatusText(r.Status),
                r.Status.ToString().ToLowerInvariant(),
                r.Status == RunStatus.Running,
                error,
                detail,
                retry is { } at ? VietnamTime.Of(at).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture) : null,
                r.Outcome,
                links.Take(MainOutputCount).ToList(),
                links.Skip(MainOutputCount).ToList());
        }).ToList();
    }

    public static string StatusText(RunStatus status) => status switch
    {
        RunStatus.Running => "Đang chạy",
        RunStatus.Succeeded => "Thành công",
        RunStatus.Skipped => "Bỏ qua",
        RunStatus.WithErrors => "Có lỗi",
        _ => "Lỗi",
    };

    public static string Duration(TimeSpan duration) =>
        duration.TotalHours >= 1 ? $"{(int)duration.TotalHours} giờ {duration.Minutes:00} phút"
        : duration.TotalMinutes >= 1 ? $"{(int)duration.TotalMinutes} phút {duration.Seconds:00} giây"
        : $"{duration.TotalSeconds.ToString("0.0", Vietnamese.Culture)} giây";

    /// <summary>What a reader opens first: the documents, then the workbooks, then what explains them (error reports, manifests, charts).</summary>
    private static int Rank(string path)
    {
        var name = Path.GetFileName(path);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".docx" => 0,
            ".pdf" => 1,
            ".xlsx" when path.StartsWith("errors/", StringComparison.Ordinal) || path.Contains("/errors/", StringComparison.Ordinal) => 3,
            ".xlsx" => 2,
            ".json" when path.StartsWith("pulls/", StringComparison.Ordinal) => 4,
            _ when name.StartsWith("manifest", StringComparison.Ordinal) => 9,
            _ => 5,
        };
    }

    private static (string? Error, string? Detail) Split(string? error)
    {
        if (error is null)
            return (null, null);
        var at = error.IndexOf(RunFailure.DetailSeparator, StringComparison.Ordinal);
        return at < 0 ? (error, null) : (error[..at], error[(at + RunFailure.DetailSeparator.Length)..]);
    }

    private static string Size(long bytes) =>
        bytes >= 1 << 20 ? $"{(bytes / 1048576.0).ToString("0.0", Vietnamese.Culture)} MB" : $"{Vietnamese.Number((bytes + 1023) / 1024)} KB";
}
