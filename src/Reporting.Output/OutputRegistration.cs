using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reporting.Data;
using Reporting.Data.Runs;
using Reporting.Output.Mail;

namespace Reporting.Output;

public static class OutputRegistration
{
    /// <summary>
    /// What leaves the machine: mail through the SMTP server, and what a run that takes over from a
    /// dead one clears (the dead run's temporaries in the output folder and the vault).
    /// </summary>
    public static IServiceCollection AddOutput(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<MailOptions>(configuration, MailOptions.Section);
        services.AddSingleton(provider => new SmtpSender(provider.GetRequiredService<IOptions<MailOptions>>().Value));
        return services.AddSingleton<IDeadRunLeftovers>(provider =>
        {
            var storage = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            return new RunLeftovers([storage.OutputFolder, storage.FilesFolder]);
        });
    }
}
