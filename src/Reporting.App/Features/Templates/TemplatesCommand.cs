using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reporting.App.CommandLine;
using Reporting.App.Hosting;
using Reporting.Data;
using Reporting.Data.Model;
using Reporting.Domain.Registers;
using Reporting.Domain.Requests;
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
        var year = new Option<string?>("--year") { Description = "With --prefill: the year of the registers" };
        var prefill = new Option<bool>("--prefill")
        {
            Description = "Write each unit's register of --year, filled in advance from its accepted register of the year before (communes/<code>/<code>_<year>.xlsx)",
        };
        var command = new Command("templates", "Write the blank register workbooks (commune and district) that units fill in") { reports, year, prefill };
        command.WithRun(async (parseResult, services, cancellationToken) =>
        {
            if (parseResult.GetValue(prefill))
            {
                await WritePrefilledAsync(services, parseResult.GetValue(year), parseResult.GetValue(CommonOptions.Output), cancellationToken);
                return VerbAction.Success;
            }
            if (parseResult.GetValue(year) is not null)
                throw new UsageException("--year goes with --prefill: the blank registers are the same every year.");
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
            return VerbAction.Success;
        }, needsDatabase: false);
        root.Subcommands.Add(command);
        return root;
    }

    /// <summary>
    /// Pre-filled registers name households: they go under the output folder (or --out), never
    /// beside the templates that live in the repository.
    /// </summary>
    private static async Task WritePrefilledAsync(IServiceProvider services, string? yearText, string? folder, CancellationToken cancellationToken)
    {
        var year = RequestValues.InProgramme("year", RequestValues.Year("year", yearText ?? throw new UsageException("--prefill needs --year Y: the year of the registers to fill in.")),
            services.GetRequiredService<ProgrammePeriod>());
        await services.GetRequiredService<ReportingDbContext>().MigrateAsync(cancellationToken);
        folder ??= Path.Combine(services.GetRequiredService<IOptions<StorageOptions>>().Value.OutputFolder, "so-lap-san", year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var written = await services.GetRequiredService<PrefilledRegisters>().WriteAllAsync(folder, year, cancellationToken);
        Console.WriteLine($"{written.Count} sổ năm {year} lập sẵn trong {folder}");
    }

    /// <summary>The conference templates shipped beside the executable, copied over those of the templates folder.</summary>
    private static IEnumerable<string> ResetConferenceTemplates(string templatesFolder)
    {
        var shipped = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "templates", "conference"));
        var target = Path.GetFullPath(Path.Combine(templatesFolder, "conference"));
        if (shipped == target || !Directory.Exists(shipped))
            yield break;
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(shipped).Order(StringComparer.Ordinal))
        {
            var path = Path.Combine(target, Path.GetFileName(file));
            File.Copy(file, path, overwrite: true);
            yield return path;
        }
    }
}
