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

    /// <summary>
    /// For a server that must take over quickly from a dead one (a fetched job is handed out again
    /// after 5 s, a run's lock lapses after 3 s), reading the whole register tree under <paramref name="source"/>.
    /// </summary>
    public static Dictionary<string, string?> ForTakeover(PipelineFixture pipeline, string source)
    {
        var settings = ForServer(pipeline);
        settings["Sources:Folders:0:Path"] = Path.Combine(source, "communes");
        settings["Sources:Folders:1:Name"] = "huyen";
        settings["Sources:Folders:1:Level"] = "district";
        settings["Sources:Folders:1:Path"] = Path.Combine(source, "districts");
        settings["Scheduler:InvisibilityTimeoutSeconds"] = "5";
        settings["Scheduler:LockLeaseSeconds"] = "3";
        return settings;
    }
}
