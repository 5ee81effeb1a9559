using System.Text.Json;
using Reporting.Domain.Registers;
using Reporting.Domain.Requests;
using Reporting.Domain.Units;
using Reporting.Registers.Pulling.Sources;

namespace Reporting.Registers.Pulling;

/// <summary>
/// A pull as someone asks for it — the command line, the admin page, the schedule: a folder tree
/// to read (or the configured sources), and optionally one year and one commune or district.
/// </summary>
public sealed record PullRequest(string? SourceTree, int? Year, string? UnitCode)
{
    public static PullRequest Everything { get; } = new(null, null, null);

    public static PullRequest Parse(string? sourceTree, string? year, string? unitCode, ProgrammePeriod programme, UnitDirectory units) =>
        Of(RequestValues.Optional(sourceTree),
            RequestValues.Optional(year) is { } text ? RequestValues.Year("year", text) : null,
            RequestValues.Optional(unitCode), programme, units);

    public static PullRequest Of(string? sourceTree, int? year, string? unitCode, ProgrammePeriod programme, UnitDirectory units)
    {
        if (year is { } y)
            RequestValues.InProgramme("year", y, programme);
        if (unitCode is { } code && !units.KeepsRegisters(code, year))
            throw new InvalidRequestException("unit",
                $"Mã đơn vị '{code}' không phải là một xã hay một huyện{(year is null ? "" : $" năm {year}")}.",
                $"'{code}' is not the code of a commune or district{(year is null ? "" : $" in {year}")}.");
        return new PullRequest(sourceTree, year, unitCode);
    }

    public PullFilter Filter => new(Year, UnitCode);

    /// <summary>As the run ledger records a pull: the sources read, the year and the unit.</summary>
    public static string LedgerParameters(IEnumerable<string> sources, int? year, string? unitCode) =>
        JsonSerializer.Serialize(new { sources, year, unit = unitCode });

    /// <summary>What the admin page says it queued: "Thu nhận sổ của Huyện Tánh Linh năm 2018".</summary>
    public string Describe(UnitDirectory units) =>
        $"Thu nhận sổ{(UnitCode is null ? " của mọi đơn vị" : $" của {units.Latest(UnitCode)?.Name ?? UnitCode}")}{(Year is null ? ", mọi năm" : $" năm {Year}")}";
}
