using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Reporting.App.CommandLine;
using Reporting.App.Web.Hosting;
using Reporting.App.Web.Security;

namespace Reporting.App.Features.Serve;

internal static class ServeCommand
{
    public static RootCommand WithServe(this RootCommand root)
    {
        var urls = new Option<string?>("--urls") { Description = "Where to listen, e.g. http://0.0.0.0:5080 (default: the Web:Urls setting)" };
        var command = new Command("serve", "Host the scheduler: Hangfire server and dashboard (/hangfire), the admin page (/), health (/health)") { urls };
        command.SetAction((parseResult, cancellationToken) => VerbAction.GuardAsync(command, cancellationToken, async () =>
        {
            IConfiguration configuration = VerbAction.Configuration(parseResult);
            if (parseResult.GetValue(urls) is { } listenOn)
                configuration = new ConfigurationBuilder().AddConfiguration(configuration)
                    .AddInMemoryCollection(new Dictionary<string, string?> { [$"{WebOptions.Section}:{nameof(WebOptions.Urls)}"] = listenOn }).Build();
            using var host = ServeHost.CreateHostBuilder(configuration).Build();
            await host.RunAsync(cancellationToken);
            return VerbAction.Success;
        }));
        root.Subcommands.Add(command);
        return root;
    }
}
