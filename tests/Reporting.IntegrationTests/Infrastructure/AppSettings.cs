namespace Reporting.IntegrationTests.Infrastructure;

/// <summary>The settings that point the application at a test pipeline: its database, source tree and folders.</summary>
internal static class AppSettings
{
    public static Dictionary<string, string?> For(PipelineFixture pipeline) => new()
    {
        ["ConnectionStrings:Reporting"] = pipeline.Database.ConnectionString,
        ["Storage:DataFolder"] = Path.Combine(pipeline.Folder, "data"),
        ["Storage:OutputFolder"] = pipeline.Output,
        ["Storage:TemplatesFolder"] = MonthlyRun.ShippedTemplates,
        ["Sources:Folders:0:Name"] = "xa",
        ["Sources:Folders:0:Level"] = "commune",
        ["Sources:Folders:0:Path"] = Path.Combine(pipeline.Source, "communes"),
    };

    /// <summary>For a server under test: schedules off, so only the test starts jobs; quick polling; quiet logs.</summary>
    public static Dictionary<string, string?> ForServer(PipelineFixture pipeline)
    {
        var settings = For(pipeline);
        foreach (var schedule in new[] { "Nightly", "Monthly", "YearlyFigures", "Conference", "Costs" })
            settings[$"Schedules:{schedule}"] = "";
        settings["Scheduler:PollIntervalSeconds"] = "0.2";
        settings["Logging:LogLevel:Default"] = "Warning";
        return settings;
    }
}
