using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reporting.App.Hosting;
using Reporting.Data.Model;

namespace Reporting.App.CommandLine;

/// <summary>
/// Runs a verb inside a fresh service provider built from the configuration and the common
/// options, and turns failures into the exit codes of the CLI contract.
/// </summary>
internal static class VerbAction
{
    public const int Success = 0;
    public const int Failed = 1;
    public const int BadUsage = 2;

    public static Command WithRun(
        this Command command,
        Func<ParseResult, IServiceProvider, CancellationToken, Task<int>> run,
        bool needsDatabase = true)
    {
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            try
            {
                var configuration = ConfigurationLoader.Load(
                    parseResult.GetValue(CommonOptions.Config),
                    parseResult.GetValue(CommonOptions.Database),
                    parseResult.GetValue(CommonOptions.Output));
                await using var services = new ServiceCollection()
                    .AddReportingOptions(configuration)
                    .AddReportingDatabase(configuration)
                    .AddRegisterPipeline()
                    .AddReports()
                    .BuildServiceProvider(validateScopes: true);
                services.ValidateOptions();
                await using var scope = services.CreateAsyncScope();
                if (needsDatabase)
                    await scope.ServiceProvider.GetRequiredService<ReportingDbContext>().MigrateAsync(cancellationToken);
                return await run(parseResult, scope.ServiceProvider, cancellationToken);
            }
            catch (UsageException exception)
            {
                await Console.Error.WriteLineAsync(exception.Message);
                return BadUsage;
            }
            catch (OptionsValidationException exception)
            {
                await Console.Error.WriteLineAsync($"Invalid configuration: {string.Join("; ", exception.Failures)}");
                return BadUsage;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                await Console.Error.WriteLineAsync($"{command.Name} failed: {exception.Message}");
                return Failed;
            }
        });
        return command;
    }

    /// <summary>Parse errors exit with 2, not System.CommandLine's default 1.</summary>
    public static async Task<int> RunAsync(this RootCommand root, string[] args)
    {
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
                await Console.Error.WriteLineAsync(error.Message);
            await Console.Error.WriteLineAsync("Run 'reporting --help' for usage.");
            return BadUsage;
        }
        return await parseResult.InvokeAsync();
    }
}
