using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Reporting.Data.Approval;
using Reporting.Data.Model;
using Reporting.Data.Runs;
using Reporting.Domain.Programme;
using Reporting.Domain.Units;

namespace Reporting.Data;

public static class DataRegistration
{
    /// <summary>
    /// Storage: where files and the embedded database live, the database itself (PostgreSQL when
    /// <c>ConnectionStrings:Reporting</c> names one, else the embedded SQLite file), the run ledger
    /// with its locks, and the programme and units every stage reads.
    /// </summary>
    public static IServiceCollection AddData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<StorageOptions>(configuration, StorageOptions.Section);
        services.AddValidatedOptions<ProgrammeOptions>(configuration, ProgrammeOptions.Section);
        services.AddValidatedOptions<JobLockOptions>(configuration, JobLockOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(UnitDirectory.Reference);
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<ProgrammeOptions>>().Value.ToCalendar());
        services.AddSingleton(provider => provider.GetRequiredService<ProgrammeCalendar>().Period);
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<JobLockOptions>>().Value.ToLease());
        services.AddScoped(provider =>
        {
            var connectionString = configuration.GetConnectionString("Reporting");
            if (!string.IsNullOrWhiteSpace(connectionString))
                return ReportingDatabase.CreateContext(connectionString);
            var storage = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            Directory.CreateDirectory(storage.DataFolder);
            return ReportingDatabase.CreateContext(storage.EmbeddedConnectionString);
        });
        services.AddScoped<RunLedger>();
        services.AddScoped<ApprovalLedger>();
        return services;
    }

    /// <summary>Options bound to their section and validated (data annotations and <c>IValidatableObject</c>) when the app starts.</summary>
    public static OptionsBuilder<T> AddValidatedOptions<T>(this IServiceCollection services, IConfiguration configuration, string section) where T : class =>
        services.AddOptions<T>().Bind(configuration.GetSection(section)).ValidateDataAnnotations().ValidateOnStart();
}
