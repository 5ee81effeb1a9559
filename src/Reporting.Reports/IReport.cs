using Reporting.Domain.Runs;

namespace Reporting.Reports;

/// <summary>How the admin page asks for a parameter.</summary>
public enum ParameterKind
{
    /// <summary>A month of the programme, <c>2018-03</c>.</summary>
    Month,
    /// <summary>A year of the programme.</summary>
    Year,
    /// <summary>The year of a review conference.</summary>
    ReviewYear,
    /// <summary>A unit's code.</summary>
    Unit,
}

/// <summary>A parameter of a report: <c>--name</c> on the command line, the field <c>name</c> of its admin form.</summary>
public sealed record ReportParameter(string Name, ParameterKind Kind, string Description, string Label, bool Required = true);

/// <summary>
/// What every caller knows of a report before running it: its job name (also its command-line
/// verb), what it does (in English for <c>--help</c>, in Vietnamese for the admin page), its
/// parameters, and the class that runs it.
/// </summary>
public sealed record ReportDefinition(JobName Job, Type Runner, string Description, string Title, IReadOnlyList<ReportParameter> Parameters);

/// <summary>
/// A report as the command line, the admin page and the scheduler run it: each hands over the
/// values it was given, by parameter name, and the report parses and checks them into its request
/// — the one place its rules are written.
/// </summary>
public interface IReport
{
    /// <summary>What the values ask for ("Báo cáo tháng 03/2018"), or <see cref="Domain.Requests.InvalidRequestException"/> saying what to correct.</summary>
    string Check(IReadOnlyDictionary<string, string?> values);

    /// <summary>Runs the report; the lines to print for whoever asked.</summary>
    Task<IReadOnlyList<string>> RunAsync(IReadOnlyDictionary<string, string?> values, string startedBy, CancellationToken cancellationToken);
}
