using Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Reporting.App.Hosting;
using Reporting.IntegrationTests.Infrastructure;

namespace Reporting.IntegrationTests.Jobs;

/// <summary>The application's own service registrations over a test pipeline: its database, source tree and output folder.</summary>
internal static class JobServices
{
    public static ServiceProvider Build(PipelineFixture pipeline, TimeProvider clock, JobStorage storage)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Reporting"] = pipeline.Database.ConnectionString,
            ["Storage:DataFolder"] = Path.Combine(pipeline.Folder, "data"),
            ["Storage:OutputFolder"] = pipeline.Output,
            ["Storage:TemplatesFolder"] = MonthlyRun.ShippedTemplates,
            ["Sources:Folders:0:Name"] = "xa",
            ["Sources:Folders:0:Level"] = "commune",
            ["Sources:Folders:0:Path"] = Path.Combine(pipeline.Source, "communes"),
        }).Build();
        return new ServiceCollection()
            .AddReportingOptions(configuration)
            .AddReportingDatabase(configuration)
            .AddRegisterPipeline()
            .AddReports()
            .AddJobs(configuration)
            .AddSingleton(clock)
            .AddSingleton<IBackgroundJobClient>(new BackgroundJobClient(storage))
            .BuildServiceProvider(validateScopes: true);
    }
}
