using Reporting.App.Features.Pull;
using Reporting.Registers.Pulling.Sources;

namespace Reporting.App.Hosting;

/// <summary>The sources of <c>Sources</c> in appsettings.json, for pulls no one gave a folder to.</summary>
internal sealed class ConfiguredSources(IServiceProvider services) : IConfiguredSources
{
    public IReadOnlyList<IRegisterSource> Create() => PullSources.Configured(services);
}
