using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reporting.App.Hosting;
using Reporting.Registers.Pulling;
using Reporting.Registers.Pulling.Sources;
using Reporting.Registers.Reading;

namespace Reporting.App.Features.Pull;

/// <summary>The sources of a pull: the tree given with <c>--source</c>, or those configured under <c>Sources</c>.</summary>
internal static class PullSources
{
    public static IReadOnlyList<IRegisterSource> FromTree(IServiceProvider services, string tree)
    {
        if (!Directory.Exists(tree))
            throw new UsageException($"--source: folder '{tree}' does not exist.");
        var (vault, limits) = (services.GetRequiredService<FileVault>(), services.GetRequiredService<RegisterReadingContext>().Limits);
        var sources = FolderSource.ForTree(tree, vault, limits).ToList();
        return sources.Count > 0
            ? sources
            : throw new UsageException($"--source: folder '{tree}' has neither a communes/ nor a districts/ folder.");
    }

    public static IReadOnlyList<IRegisterSource> Configured(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<SourcesOptions>>().Value;
        var context = services.GetRequiredService<RegisterReadingContext>();
        var vault = services.GetRequiredService<FileVault>();
        var client = services.GetRequiredService<HttpClient>();
        IReadOnlyList<IRegisterSource> sources =
        [
            .. options.Folders.Select(f => new FolderSource(f.Name, f.UnitLevel, f.Path, vault, context.Limits)),
            .. options.Http.Select(h => new HttpSource(h.ToSettings(), client, context.Units, context.Period, context.Limits)),
        ];
        return sources.Count > 0
            ? sources
            : throw new UsageException("pull: give --source DIR or configure Sources:Folders or Sources:Http in appsettings.json.");
    }
}
