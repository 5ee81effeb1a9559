using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reporting.Data;
using Reporting.Figures.Export;
using Reporting.Figures.Snapshots;

namespace Reporting.Figures;

public static class FiguresRegistration
{
    /// <summary>The second stage: the figure queries, their snapshots, the figures job and the export.</summary>
    public static IServiceCollection AddFigures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<FiguresOptions>(configuration, FiguresOptions.Section);
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<FiguresOptions>>().Value.ToSettings());
        services.AddScoped<FigureSnapshots>();
        services.AddScoped<StoredFigures>();
        services.AddScoped<FiguresJob>();
        services.AddScoped<FiguresWriter>();
        return services;
    }
}
