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
                var monthly = MonthlyTemplate.PathIn(services.GetRequiredService<IOptions<StorageOptions>>().Value.TemplatesFolder);
                MonthlyTemplate.Write(monthly);
                Console.WriteLine(monthly);
            }
            return Task.FromResult(VerbAction.Success);
        }, needsDatabase: false);
        root.Subcommands.Add(command);
        return root;
    }
}
