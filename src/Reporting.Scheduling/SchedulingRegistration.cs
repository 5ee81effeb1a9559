using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reporting.Data;
using Reporting.Scheduling.Running;
using Reporting.Scheduling.Schedules;
using Reporting.Scheduling.Server;
using Reporting.Scheduling.Storage;

namespace Reporting.Scheduling;

public static class SchedulingRegistration
{
    /// <summary>
    /// The jobs the scheduler runs, Hangfire's storage (in memory beside SQLite, the reporting
    /// database on PostgreSQL), a Hangfire server, and the recurring schedules registered at start.
    /// </summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<SchedulerOptions>(configuration, SchedulerOptions.Section);
        services.AddValidatedOptions<SchedulesOptions>(configuration, SchedulesOptions.Section);
        services.AddTransient<ReportingJobs>();
        // Registered before AddHangfire, which then keeps it: each host its own storage, not the process-wide JobStorage.Current.
        services.AddSingleton(provider => SchedulerStorage.Create(
            configuration.GetConnectionString("Reporting"), provider.GetRequiredService<IOptions<SchedulerOptions>>().Value));
        services.AddHangfire((provider, hangfire) => hangfire
            .UseLogProvider(new HostLogProvider(provider.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseTypeResolver(ResolveType)
            .UseRecommendedSerializerSettings()
            .UseFinishedJobsKeptFor(TimeSpan.FromDays(provider.GetRequiredService<IOptions<SchedulerOptions>>().Value.KeepFinishedJobsDays)));
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

    /// <summary>
    /// Jobs stored before the scheduler became its own project name their class as it was then
    /// (<c>Reporting.Jobs.Running.ReportingJobs, Reporting.Jobs</c>); they still run.
    /// </summary>
    private static Type ResolveType(string typeName) =>
        typeName == "Reporting.Jobs.Running.ReportingJobs, Reporting.Jobs" ? typeof(ReportingJobs) : TypeHelper.DefaultTypeResolver(typeName);

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
