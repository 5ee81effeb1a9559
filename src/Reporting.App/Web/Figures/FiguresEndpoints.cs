using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Reporting.App.Web.Hosting;
using Reporting.App.Web.Security;
using Reporting.Domain.Figures;
using Reporting.Domain.Programme;
using Reporting.Domain.Registers;
using Reporting.Domain.Titles;
using Reporting.Domain.Units;
using Reporting.Figures;
using Reporting.Figures.Snapshots;
using Reporting.Reports.Charts;

namespace Reporting.App.Web.Figures;

/// <summary>
/// The figures pages (<i>Số liệu</i>), for the association's staff: a period's figures by unit with
/// drill-down, charts and trend, the completeness of registers, and the exemplars of a window; each
/// table downloadable. Everything is read from the stored snapshots the reports are built from.
/// </summary>
internal static class FiguresEndpoints
{
    public static IEndpointRouteBuilder MapFiguresPages(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(FiguresLinks.Root).RequireAuthorization(Roles.StaffPolicy);
        group.MapGet("", (HttpContext http, string? period, string? unit, string? title, CancellationToken cancellationToken) =>
            RenderAsync(http, FiguresQuery.Read(http, period, unit, title), FiguresView.Figures, cancellationToken));
        group.MapGet("/nop-so", (HttpContext http, string? period, string? unit, CancellationToken cancellationToken) =>
            RenderAsync(http, FiguresQuery.Read(http, period, unit, null), FiguresView.Completeness, cancellationToken));
        group.MapGet("/tieu-bieu", (HttpContext http, string? period, string? unit, string? title, string? q, CancellationToken cancellationToken) =>
            RenderAsync(http, FiguresQuery.Read(http, period, unit, title) with { Search = q?.Trim() }, FiguresView.Exemplars, cancellationToken));
        group.MapGet("/tai-ve", async (HttpContext http, string? view, string? period, string? unit, string? title, string? q, string? format, CancellationToken cancellationToken) =>
        {
            var query = FiguresQuery.Read(http, period, unit, title) with { Search = q?.Trim() };
            var page = await FiguresView.BuildAsync(http.RequestServices, query, view ?? FiguresView.Figures, cancellationToken);
            if (page.Table is not { } table)
                return ErrorPages.Render(http, StatusCodes.Status404NotFound, page.Missing);
            var name = $"{table.Name}-{query.Period}-{query.UnitCode}";
            return format == "xlsx" ? TableDownload.Excel(table, name) : TableDownload.Csv(table, name);
        });
        return endpoints;
    }

    private static async Task<IResult> RenderAsync(HttpContext http, FiguresQuery query, string view, CancellationToken cancellationToken)
    {
        var page = await FiguresView.BuildAsync(http.RequestServices, query, view, cancellationToken);
        return http.RequestServices.GetRequiredService<Pages>().Render(http, "so-lieu.html", page with { IsAdmin = http.User.IsInRole(Roles.Admin), Table = page.Table is { } table ? FiguresView.ForPage(table) : null },
            title: "số liệu");
    }
}

/// <summary>What a figures page was asked for, with what was not given or not valid replaced by the defaults: the latest year, the province, families.</summary>
internal sealed record FiguresQuery(FiguresPeriod Period, string UnitCode, Title Title, string? Search = null)
{
    public static FiguresQuery Read(HttpContext http, string? period, string? unit, string? title)
    {
        var programme = http.RequestServices.GetRequiredService<ProgrammePeriod>();
        var units = http.RequestServices.GetRequiredService<UnitDirectory>();
        var parsed = FiguresPeriod.TryParse(period ?? "", out var p) && programme.Contains(p.FromYear) && programme.Contains(p.ToYear)
            ? p : FiguresPeriod.Year(Math.Min(programme.LastYear, Reporting.Domain.Calendar.VietnamTime.Now(http.RequestServices.GetRequiredService<TimeProvider>()).Year));
        var province = units.In(parsed.ToYear, UnitLevel.Province).First().Code;
        var code = unit is { Length: > 0 } && units.Latest(unit) is { Level: not UnitLevel.Village } ? unit : province;
        var chosen = FigureTables.Titles.FirstOrDefault(t => t.Key() == title, Title.Family);
        return new FiguresQuery(parsed, code, chosen);
    }
}
