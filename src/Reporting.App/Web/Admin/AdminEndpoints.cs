using System.Globalization;
using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Reporting.App.Web.Figures;
using Reporting.App.Web.Hosting;
using Reporting.App.Web.Security;
using Reporting.Data.Model;
using Reporting.Domain.Calendar;
using Reporting.Domain.Programme;
using Reporting.Domain.Registers;
using Reporting.Domain.Requests;
using Reporting.Domain.Units;
using Reporting.Figures;
using Reporting.Output;
using Reporting.Reports.Output;
using Reporting.Scheduling.Running;

namespace Reporting.App.Web.Admin;

/// <summary>The admin page: run a job now, the run ledger with its outputs, and this year's completeness.</summary>
internal static class AdminEndpoints
{
    public static IServiceCollection AddAdminPages(this IServiceCollection services) => services.AddSingleton<Pages>();

    public static IEndpointRouteBuilder MapAdminPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (HttpContext http, [AsParameters] RunFilter filter, string? queued, JobStorage storage, CancellationToken cancellationToken) =>
            RenderAsync(http, filter, Queued(http, storage, queued), null, cancellationToken));

        // Binding the form makes the endpoint check its anti-forgery token.
        endpoints.MapPost("/runs", (HttpContext http, IFormCollection form, CancellationToken cancellationToken) =>
            SubmitAsync(http, form.ToDictionary(f => f.Key, f => (string?)f.Value.ToString()), cancellationToken)).RequireAuthorization(Roles.AdminPolicy);

        endpoints.MapPost("/runs/{runId:guid}/rerun", async (HttpContext http, Guid runId, IFormCollection _, ReportingDbContext db, CancellationToken cancellationToken) =>
        {
            var run = await db.Runs.AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
            return run is null
                ? ErrorPages.Render(http, StatusCodes.Status404NotFound, "Không có lần chạy này trong nhật ký.")
                : await SubmitAsync(http, JobCall.OfLedger(run.Job, run.Parameters).Form, cancellationToken);
        }).RequireAuthorization(Roles.AdminPolicy);

        endpoints.MapGet("/runs/{runId:guid}/state", async (Guid runId, ReportingDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            var run = await db.Runs.AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
            return run is null ? Results.NotFound() : Results.Json(new
            {
                status = RunList.StatusText(run.Status),
                statusClass = run.Status.ToString().ToLowerInvariant(),
                running = run.Status == RunStatus.Running,
                duration = RunList.Duration((run.FinishedAt ?? clock.GetUtcNow().UtcDateTime) - run.StartedAt),
                step = run.Status == RunStatus.Running ? run.Outcome : null,
            });
        });

        endpoints.MapGet("/static/admin.js", () => Results.File(Path.Combine(AppContext.BaseDirectory, "Web", "Pages", "admin.js"), "text/javascript; charset=utf-8"));
        endpoints.MapGet("/runs/{runId:guid}/outputs/{outputId:long}", DownloadAsync);
        return endpoints;
    }

    /// <summary>
    /// Enqueues what the form asks for, unless the scheduler already holds the same job with the
    /// same parameters, queued, running or waiting for its retry: a second click must not run it
    /// twice (and make the first run's files answer 410).
    /// </summary>
    private static async Task<IResult> SubmitAsync(HttpContext http, IReadOnlyDictionary<string, string?> form, CancellationToken cancellationToken)
    {
        var services = http.RequestServices;
        JobRequest request;
        try
        {
            request = JobRequest.Parse(form, services);
        }
        catch (InvalidRequestException exception)
        {
            // A form's own field is marked where it stands; a request no form makes is told at the top.
            return await RenderAsync(http, Empty, null, exception.Parameter == "job" ? exception.MessageVi : null, cancellationToken,
                new PostedForm(form, exception.Parameter, exception.MessageVi));
        }
        // The scheduler's own lists, not the ledger's running rows: a row a crashed process left
        // says "running" until the next run closes it, and must not block that very run. A run
        // started from the command line meanwhile holds the job's lock, and this one waits its retry.
        var identity = request.Call.Identity;
        if (ActiveJobs.List(services.GetRequiredService<JobStorage>()).Any(j => j.Call.Identity == identity))
            return await RenderAsync(http, Empty, null, $"{request.Description}: đang chạy hoặc đang chờ chạy, nên không chạy thêm lần nữa. Xem kết quả trong nhật ký bên dưới khi xong.",
                cancellationToken, statusCode: StatusCodes.Status409Conflict);
        var id = request.Call.Enqueue(services.GetRequiredService<IBackgroundJobClient>(), $"web:{http.User.Identity!.Name}");
        return Results.Redirect($"/?queued={Uri.EscapeDataString(id)}");
    }

    /// <summary>Years as the forms' options carry them, to compare with the values posted.</summary>
    private static string Invariant(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static readonly RunFilter Empty = new(null, null, null, null, null);

    /// <summary>Said only of a job the scheduler really holds: a link cannot make the page claim a run was queued.</summary>
    private static string? Queued(HttpContext http, JobStorage storage, string? jobId) =>
        jobId is null || ActiveJobs.Find(storage, jobId) is not { } call ? null : $"Đã đưa vào hàng đợi: {JobRequest.Describe(call, http.RequestServices)}.";

    private static async Task<IResult> RenderAsync(HttpContext http, RunFilter filter, string? message, string? error, CancellationToken cancellationToken,
        PostedForm? posted = null, int? statusCode = null)
    {
        var services = http.RequestServices;
        var db = services.GetRequiredService<ReportingDbContext>();
        var clock = services.GetRequiredService<TimeProvider>();
        var programme = services.GetRequiredService<ProgrammePeriod>();
        var units = services.GetRequiredService<UnitDirectory>();
        var jobs = await db.Runs.Select(r => r.Job).Distinct().ToListAsync(cancellationToken);
        var runs = await RunList.LoadAsync(db, filter, clock.GetUtcNow().UtcDateTime, () => ActiveJobs.Scheduled(services.GetRequiredService<JobStorage>()),
            services, cancellationToken);
        var page = new AdminPage(
            http.User.IsInRole(Roles.Admin),
            message,
            error,
            posted,
            programme.Years.Select(Invariant).ToList(),
            PeriodChoice.Grouped(PeriodChoice.All(programme, services.GetRequiredService<ProgrammeCalendar>())),
            services.GetRequiredService<ProgrammeCalendar>().Reviews.Select(r => Invariant(r.Year)).ToList(),
            UnitChoice.All(units).Where(u => !u.IsProvince).ToList(),
            UnitChoice.All(units).Where(u => !u.IsCommune).ToList(),
            ReportForm.All,
            await CompletenessGlance.LoadAsync(db, services.GetRequiredService<FiguresSettings>(), programme, VietnamTime.Now(clock), cancellationToken),
            await ClosingGlance.LoadAsync(services.GetRequiredService<Reporting.Data.Approval.ApprovalLedger>(), programme, cancellationToken),
            filter,
            jobs.Select(j => new JobChoice(j, JobRequest.TitleOf(j))).OrderBy(j => j.Title, StringComparer.Ordinal).ToList(),
            runs,
            RunList.MaxRows);
        return services.GetRequiredService<Pages>().Render(http, "admin.html", page,
            statusCode ?? (posted is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest));
    }

    /// <summary>
    /// An output of a run, if it is still the file that run wrote: a later run of the same job
    /// replaces the file, and its hash tells.
    /// </summary>
    private static async Task<IResult> DownloadAsync(HttpContext http, Guid runId, long outputId, ReportingDbContext db, ReportFolders folders, CancellationToken cancellationToken)
    {
        var output = await db.RunOutputs.AsNoTracking().SingleOrDefaultAsync(o => o.Id == outputId && o.RunId == runId, cancellationToken);
        if (output is null)
            return ErrorPages.Render(http, StatusCodes.Status404NotFound, "Lần chạy này không có tệp kết quả đó.");
        var root = Path.GetFullPath(folders.Output);
        var path = Path.GetFullPath(Path.Combine(root, output.Path));
        if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path))
            return ErrorPages.Render(http, StatusCodes.Status404NotFound, "Tệp kết quả này không còn trong thư mục kết quả.");
        if (OutputFile.Sha256Of(path) != output.Sha256)
            return ErrorPages.Render(http, StatusCodes.Status410Gone,
                "Tệp này đã được thay bằng kết quả của một lần chạy sau. Tải tệp ở lần chạy mới nhất của cùng công việc trong nhật ký chạy.");
        return Results.File(path, ContentTypeOf(path), Path.GetFileName(path));
    }

    private static string ContentTypeOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".pdf" => "application/pdf",
        ".html" => "text/html; charset=utf-8",
        ".json" => "application/json",
        ".csv" => "text/csv; charset=utf-8",
        ".png" => "image/png",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };

    /// <summary>A form sent back with a mistake: its values, kept, and the message beside the field it is about.</summary>
    private sealed record PostedForm(IReadOnlyDictionary<string, string?> Values, string Field, string Message)
    {
        public string? Job => Values.GetValueOrDefault("job");
    }

    private sealed record JobChoice(string Key, string Title);

    private sealed record AdminPage(
        bool IsAdmin, string? Message, string? Error, PostedForm? Posted, IReadOnlyList<string> Years, IReadOnlyList<PeriodGroup> Periods,
        IReadOnlyList<string> ReviewYears, IReadOnlyList<UnitChoice> SearchableUnits, IReadOnlyList<UnitChoice> UpperUnits, IReadOnlyList<ReportForm> Reports,
        CompletenessSummary Completeness, IReadOnlyList<ClosingLine> Closings,
        RunFilter Filter, IReadOnlyList<JobChoice> Jobs, IReadOnlyList<RunLine> Runs, int MaxRows);
}
