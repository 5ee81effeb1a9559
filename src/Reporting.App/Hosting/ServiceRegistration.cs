using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reporting.Data.Figures;
using Reporting.Data.Files;
using Reporting.Data.Ledger;
using Reporting.Data.Model;
using Reporting.Data.Runs;
using Reporting.Data.Units;
using Reporting.Jobs.Running;
using Reporting.Jobs.Scheduling;
using Reporting.Registers.ErrorReports;
using Reporting.Registers.Pulling;
using Reporting.Registers.Pulling.Sources;
using Reporting.Registers.Reading;
using Reporting.Registers.Samples;
using Reporting.Reports;
using Reporting.Reports.Conference;
using Reporting.Reports.Costs;
using Reporting.Reports.Delivery;
using Reporting.Reports.Monthly;
using Reporting.Reports.Output;

namespace Reporting.App.Hosting;

public static class ServiceRegistration
{
    public static IServiceCollection AddReportingOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration);
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section)).ValidateDataAnnotations();
        services.AddOptions<ProgrammeOptions>().Bind(configuration.GetSection(ProgrammeOptions.Section)).ValidateDataAnnotations();
        services.AddOptions<Circular44Options>().Bind(configuration.GetSection(Circular44Options.Section)).ValidateDataAnnotations();
        services.AddOptions<PullOptions>().Bind(configuration.GetSection(PullOptions.Section)).ValidateDataAnnotations();
        services.AddOptions<SourcesOptions>().Bind(configuration.GetSection(SourcesOptions.Section)).ValidateDataAnnotations();
        services.AddOptions<FiguresOptions>().Bind(configuration.GetSection(FiguresOptions.Section)).ValidateDataAnnotations();
        services.AddOptions<MailOptions>().Bind(configuration.GetSection(MailOptions.Section)).ValidateDataAnnotations();
        services.AddOptions<CostsOptions>().Bind(configuration.GetSection(CostsOptions.Section)).ValidateDataAnnotations();
        services.AddOptions<SchedulerOptions>().Bind(configuration.GetSection(SchedulerOptions.Section)).ValidateDataAnnotations();
        return services;
    }

    public static IServiceCollection AddReportingDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped(provider =>
        {
            var storage = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            var connectionString = configuration.GetConnectionString("Reporting");
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                Directory.CreateDirectory(storage.DataFolder);
                connectionString = storage.EmbeddedConnectionString;
            }
            return ReportingDatabase.CreateContext(connectionString);
        });
        services.AddScoped<RegisterStore>();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<SchedulerOptions>>().Value.ToLease());
        services.AddSingleton(provider =>
        {
            var storage = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            return new RunLeftovers([storage.OutputFolder, storage.FilesFolder]);
        });
        services.AddScoped<RunLedger>();
        services.AddScoped<FigureSnapshots>();
        return services;
    }

    public static IServiceCollection AddRegisterPipeline(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(UnitDirectory.Reference);
        services.AddSingleton(provider => new RegisterReadingContext(
            provider.GetRequiredService<UnitDirectory>(),
            provider.GetRequiredService<IOptions<ProgrammeOptions>>().Value.ToPeriod(),
            provider.GetRequiredService<IOptions<Circular44Options>>().Value.ToScale(),
            provider.GetRequiredService<IOptions<PullOptions>>().Value.ToLimits()));
        services.AddSingleton(provider => new RegisterReader(provider.GetRequiredService<RegisterReadingContext>()));
        services.AddSingleton(provider => new FileVault(provider.GetRequiredService<IOptions<StorageOptions>>().Value.FilesFolder));
        services.AddSingleton(provider =>
        {
            var context = provider.GetRequiredService<RegisterReadingContext>();
            return new SampleRegisterGenerator(context.Units, context.Period, context.Scale);
        });
        services.AddSingleton(provider => new ErrorReportWriter(
            provider.GetRequiredService<IOptions<StorageOptions>>().Value.OutputFolder,
            provider.GetRequiredService<RegisterReadingContext>().Scale.CriterionCount));
        // Redirects are refused: a register server that sends us elsewhere is misconfigured or worse.
        services.AddSingleton(_ => new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = Timeout.InfiniteTimeSpan });
        services.AddScoped<PullService>();
        services.AddScoped<PullJob>();
        return services;
    }

    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<FiguresOptions>>().Value.ToSettings());
        services.AddSingleton(provider =>
        {
            var storage = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            return new ReportFolders(storage.OutputFolder, storage.ResolvedTemplatesFolder);
        });
        services.AddSingleton<IReportMailer>(provider => new SmtpReportMailer(provider.GetRequiredService<IOptions<MailOptions>>().Value));
        services.AddScoped<FiguresJob>();
        services.AddScoped<MonthlySummaryJob>();
        services.AddScoped<ConferencePackJob>();
        services.AddSingleton(provider =>
        {
            var programme = provider.GetRequiredService<IOptions<ProgrammeOptions>>().Value;
            return new CostEstimator(provider.GetRequiredService<IOptions<CostsOptions>>().Value.ToSettings(), provider.GetRequiredService<UnitDirectory>(),
                new ProgrammeYears(programme.FirstYear, programme.LastYear));
        });
        services.AddScoped<CostEstimateJob>();
        return services;
    }

    /// <summary>The jobs the scheduler runs (a Hangfire client and server come with the host that runs them).</summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SchedulesOptions>().Bind(configuration.GetSection(SchedulesOptions.Section));
        services.AddScoped<IConfiguredSources, ConfiguredSources>();
        services.AddTransient<ReportingJobs>();
        return services;
    }

    /// <summary>Reads every options class once, so a bad setting fails at start with its name.</summary>
    public static void ValidateOptions(this IServiceProvider provider)
    {
        _ = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
        _ = provider.GetRequiredService<IOptions<ProgrammeOptions>>().Value;
        _ = provider.GetRequiredService<IOptions<Circular44Options>>().Value;
        _ = provider.GetRequiredService<IOptions<PullOptions>>().Value;
        _ = provider.GetRequiredService<IOptions<SourcesOptions>>().Value;
        _ = provider.GetRequiredService<IOptions<FiguresOptions>>().Value;
        _ = provider.GetRequiredService<IOptions<MailOptions>>().Value;
        _ = provider.GetRequiredService<IOptions<CostsOptions>>().Value;
        _ = provider.GetRequiredService<IOptions<SchedulerOptions>>().Value;
    }
}
