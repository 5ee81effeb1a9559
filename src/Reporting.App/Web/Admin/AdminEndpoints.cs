using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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

namespace Reporting.App.Web.Admin;

/// <summary>The admin page: run a job now, the run ledger with its outputs, and this year's completeness.</summary>
internal static class AdminEndpoints
{
    public static IServiceCollection AddAdminPages(this IServiceCollection services) => services.AddSingleton<Pages>();

    public static IEndpointRouteBuilder MapAdminPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (HttpContext http, [AsParameters] RunFilter filter, string? queued, CancellationToken cancellationToken) =>
            RenderAsync(http, filter, queued is null ? null : $"Đã đưa vào hàng đợi: {queued}.", null, cancellationToken));

        // Binding the form makes the endpoint check its anti-forgery token.
        endpoints.MapPost("/runs", async (HttpContext http, IFormCollection form, IBackgroundJobClient client, UnitDirectory units,
            ProgrammePeriod programme, CancellationToken cancellationToken) =>
        {
            JobRequest request;
            try
            {
                request = JobRequest.Parse(form.ToDictionary(f => f.Key, f => (string?)f.Value.ToString()), programme, units, http.RequestServices);
            }
            catch (InvalidRequestException exception)
            {
                return await RenderAsync(http, new RunFilter(null, null, null, null, null), null, exception.MessageVi, cancellationToken);
            }
            request.Enqueue(client, $"web:{http.User.Identity!.Name}");
            return Results.Redirect($"/?queued={Uri.EscapeDataString(request.Description)}");
        }).RequireAuthorization(Roles.AdminPolicy);

        endpoints.MapGet("/runs/{runId:guid}/outputs/{outputId:long}", DownloadAsync);
        return endpoints;
    }

    private static async Task<IResult> RenderAsync(HttpContext http, RunFilter filter, string? message, string? error, CancellationToken cancellationToken)
    {
        var services = http.RequestServices;
        var db = services.GetRequiredService<ReportingDbContext>();
        var clock = services.GetRequiredService<TimeProvider>();
        var programme = services.GetRequiredService<ProgrammePeriod>();
        var page = new AdminPage(
            http.User.IsInRole(Roles.Admin),
            message,
            error,
            programme.FirstYear,
            programme.LastYear,
            services.GetRequiredService<ProgrammeCalendar>().Reviews.Select(r => r.Year).ToList(),
            ReportForm.All,
            await CompletenessGlance.LoadAsync(db, services.GetRequiredService<FiguresSettings>(), programme, VietnamTime.Now(clock), cancellationToken),
            filter,
            await db.Runs.Select(r => r.Job).Distinct().OrderBy(j => j).ToListAsync(cancellationToken),
            await RunList.LoadAsync(db, filter, clock.GetUtcNow().UtcDateTime, cancellationToken),
            RunList.MaxRows);
        return services.GetRequiredService<Pages>().Render(http, "admin.html", page,
            error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    /// <summary>
    /// An output of a run, if it is still the file that run wrote: a later run of the same job
    /// replaces the file, and its hash tells.
    /// </summary>
    private static async Task<IResult> DownloadAsync(Guid runId, long outputId, ReportingDbContext db, ReportFolders folders, CancellationToken cancellationToken)
    {
        var output = await db.RunOutputs.AsNoTracking().SingleOrDefaultAsync(o => o.Id == outputId && o.RunId == runId, cancellationToken);
        if (output is null)
            return Results.NotFound();
        var root = Path.GetFullPath(folders.Output);
        var path = Path.GetFullPath(Path.Combine(root, output.Path));
        if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path))
            return Results.NotFound();
        if (OutputFile.Sha256Of(path) != output.Sha256)
            return Results.Text("Tệp này đã được thay bằng kết quả của một lần chạy sau; tải tệp ở lần chạy mới nhất.", "text/plain; charset=utf-8",
                statusCode: StatusCodes.Status410Gone);
        return Results.File(path, ContentTypeOf(path), Path.GetFileName(path));
    }

    private static string ContentTypeOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".html" => "text/html; charset=utf-8",
        ".json" => "application/json",
        ".csv" => "text/csv; charset=utf-8",
        ".png" => "image/png",
        _ => "application/octet-stream",
    };

    private sealed record AdminPage(
        bool IsAdmin, string? Message, string? Error, int FirstYear, int LastYear, IReadOnlyList<int> ReviewYears, IReadOnlyList<ReportForm> Reports,
        CompletenessSummary Completeness,
        RunFilter Filter, IReadOnlyList<string> Jobs, IReadOnlyList<RunLine> Runs, int MaxRows);
}
