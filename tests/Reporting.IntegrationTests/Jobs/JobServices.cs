using Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Reporting.App.Hosting;
using Reporting.IntegrationTests.Infrastructure;
using Reporting.Scheduling.Running;

namespace Reporting.IntegrationTests.Jobs;

/// <summary>The application's own service registrations over a test pipeline: its database, source tree and output folder.</summary>
internal static class JobServices
{
    public static ServiceProvider Build(PipelineFixture pipeline, TimeProvider clock, JobStorage storage)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(AppSettings.For(pipeline)).Build();
        return new ServiceCollection()
            .AddPipeline(configuration)
            .AddTransient<ReportingJobs>()
            .AddSingleton(clock)
            .AddSingleton<IBackgroundJobClient>(new BackgroundJobClient(storage))
            .BuildServiceProvider(validateScopes: true);
    }
}
