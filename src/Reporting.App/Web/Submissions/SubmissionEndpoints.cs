using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reporting.App.Web.Hosting;
using Reporting.App.Web.Security;
using Reporting.Data;
using Reporting.Data.Approval;
using Reporting.Data.Ledger;
using Reporting.Data.Model;
using Reporting.Data.Runs;
using Reporting.Domain.Registers;
using Reporting.Domain.Units;
using Reporting.Output;
using Reporting.Registers.Pulling;
using Reporting.Registers.Pulling.Sources;
using Reporting.Registers.Reading;
using Reporting.Registers.Templates;

namespace Reporting.App.Web.Submissions;

/// <summary>
/// The upload page, <c>/nop-so</c>: a clerk checks a register (a dry run of the pull: its outcome,
/// the rows rejected and the unit's figures as they would be), then hands it in; sees the unit's
/// registers received by any channel with their error reports; and takes a register to fill.
/// Everything is limited to the units the clerk speaks for.
/// </summary>
internal static class SubmissionEndpoints
{
    /// <summary>How long a checked register may wait for its clerk to hand it in.</summary>
    private static readonly TimeSpan CheckedLifetime = TimeSpan.FromHours(4);

    /// <summary>Checks and hand-ins are throttled per clerk: <c>Web:UploadsPerHour</c>.</summary>
    public static IServiceCollection AddSubmissions(this IServiceCollection services) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(SubmissionPaths.RateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.User.Identity?.Name ?? http.Connection.RemoteIpAddress?.ToString() ?? "",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = http.RequestServices.GetRequiredService<IOptions<WebOptions>>().Value.UploadsPerHour,
                    Window = TimeSpan.FromHours(1),
                }));
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync("Bạn đã gửi quá nhiều lần trong một giờ. Xin thử lại sau.", cancellationToken);
            };
        });

    public static IEndpointRouteBuilder MapSubmissions(this IEndpointRouteBuilder endpoints)
    {
        var maxFileBytes = endpoints.ServiceProvider.GetRequiredService<RegisterReadingContext>().Limits.MaxFileBytes;
        var group = endpoints.MapGroup(SubmissionPaths.Page).RequireAuthorization(Roles.UnitPolicy);
        group.MapGet("", (HttpContext http, CancellationToken cancellationToken) => RenderAsync(http, new SubmissionView(), cancellationToken));
        // Binding the form makes these endpoints check its anti-forgery token.
        group.MapPost("/kiem-tra", CheckAsync)
            .RequireRateLimiting(SubmissionPaths.RateLimitPolicy)
            .WithFormOptions(multipartBodyLengthLimit: maxFileBytes + (64 << 10))
            .WithMetadata(new RequestSizeLimitAttribute(maxFileBytes + (128 << 10)));
        group.MapPost("", SubmitAsync).RequireRateLimiting(SubmissionPaths.RateLimitPolicy);
        group.MapGet("/bao-cao-loi/{fileId:long}", ErrorReportAsync);
        group.MapGet("/mau/{unitCode}/{year:int}", RegisterAsync);
        return endpoints;
    }

    private static async Task<IResult> CheckAsync(HttpContext http, [FromForm] string? unit, IFormFile? file, PullService pull,
        RegisterStore store, RegisterReadingContext reading, CancellationToken cancellationToken)
    {
        var clerk = Clerk(http);
        if (clerk.Find(unit) is not { } chosen)
            return await RenderAsync(http, new SubmissionView(Error: "Chọn một đơn vị của bạn trong danh sách."), cancellationToken, StatusCodes.Status400BadRequest);
        if (file is null || file.Length == 0)
            return await RenderAsync(http, new SubmissionView(Error: "Chọn tệp sổ (.xlsx, .xls hoặc .ods) để kiểm tra."), cancellationToken, StatusCodes.Status400BadRequest);
        if (file.Length > reading.Limits.MaxFileBytes)
            return await RenderAsync(http, new SubmissionView(Error:
                $"Tệp quá lớn ({file.Length / 1024:N0} KB, tối đa {reading.Limits.MaxFileBytes / 1024:N0} KB)."), cancellationToken, StatusCodes.Status413RequestEntityTooLarge);

        var register = await IncomingAsync(file, chosen, clerk.User, cancellationToken);
        var dry = await pull.TryAsync(register, (db, header, token) => UnitFigures.LoadAsync(db, header.UnitCode, header.Year, token), cancellationToken);
        var before = dry.Header is { } read ? await UnitFigures.LoadAsync(Db(http), read.UnitCode, read.Year, cancellationToken) : [];
        var earlier = await store.ReceivedAsync(register.Sha256, cancellationToken);
        var check = CheckedRegister.Of(register.FileName, chosen, dry, before, earlier,
            Protect(http, new Pending(clerk.User, chosen.Code, register.Sha256, register.FileName)));
        return await RenderAsync(http, new SubmissionView(Check: check), cancellationToken);
    }

    private static async Task<IResult> SubmitAsync(HttpContext http, [FromForm] string? token, PullJob job, FileVault vault, CancellationToken cancellationToken)
    {
        var clerk = Clerk(http);
        if (Unprotect(http, token) is not { } pending || pending.User != clerk.User || clerk.Find(pending.Unit) is not { } unit
            || !File.Exists(vault.PathOf(pending.Sha256)))
            return await RenderAsync(http, new SubmissionView(Error: "Lần kiểm tra này đã hết hạn hoặc không phải của bạn. Xin chọn tệp và kiểm tra lại."),
                cancellationToken, StatusCodes.Status400BadRequest);
        var bytes = await File.ReadAllBytesAsync(vault.PathOf(pending.Sha256), cancellationToken);
        var register = UploadSource.Register(clerk.User, unit, pending.FileName, bytes);
        PullJob.Result result;
        try
        {
            result = await job.RunAsync([new UploadSource(register)], new PullFilter(null, unit.Code), $"web:{clerk.User}", cancellationToken);
        }
        catch (JobAlreadyRunningException)
        {
            return await RenderAsync(http, new SubmissionView(Error: $"Một sổ khác của {unit.Name} đang được nhận. Xin bấm nộp lại sau ít phút."),
                cancellationToken, StatusCodes.Status409Conflict);
        }
        var outcome = result.Summary.Files.Single();
        var said = OutcomeWording.Describe(outcome.Outcome, outcome.RowsAccepted, outcome.RowsRejected, outcome.Warnings, outcome.Message).Text;
        return await RenderAsync(http, new SubmissionView(Message: $"Đã nộp {pending.FileName} ({unit.Name}): {said}"), cancellationToken);
    }

    private static async Task<IResult> ErrorReportAsync(HttpContext http, long fileId, IOptions<StorageOptions> storage, CancellationToken cancellationToken)
    {
        var clerk = Clerk(http);
        var file = await Db(http).RegisterFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == fileId, cancellationToken);
        if (file is null || clerk.Find(file.UnitCode) is null)
            return Results.NotFound();
        var path = ErrorReportLocation.For(storage.Value.OutputFolder, file);
        return File.Exists(path)
            ? Results.File(path, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Path.GetFileName(path))
            : Results.NotFound();
    }

    /// <summary>The unit's register of a year to fill in, pre-filled from its accepted register of the year before.</summary>
    private static async Task<IResult> RegisterAsync(HttpContext http, string unitCode, int year, UnitDirectory units, ProgrammePeriod programme,
        PrefilledRegisters registers, CancellationToken cancellationToken)
    {
        if (Clerk(http).Find(unitCode) is null || !programme.Contains(year) || units.Find(unitCode, year) is not { } unit)
            return Results.NotFound();
        using var writer = await registers.WriteAsync(unit, year, cancellationToken);
        return Results.File(writer.ToBytes(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{unit.Code}_{year}.xlsx");
    }

    private static async Task<IResult> RenderAsync(HttpContext http, SubmissionView view, CancellationToken cancellationToken, int statusCode = StatusCodes.Status200OK)
    {
        var clerk = Clerk(http);
        var output = http.RequestServices.GetRequiredService<IOptions<StorageOptions>>().Value.OutputFolder;
        var programme = http.RequestServices.GetRequiredService<ProgrammePeriod>();
        var units = http.RequestServices.GetRequiredService<UnitDirectory>();
        var registers = clerk.Units.SelectMany(u => programme.Years.Where(y => units.Find(u.Code, y) is not null)
            .Select(y => new RegisterLink($"{SubmissionPaths.Register}/{u.Code}/{y}", $"{u.Name}, năm {y}", y == programme.FirstYear ? "sổ trống" : $"lập sẵn từ sổ năm {y - 1}")))
            .ToList();
        var page = new SubmissionPage(clerk.User, clerk.Units.Select(u => new UnitChoice(u.Code, u.Name)).ToList(), view.Message, view.Error, view.Check, registers,
            await SubmissionList.LoadAsync(Db(http), clerk, output, cancellationToken), SubmissionList.MaxRows,
            await ClerkApproval.LoadAsync(http.RequestServices.GetRequiredService<ApprovalLedger>(), programme, clerk, cancellationToken));
        return http.RequestServices.GetRequiredService<Pages>().Render(http, "nop-so.html", page, statusCode, title: "nộp sổ");
    }

    private static async Task<IncomingRegister> IncomingAsync(IFormFile file, AdministrativeUnit unit, string user, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return UploadSource.Register(user, unit, Path.GetFileName(file.FileName.Replace('\\', '/')), buffer.ToArray());
    }

    private static ClerkUnits Clerk(HttpContext http) => ClerkUnits.Of(http.User,
        http.RequestServices.GetRequiredService<UserDirectory>(), http.RequestServices.GetRequiredService<UnitDirectory>());

    private static ReportingDbContext Db(HttpContext http) => http.RequestServices.GetRequiredService<ReportingDbContext>();

    /// <summary>A checked register waiting to be handed in, signed so that nobody can hand in a file they did not check themselves.</summary>
    private sealed record Pending(string User, string Unit, string Sha256, string FileName);

    private static ITimeLimitedDataProtector Protector(HttpContext http) =>
        http.RequestServices.GetRequiredService<IDataProtectionProvider>().CreateProtector("Reporting.Submissions.Checked").ToTimeLimitedDataProtector();

    private static string Protect(HttpContext http, Pending pending) => Protector(http).Protect(JsonSerializer.Serialize(pending), CheckedLifetime);

    private static Pending? Unprotect(HttpContext http, string? token)
    {
        if (string.IsNullOrEmpty(token))
            return null;
        try
        {
            return JsonSerializer.Deserialize<Pending>(Protector(http).Unprotect(token));
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    private sealed record SubmissionView(string? Message = null, string? Error = null, CheckedRegister? Check = null);

    private sealed record UnitChoice(string Code, string Name);

    private sealed record RegisterLink(string Url, string Name, string Kind);

    private sealed record SubmissionPage(string User, IReadOnlyList<UnitChoice> Units, string? Message, string? Error, CheckedRegister? Check,
        IReadOnlyList<RegisterLink> Registers,
        IReadOnlyList<SubmissionLine> Submissions, int MaxRows, IReadOnlyList<ClerkApproval> Approvals);
}
