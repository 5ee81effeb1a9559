using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reporting.Data;

namespace Reporting.App.Web.Security;

internal static class SecurityRegistration
{
    public const string LoginPath = "/login";
    public const string LogoutPath = "/logout";

    /// <summary>
    /// Cookie sign-in against the configured users; every endpoint requires one of the association's
    /// staff unless it says otherwise (the health check and the login page are open, sign-out needs a
    /// signed-in user, the upload page a clerk); anti-forgery on every form.
    /// </summary>
    public static IServiceCollection AddWebSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebOptions>().Bind(configuration.GetSection(WebOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<UserDirectory>();
        services.AddSingleton<LoginThrottle>();
        // Sign-in cookies must outlive a restart and be readable by every server of the farm: keys in the shared data folder.
        services.AddDataProtection().SetApplicationName("reporting")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(configuration[$"{StorageOptions.Section}:{nameof(StorageOptions.DataFolder)}"] ?? "data", "keys")));
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie();
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<WebOptions>>((cookie, web) =>
            {
                cookie.Cookie.Name = "reporting.session";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.ExpireTimeSpan = TimeSpan.FromMinutes(web.Value.SessionMinutes);
                cookie.SlidingExpiration = true;
                cookie.LoginPath = LoginPath;
                cookie.LogoutPath = LogoutPath;
                // A signed-in user without the right role gets a plain 403, not a redirect to a page that does not exist.
                // A session lasts only while its user is still configured with the same role: removing or demoting someone ends it.
                cookie.Events.OnValidatePrincipal = async context =>
                {
                    var user = context.HttpContext.RequestServices.GetRequiredService<UserDirectory>().Find(context.Principal?.Identity?.Name);
                    if (user is null || context.Principal?.IsInRole(user.Role) != true)
                    {
                        context.RejectPrincipal();
                        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                    }
                };
                cookie.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
            });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireRole(Roles.Admin, Roles.Viewer).Build())
            .AddPolicy(Roles.AdminPolicy, policy => policy.RequireRole(Roles.Admin))
            .AddPolicy(Roles.StaffPolicy, policy => policy.RequireRole(Roles.Admin, Roles.Viewer))
            .AddPolicy(Roles.UnitPolicy, policy => policy.RequireRole(Roles.Unit))
            .AddPolicy(Roles.ApprovalPagePolicy, policy => policy.RequireRole(Roles.Admin, Roles.Viewer, Roles.District))
            .AddPolicy(Roles.ApproverPolicy, policy => policy.RequireRole(Roles.Admin, Roles.District));
        // Behind a proxy ending TLS, https (for Secure cookies) and the client's address (for throttled
        // sign-ins) are the proxy's to tell — a proxy on this machine, or one listed, and no other.
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<WebOptions>>((forwarded, web) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in web.Value.TrustedProxies)
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
        });
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "reporting.antiforgery";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return services;
    }

    public static IApplicationBuilder UseWebSecurity(this IApplicationBuilder app) => app
        .UseForwardedHeaders()
        .UseAuthentication()
        .UseAuthorization()
        .UseRateLimiter()
        .UseAntiforgery();
}
