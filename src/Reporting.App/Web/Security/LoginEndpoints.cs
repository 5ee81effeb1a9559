using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Reporting.App.Web.Hosting;

namespace Reporting.App.Web.Security;

internal static class LoginEndpoints
{
    public static IEndpointRouteBuilder MapLogin(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SecurityRegistration.LoginPath, (HttpContext http, Pages pages, string? returnUrl) =>
            pages.Render(http, "login.html", new LoginPage(null, LocalOrHome(returnUrl), "")))
            .AllowAnonymous();

        endpoints.MapPost(SecurityRegistration.LoginPath, async (HttpContext http, Pages pages, UserDirectory users, LoginThrottle throttle,
            [FromForm] string? userName, [FromForm] string? password, [FromForm] string? returnUrl) =>
        {
            var name = (userName ?? "").Trim();
            var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            var page = new LoginPage(null, LocalOrHome(returnUrl), name);
            var wait = throttle.TryBegin(name, address);
            if (wait > TimeSpan.Zero)
            {
                http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return pages.Render(http, "login.html", page with { Error = $"Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {Math.Ceiling(wait.TotalMinutes)} phút." },
                    StatusCodes.Status429TooManyRequests);
            }
            if (users.Verify(name, password ?? "") is not { } user)
                return pages.Render(http, "login.html", page with { Error = "Tên đăng nhập hoặc mật khẩu không đúng." }, StatusCodes.Status401Unauthorized);
            throttle.Succeeded(name, address);
            var identity = new ClaimsIdentity(
                [new Claim(ClaimTypes.Name, user.Name), new Claim(ClaimTypes.Role, user.Role)], CookieAuthenticationDefaults.AuthenticationScheme);
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
            // A clerk and a district approver have one page each; the staff's home is not theirs.
            return Results.Redirect(page.ReturnUrl == "/" ? HomePage.Of(user.Role) : page.ReturnUrl);
        }).AllowAnonymous();

        // No form fields to bind, so no automatic check: a forged sign-out is refused here.
        endpoints.MapPost(SecurityRegistration.LogoutPath, async (HttpContext http, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http))
                return Results.BadRequest();
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect(SecurityRegistration.LoginPath);
        }).RequireAuthorization();
        return endpoints;
    }

    /// <summary>Only a path of this site: a login link must not send anyone elsewhere after signing in.</summary>
    private static string LocalOrHome(string? url) => RedirectHttpResult.IsLocalUrl(url) ? url! : "/";

    private sealed record LoginPage(string? Error, string ReturnUrl, string UserName);
}
