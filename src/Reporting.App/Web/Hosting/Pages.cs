using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Reporting.Reports.Html;

namespace Reporting.App.Web.Hosting;

/// <summary>
/// Renders the app's own pages (Scriban, under <c>Web/Pages/</c> beside the executable) with the
/// same escaping as the reports, and the anti-forgery field every form carries.
/// </summary>
public sealed class Pages(IAntiforgery antiforgery)
{
    private readonly HtmlTemplates _templates = new(Path.Combine(AppContext.BaseDirectory, "Web", "Pages"));

    public IResult Render(HttpContext http, string page, object model, int statusCode = StatusCodes.Status200OK, string title = "quản trị")
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var html = _templates.Render(page, new PageModel(title, tokens.FormFieldName, tokens.RequestToken!, http.User.Identity?.Name,
            http.User.IsInRole(Security.Roles.Admin) || http.User.IsInRole(Security.Roles.Viewer), model));
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; connect-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'";
        return Results.Content(html, "text/html; charset=utf-8", statusCode: statusCode);
    }

    /// <summary>
    /// What every page sees: its <c>title</c>, <c>antiforgery_field</c>, <c>antiforgery_token</c>,
    /// <c>user</c>, whether they are of the staff (<c>is_staff</c>: the menu of their pages), and its own <c>page</c>.
    /// </summary>
    private sealed record PageModel(string Title, string AntiforgeryField, string AntiforgeryToken, string? User, bool IsStaff, object Page);
}
