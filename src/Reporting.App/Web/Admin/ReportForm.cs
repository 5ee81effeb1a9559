using Reporting.Reports;

namespace Reporting.App.Web.Admin;

/// <summary>A field of a report's run-now form; its kind says how the page asks for it (<c>month</c>, <c>year</c>, <c>review_year</c>, <c>unit</c>).</summary>
public sealed record ReportField(string Name, string Label, string Kind, bool Required);

/// <summary>The run-now form of a report of <see cref="ReportCatalog"/>.</summary>
public sealed record ReportForm(string Job, string Title, IReadOnlyList<ReportField> Fields)
{
    public static IReadOnlyList<ReportForm> All { get; } = ReportCatalog.All.Select(report => new ReportForm(report.Job.Key, report.Title,
        report.Parameters.Select(p => new ReportField(p.Name, p.Label, KindOf(p.Kind), p.Required)).ToList())).ToList();

    private static string KindOf(ParameterKind kind) => kind switch
    {
        ParameterKind.Month => "month",
        ParameterKind.Year => "year",
        ParameterKind.ReviewYear => "review_year",
        _ => "unit",
    };
}
