using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Reporting.App.Hosting;
using Reporting.App.Web.Admin;
using Reporting.App.Web.Approval;
using Reporting.App.Web.Figures;
using Reporting.App.Web.Health;
using Reporting.App.Web.Security;
using Reporting.App.Web.Submissions;
using Reporting.Scheduling;

namespace Reporting.App.Web.Hosting;

/// <summary>
/// The host of <c>reporting serve</c>: the pipeline's services, a Hangfire server and dashboard,
/// the admin pages and the health check. A generic-host builder, so tests can start the same host
/// on a test server.
/// </summary>
public sealed class ServeHost
{
    private ServeHost()
    {
    }

    public static IHostBuilder CreateHostBuilder(IConfiguration configuration) =>
        new HostBuilder()
            .UseContentRoot(AppContext.BaseDirectory)
            .ConfigureAppConfiguration(builder => builder.AddConfiguration(configuration))
            .ConfigureLogging(logging => logging.AddConfiguration(configuration.GetSection("Logging")).AddSimpleConsole())
            .ConfigureServices(services => services
                .AddPipeline(configuration)
                // Hosted services start in order: the database is checked and migrated before Hangfire runs a job.
                .AddStartupChecks()
                .AddScheduling(configuration)
                .AddRouting()
                .AddWebSecurity(configuration)
                .AddAdminPages()
                .AddSubmissions()
                .AddHealth())
            .ConfigureWebHost(web => web
                .UseKestrel()
                .UseUrls(configuration[$"{WebOptions.Section}:{nameof(WebOptions.Urls)}"] ?? new WebOptions().Urls)
                .Configure(app => app
                    .UseErrorPages()
                    .UseRouting()
                    .UseWebSecurity()
                    .UseEndpoints(endpoints =>
                    {
                        endpoints.MapHealth();
                        endpoints.MapLogin();
                        endpoints.MapAdminPages();
                        endpoints.MapFiguresPages();
                        endpoints.MapSubmissions();
                        endpoints.MapApprovalPage();
                        endpoints.MapSchedulerDashboard();
                    })));
}
