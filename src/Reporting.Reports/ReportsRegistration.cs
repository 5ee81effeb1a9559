using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reporting.Data;
using Reporting.Domain.Programme;
using Reporting.Domain.Units;
using Reporting.Reports.Conference;
using Reporting.Reports.Costs;
using Reporting.Reports.Delivery;
using Reporting.Reports.Output;

namespace Reporting.Reports;

public static class ReportsRegistration
{
    /// <summary>The third stage: the monthly summary and its delivery, the conference packs, the cost estimates.</summary>
    public static IServiceCollection AddReports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<CostsOptions>(configuration, CostsOptions.Section);
        services.AddValidatedOptions<ConferenceOptions>(configuration, ConferenceOptions.Section);
        services.AddSingleton(provider =>
        {
            var storage = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            return new ReportFolders(storage.OutputFolder, storage.ResolvedTemplatesFolder);
        });
        services.AddSingleton<IReportMailer, SmtpReportMailer>();
        // One LibreOffice for the process's lifetime: the PDF of a pack re-run costs its rendering, not LibreOffice's start.
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<ConferenceOptions>>().Value.Renderer());
        services.AddSingleton(provider => new CostEstimator(provider.GetRequiredService<IOptions<CostsOptions>>().Value.ToSettings(),
            provider.GetRequiredService<UnitDirectory>(), provider.GetRequiredService<ProgrammeCalendar>()));
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<CostsOptions>>().Value.Signers);
        foreach (var report in ReportCatalog.All)
            services.AddScoped(report.Runner);
        return services;
    }
}
