using Microsoft.Extensions.Configuration;
using Reporting.Data;

namespace Reporting.App.Hosting;

/// <summary>
/// <c>appsettings.json</c> (from the working folder, else beside the executable), then
/// <c>--config FILE</c>, then environment variables, then <c>--db</c> and <c>--out</c>.
/// </summary>
public static class ConfigurationLoader
{
    public static IConfigurationRoot Load(string? configFile, string? database, string? outputFolder)
    {
        var baseFolder = File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"))
            ? Directory.GetCurrentDirectory()
            : AppContext.BaseDirectory;
        var builder = new ConfigurationBuilder()
            .SetBasePath(baseFolder)
            .AddJsonFile("appsettings.json", optional: true);
        if (configFile is not null)
        {
            if (!File.Exists(configFile))
                throw new UsageException($"--config: file '{configFile}' does not exist.");
            builder.AddJsonFile(Path.GetFullPath(configFile), optional: false);
        }
        builder.AddEnvironmentVariables();
        var overrides = new Dictionary<string, string?>();
        if (database is not null)
            overrides["ConnectionStrings:Reporting"] = database;
        if (outputFolder is not null)
            overrides[$"{StorageOptions.Section}:{nameof(StorageOptions.OutputFolder)}"] = outputFolder;
        return builder.AddInMemoryCollection(overrides).Build();
    }
}
