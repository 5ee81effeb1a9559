using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reporting.App.CommandLine;
using Reporting.Data;
using Reporting.Registers.Reading;
using Reporting.Registers.Templates;
using Reporting.Reports.Monthly;

namespace Reporting.App.Features.Templates;

internal static class TemplatesCommand
{
    public static RootCommand WithTemplates(this RootCommand root)
    {
        var reports = new Option<bool>("--reports")
        {
            Description = "Also reset the report templates under the templates folder to the default look (overwrites a designer's changes)",
        };
        var command = new Command("templates", "Write the blank register workbooks (commune and district) that units fill in") { reports };
        command.WithRun((parseResult, services, _) =>
        {
            var folder = parseResult.GetValue(CommonOptions.Output)
                ?? Path.Combine(services.GetRequiredService<IOptions<StorageOptions>>().Value.TemplatesFolder, "registers");
            var scale = services.GetRequiredService<IOptions<Circular44Options>>().Value.ToScale();
            foreach (var path in BlankTemplates.Write(folder, scale))
                Console.WriteLine(path);
            if (parseResult.GetValue(reports))
            {
                var templates = services.GetRequiredService<IOptions<StorageOptions>>().Value.TemplatesFolder;
                var monthly = MonthlyTemplate.PathIn(templates);
                MonthlyTemplate.Write(monthly);
                Console.WriteLine(monthly);
                foreach (var path in ResetConferenceTemplates(templates))
                    Console.WriteLine(path);
            }
            return Task.FromResult(VerbAction.Success);
        }, needsDatabase: false);
        root.Subcommands.Add(command);
        return root;
    }

    /// <summary>The conference templates shipped beside the executable, copied over those of the templates folder.</summary>
    private static IEnumerable<string> ResetConferenceTemplates(string templatesFolder)
    {
        var shipped = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "templates", "conference"));
        var target = Path.GetFullPath(Path.Combine(templatesFolder, "conference"));
        if (shipped == target || !Directory.Exists(shipped))
            yield break;
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(shipped, "*.html").Order(StringComparer.Ordinal))
        {
            var path = Path.Combine(target, Path.GetFileName(file));
            File.Copy(file, path, overwrite: true);
            yield return path;
        }
    }
}
