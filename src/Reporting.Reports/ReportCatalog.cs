using Reporting.Reports.Conference;
using Reporting.Reports.Costs;
using Reporting.Reports.Monthly;

namespace Reporting.Reports;

/// <summary>
/// The reports of the pipeline. Each is registered from here, becomes a command-line verb, a form
/// on the admin page and a job the scheduler can run: a new report is one more line.
/// </summary>
public static class ReportCatalog
{
    public static IReadOnlyList<ReportDefinition> All { get; } =
    [
        MonthlySummaryJob.Definition,
        ConferencePackJob.Definition,
        CostEstimateJob.Definition,
    ];

    public static ReportDefinition? Find(string? job) => All.FirstOrDefault(d => d.Job.Key == job);
}
