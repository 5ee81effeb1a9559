using Reporting.Domain.Runs;
using System.Globalization;
using Reporting.Domain.Registers;
using Reporting.Domain.Requests;

namespace Reporting.Reports.Costs;

/// <summary>The cost estimate of a programme year.</summary>
public sealed record CostsRequest(int Year)
{
    public static CostsRequest Parse(string? year, ProgrammePeriod programme) => Of(RequestValues.Year("year", year), programme);

    public static CostsRequest Of(int year, ProgrammePeriod programme) => new(RequestValues.InProgramme("year", year, programme));

    public string LedgerParameters => RunParameters.Of(("year", Year.ToString(CultureInfo.InvariantCulture)));

    public string Description => $"Dự toán kinh phí năm {Year}";
}
