using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Reporting.App.Features.Approval;
using Reporting.App.Web.Hosting;
using Reporting.App.Web.Security;
using Reporting.Data.Approval;
using Reporting.Domain.Registers;
using Reporting.Domain.Units;

namespace Reporting.App.Web.Approval;

/// <summary>
/// The approval page, <c>/duyet-so</c>: where each unit's register of a year stands, approving or
/// sending back (district approvers for their communes, admins for all), closing and reopening the
/// year (admins), the registers held while it is closed, and the audit trail.
/// </summary>
internal static class ApprovalEndpoints
{
    public static IEndpointRouteBuilder MapApprovalPage(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(ApprovalPaths.Page).RequireAuthorization(Roles.ApprovalPagePolicy);
        group.MapGet("", (HttpContext http, string? year, CancellationToken cancellationToken) =>
            RenderAsync(http, YearOf(http, year), null, null, cancellationToken));
        // Binding the form makes these endpoints check its anti-forgery token.
        group.MapPost("/duyet", (HttpContext http, [FromForm] int year, [FromForm] string? unit, ApprovalLedger approvals, CancellationToken cancellationToken) =>
            DecideAsync(http, year, unit, unit => approvals.ApproveAsync(year, unit.Code, Scope(http).Actor, cancellationToken),
                unit => $"Đã duyệt sổ năm {year} của {unit.Name}.", cancellationToken))
            .RequireAuthorization(Roles.ApproverPolicy);
        group.MapPost("/tra-lai", (HttpContext http, [FromForm] int year, [FromForm] string? unit, [FromForm] string? reason, ApprovalLedger approvals,
                CancellationToken cancellationToken) =>
            DecideAsync(http, year, unit, unit => approvals.SendBackAsync(year, unit.Code, Scope(http).Actor, reason ?? "", cancellationToken),
                unit => $"Đã trả lại sổ năm {year} của {unit.Name}, lý do: {reason?.Trim()}.", cancellationToken))
            .RequireAuthorization(Roles.ApproverPolicy);
        group.MapPost("/chot", (HttpContext http, [FromForm] int year, [FromForm] string? reason, ApprovalLedger approvals, CancellationToken cancellationToken) =>
            ActAsync(http, year, async () =>
            {
                var closing = await approvals.CloseAsync(year, Scope(http).Actor, reason, cancellationToken);
                return closing.UnapprovedUnits == 0
                    ? $"Đã chốt số liệu năm {year}."
                    : $"Đã chốt số liệu năm {year} khi còn {closing.UnapprovedUnits} đơn vị chưa được duyệt, lý do: {closing.Reason}.";
            }, cancellationToken))
            .RequireAuthorization(Roles.AdminPolicy);
        group.MapPost("/mo-lai", (HttpContext http, [FromForm] int year, [FromForm] string? reason, YearReopening reopening, CancellationToken cancellationToken) =>
            ActAsync(http, year, async () =>
            {
                var (_, counted) = await reopening.ReopenAsync(year, Scope(http).Actor, reason ?? "", cancellationToken);
                return counted == 0
                    ? $"Đã mở lại số liệu năm {year}."
                    : $"Đã mở lại số liệu năm {year}; {counted} sổ nhận sau khi chốt đã được tính vào số liệu.";
            }, cancellationToken))
            .RequireAuthorization(Roles.AdminPolicy);
        return endpoints;
    }

    /// <summary>Approves or sends back one unit's register, if the user may decide on that unit; anyone else's is refused (403).</summary>
    private static async Task<IResult> DecideAsync(HttpContext http, int year, string? unitCode, Func<AdministrativeUnit, Task> decide,
        Func<AdministrativeUnit, string> done, CancellationToken cancellationToken)
    {
        if (!Programme(http).Contains(year))
            return ErrorPages.Render(http, StatusCodes.Status404NotFound, $"Năm {year} không thuộc chương trình.");
        var unit = unitCode is null ? null : http.RequestServices.GetRequiredService<UnitDirectory>().Find(unitCode, year);
        if (unit is null || !Scope(http).MayDecide(unit))
            return ErrorPages.Render(http, StatusCodes.Status403Forbidden, "Bạn chỉ duyệt hay trả lại được sổ của các đơn vị được giao cho mình.");
        return await ActAsync(http, year, async () =>
        {
            await decide(unit);
            return done(unit);
        }, cancellationToken);
    }

    private static async Task<IResult> ActAsync(HttpContext http, int year, Func<Task<string>> act, CancellationToken cancellationToken)
    {
        if (!Programme(http).Contains(year))
            return ErrorPages.Render(http, StatusCodes.Status404NotFound, $"Năm {year} không thuộc chương trình.");
        try
        {
            return await RenderAsync(http, year, await act(), null, cancellationToken);
        }
        catch (ApprovalRefusedException refused)
        {
            return await RenderAsync(http, year, null, refused.Message, cancellationToken, StatusCodes.Status409Conflict);
        }
    }

    private static async Task<IResult> RenderAsync(HttpContext http, int year, string? message, string? error, CancellationToken cancellationToken,
        int statusCode = StatusCodes.Status200OK)
    {
        var page = await ApprovalPage.LoadAsync(http.RequestServices, Scope(http), year, message, error, cancellationToken);
        return http.RequestServices.GetRequiredService<Pages>().Render(http, "duyet-so.html", page, statusCode, title: "duyệt sổ");
    }

    /// <summary>The year asked for, or the latest year of the programme that has begun.</summary>
    private static int YearOf(HttpContext http, string? year)
    {
        var programme = Programme(http);
        return int.TryParse(year, out var asked) && programme.Contains(asked)
            ? asked
            : Math.Clamp(Domain.Calendar.VietnamTime.Now(http.RequestServices.GetRequiredService<TimeProvider>()).Year, programme.FirstYear, programme.LastYear);
    }

    private static ProgrammePeriod Programme(HttpContext http) => http.RequestServices.GetRequiredService<ProgrammePeriod>();

    private static ApproverScope Scope(HttpContext http) => ApproverScope.Of(http.User, http.RequestServices.GetRequiredService<UserDirectory>());
}
