using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Reporting.App.Hosting;
using Reporting.Data;

namespace Reporting.Bench;

/// <summary>The pipeline's services on one scratch database, with data and output folders of their own and no mail.</summary>
internal static class BenchServices
{
    public static ServiceProvider Build(
        IConfiguration configuration, string connectionString, string folder,
        IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection, IConfiguration>? more = null)
    {
        var overlay = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Reporting"] = connectionString,
            [$"{StorageOptions.Section}:{nameof(StorageOptions.DataFolder)}"] = Path.Combine(folder, "data"),
            [$"{StorageOptions.Section}:{nameof(StorageOptions.OutputFolder)}"] = Path.Combine(folder, "output"),
            ["Mail:Host"] = "",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            overlay[key] = value;
        var benchConfiguration = new ConfigurationBuilder().AddConfiguration(configuration).AddInMemoryCollection(overlay).Build();
        var services = new ServiceCollection()
            .AddPipeline(benchConfiguration)
            .AddSingleton(new BenchConnection(connectionString));
        more?.Invoke(services, benchConfiguration);
        var provider = services.BuildServiceProvider(validateScopes: true);
        provider.ValidateOptions();
        return provider;
    }
}
