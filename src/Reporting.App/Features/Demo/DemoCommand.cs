using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reporting.App.CommandLine;
using Reporting.App.Hosting;
using Reporting.Data;
using Reporting.Registers.Samples;

namespace Reporting.App.Features.Demo;

/// <summary>
/// The README's first command: sample registers of the whole province, pulled, the figures of
/// every year written out and summarised, the monthly summary of every December, the packs of the
/// three review conferences and the cost estimate of every year.
/// </summary>
internal static class DemoCommand
{
    public static RootCommand WithDemo(this RootCommand root)
    {
        var households = new Option<int>("--households") { Description = "Households of the province in 2016", DefaultValueFactory = _ => new SampleOptions().Households };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed gives the same registers", DefaultValueFactory = _ => new SampleOptions().Seed };
        var command = new Command("demo", "Write sample registers of the whole province for every programme year and run the pipeline on them") { households, seed };
        command.WithRun(async (parseResult, services, cancellationToken) =>
        {
            var options = new SampleOptions(parseResult.GetValue(households), parseResult.GetValue(seed));
            if (options.Households < 0)
                throw new UsageException("--households must be 0 or more.");
            var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;
            var folder = storage.SampleRegistersFolder;
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);

            var sample = services.GetRequiredService<SampleRegisterGenerator>().Generate(folder, options);
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
                "Wrote {0} sample registers under {1}: {2:N0} households, {3:N0} villages, {4:N0} clans, {5:N0} learning units, {6} faulty rows.",
                sample.Files, folder, sample.Households, sample.Villages, sample.Clans, sample.Units, sample.FaultyRows));

            await WholeProvinceRun.RunAsync(services, folder, Console.Out, cancellationToken);
            return VerbAction.Success;
        });
        root.Subcommands.Add(command);
        return root;
    }
}
