using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reporting.Data;
using Reporting.Data.Runs;

namespace Reporting.Output;

public static class OutputRegistration
{
    /// <summary>What a run that takes over from a dead one clears: the dead run's temporaries in the output folder and the vault.</summary>
    public static IServiceCollection AddOutput(this IServiceCollection services) =>
        services.AddSingleton<IDeadRunLeftovers>(provider =>
        {
            var storage = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            return new RunLeftovers([storage.OutputFolder, storage.FilesFolder]);
        });
}
