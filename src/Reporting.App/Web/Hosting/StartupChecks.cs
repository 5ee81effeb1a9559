using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Reporting.Data.Model;

namespace Reporting.App.Web.Hosting;

internal static class StartupChecks
{
    /// <summary>Before anything else starts (the host has validated every setting): the database there and migrated.</summary>
    public static IServiceCollection AddStartupChecks(this IServiceCollection services)
    {
        services.AddHostedService<DatabaseAndSettingsCheck>();
        return services;
    }

    private sealed class DatabaseAndSettingsCheck(IServiceProvider provider) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            await using var scope = provider.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
            if (db.Provider == DatabaseProvider.PostgreSql)
                DatabaseExistence.Ensure(db.Database.GetConnectionString()!);
            await db.MigrateAsync(cancellationToken);
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
