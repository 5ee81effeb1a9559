using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reporting.App.Features.Approval;
using Reporting.Data;
using Reporting.Figures;
using Reporting.Output;
using Reporting.Registers;
using Reporting.Reports;

namespace Reporting.App.Hosting;

/// <summary>The stages every verb and the web host run, each wired by its own project.</summary>
public static class Pipeline
{
    public static IServiceCollection AddPipeline(this IServiceCollection services, IConfiguration configuration) => services
        .AddSingleton(configuration)
        .AddData(configuration)
        .AddOutput(configuration)
        .AddRegisters(configuration)
        .AddFigures(configuration)
        .AddReports(configuration)
        .AddScoped<YearReopening>();

    /// <summary>Every option validated now, as a host does when it starts: a bad setting stops the run with its name.</summary>
    public static void ValidateOptions(this IServiceProvider provider) => provider.GetService<IStartupValidator>()?.Validate();
}
