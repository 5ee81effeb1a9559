using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reporting.Data;
using Reporting.Data.Ledger;
using Reporting.Domain.Registers;
using Reporting.Domain.Units;
using Reporting.Registers.ErrorReports;
using Reporting.Registers.Pulling;
using Reporting.Registers.Pulling.Sources;
using Reporting.Registers.Reading;
using Reporting.Registers.Samples;
using Reporting.Registers.Templates;

namespace Reporting.Registers;

public static class RegistersRegistration
{
    /// <summary>The first stage: sources, the reader, the vault, the ledger's store, error reports and the pull.</summary>
    public static IServiceCollection AddRegisters(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<PullOptions>(configuration, PullOptions.Section);
        services.AddValidatedOptions<SourcesOptions>(configuration, SourcesOptions.Section);
        services.AddValidatedOptions<Circular44Options>(configuration, Circular44Options.Section);
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<Circular44Options>>().Value.ToScale());
        services.AddSingleton(provider => new RegisterReadingContext(
            provider.GetRequiredService<UnitDirectory>(),
            provider.GetRequiredService<ProgrammePeriod>(),
            provider.GetRequiredService<Domain.Circular44.Circular44Scale>(),
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
            provider.GetRequiredService<RegisterReadingContext>().Scale.CriterionCount,
            provider.GetRequiredService<RegisterReadingContext>().Units));
        // Redirects are refused: a register server that sends us elsewhere is misconfigured or worse.
        services.AddSingleton(_ => new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = Timeout.InfiniteTimeSpan });
        services.AddSingleton<IRegisterWording>(RegisterWording.Instance);
        services.AddScoped<RegisterStore>();
        services.AddScoped<RegisterSources>();
        services.AddScoped<PullService>();
        services.AddScoped<PullJob>();
        services.AddScoped<PrefilledRegisters>();
        return services;
    }
}
