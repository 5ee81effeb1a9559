using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reporting.App.Web.Security;
using Reporting.Jobs.Scheduling;
using Reporting.Jobs.Storage;

namespace Reporting.App.Web.Hosting;

internal static class SchedulerRegistration
{
    public const string DashboardPath = "/hangfire";

    /// <summary>Hangfire's storage (in memory on SQLite, the reporting database on PostgreSQL), a server, and the recurring schedules.</summary>
    public static IServiceCollection AddScheduler(this IServiceCollection services, IConfiguration configuration)
    {
        // Registered before AddHangfire, which then keeps it: each host its own storage, not the process-wide JobStorage.Current.
        services.AddSingleton(provider => SchedulerStorage.Create(
            configuration.GetConnectionString("Reporting"), provider.GetRequiredService<IOptions<SchedulerOptions>>().Value));
        services.AddHangfire((provider, hangfire) => hangfire
            .UseLogProvider(new HostLogProvider(provider.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        services.AddHangfireServer((provider, server) =>
        {
            // This host's scopes, not Hangfire's process-wide activator, which the last host configured sets (and may have disposed).
            server.Activator = new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>());
            server.WorkerCount = provider.GetRequiredService<IOptions<SchedulerOptions>>().Value.WorkerCount;
            ThreadPoolFloor.RaiseFor(server.WorkerCount);
            server.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
        });
        services.AddHostedService<RecurringScheduleRegistration>();
        return services;
    }

    /// <summary>The dashboard, for signed-in users only; read-only unless the user is an admin.</summary>
    public static IEndpointConventionBuilder MapSchedulerDashboard(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [new SignedInFilter()],
            IsReadOnlyFunc = context => !context.GetHttpContext().User.IsInRole(Roles.Admin),
            DashboardTitle = "Xã hội học tập — công việc",
            AppPath = "/",
            DisplayStorageConnectionString = false,
        }).RequireAuthorization();

    private sealed class SignedInFilter : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.Identity?.IsAuthenticated == true;
    }

    private sealed class RecurringScheduleRegistration(IRecurringJobManager manager, IOptions<SchedulesOptions> schedules) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            RecurringSchedules.Register(manager, schedules.Value);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
