using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reporting.App.Hosting;
using Reporting.Data.Model;
using Reporting.Domain.Requests;

namespace Reporting.App.CommandLine;

/// <summary>
/// Runs a verb inside a fresh service provider built from the configuration and the common
/// options, and turns failures into the exit codes of the CLI contract.
/// </summary>
public static class VerbAction
{
    public const int Success = 0;
    public const int Failed = 1;
    public const int BadUsage = 2;

    public static Command WithRun(
        this Command command,
        Func<ParseResult, IServiceProvider, CancellationToken, Task<int>> run,
        bool needsDatabase = true)
    {
        command.SetAction((parseResult, cancellationToken) => GuardAsync(command, cancellationToken, async () =>
        {
            var configuration = Configuration(parseResult);
            await using var services = new ServiceCollection()
                .AddPipeline(configuration)
                .BuildServiceProvider(validateScopes: true);
            services.ValidateOptions();
            await using var scope = services.CreateAsyncScope();
            if (needsDatabase)
                await scope.ServiceProvider.GetRequiredService<ReportingDbContext>().MigrateAsync(cancellationToken);
            return await run(parseResult, scope.ServiceProvider, cancellationToken);
        }));
        return command;
    }

    /// <summary>The configuration a verb runs with: files, environment, then the common options.</summary>
    public static IConfigurationRoot Configuration(ParseResult parseResult) =>
        ConfigurationLoader.Load(
            parseResult.GetValue(CommonOptions.Config),
            parseResult.GetValue(CommonOptions.Database),
            parseResult.GetValue(CommonOptions.Output));

    /// <summary>
    /// Turns a verb's failures into the exit codes of the CLI contract, with a message on stderr: the
    /// user's own cancelling (Ctrl+C, or the process told to stop) says so; a cancellation from
    /// inside is a failure like any other.
    /// </summary>
    public static async Task<int> GuardAsync(Command command, CancellationToken cancellationToken, Func<Task<int>> run)
    {
        try
        {
            return await run();
        }
        catch (Exception exception) when (cancellationToken.IsCancellationRequested && IsCancellation(exception))
        {
            await Console.Error.WriteLineAsync($"{command.Name} cancelled.");
            return Failed;
        }
        catch (Exception exception)
        {
            // A host's start reports a failed check wrapped in an AggregateException.
            var failure = exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : exception;
            var (message, code) = failure switch
            {
                UsageException or DatabaseMissingException => (failure.Message, BadUsage),
                InvalidRequestException invalid => ($"--{invalid.Parameter}: {invalid.MessageEn}", BadUsage),
                OptionsValidationException invalid => ($"Invalid configuration: {string.Join("; ", invalid.Failures)}", BadUsage),
                AggregateException { InnerExceptions: var all } when all.All(e => e is OptionsValidationException) =>
                    ($"Invalid configuration: {string.Join("; ", all.Cast<OptionsValidationException>().SelectMany(e => e.Failures))}", BadUsage),
                _ => ($"{command.Name} failed: {failure.Message}", Failed),
            };
            await Console.Error.WriteLineAsync(message);
            return code;
        }
    }

    private static bool IsCancellation(Exception exception) =>
        exception is OperationCanceledException
        || (exception is AggregateException { InnerExceptions: [_, ..] all } && all.All(e => e is OperationCanceledException));

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
